// `triangulate serve` as a process: prints its URL, answers, seeds the examples into an empty store, stops on SIGTERM
// (even with a job running), and the job it left is marked failed when the store is next opened.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';

const BIN = join(__dirname, '..', 'src', 'cli', 'bin.ts');

describe('triangulate serve', () => {
  it('serves on the printed URL, seeds the examples, and stops cleanly on SIGTERM', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'triangulate-serve-')), 'serve.sqlite');
    const child = spawn(process.execPath, ['--import', 'tsx', BIN, 'serve', '--port', '0', '--db', db, '--examples'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /serving on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]!);
      });
      void exited.then((code) => reject(new Error(`serve exited (${code}) before printing its URL: ${stderr}`)));
    });
    const health = (await (await fetch(new URL('api/health', url))).json()) as { ok: boolean };
    expect(health.ok).toBe(true);
    const { items } = (await (await fetch(new URL('api/dossiers', url))).json()) as { items: Array<{ title: string; state: string }> };
    expect(items).toHaveLength(1);
    expect(items[0]!.title).toBe('Examples: the bundled corpus');
    const running = items[0]!.state === 'running';
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('SIGTERM, stopping');
    const store = openStore(db);
    try {
      const job = store.db.prepare('SELECT state, error_code FROM jobs').get() as { state: string; error_code: string | null };
      // Stopped under a running job: marked failed on reopening; finished before the signal: done.
      expect(running ? job : { state: job.state }).toEqual(running ? { state: 'failed', error_code: 'internal' } : { state: 'done' });
    } finally {
      store.close();
    }
  }, 120_000);
});
