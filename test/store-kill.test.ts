// kill -9 during writes: a child writes to the store in a loop and is SIGKILLed at random moments; on reopening, the
// database passes integrity_check and holds every write the child acknowledged (printed after its commit returned).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';

const WRITER = join(__dirname, 'store-writer.ts');
const TRIALS = 5;

/** Run the writer until `delayMs` after its first acknowledged write, then SIGKILL it; its complete output lines. */
function runAndKill(db: string, delayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, db], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!armed && out.includes('\n')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself (code ${code}): ${err}`));
      // A line cut by the kill was not acknowledged.
      resolve(out.split('\n').slice(0, -1));
    });
  });
}

describe('store under kill -9', () => {
  it(`keeps every acknowledged write and a consistent file over ${TRIALS} kills`, async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'triangulate-kill-')), 'store.sqlite');
    let acknowledged = 0;
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const lines = await runAndKill(db, 100 + Math.floor(Math.random() * 900));
      acknowledged += lines.length;
      const store = openStore(db);
      try {
        expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(store.db.pragma('foreign_key_check')).toEqual([]);
        for (const line of lines) {
          const [kind, id, n] = line.split(' ');
          if (kind === 'dossier') expect(store.getDossier(id!), line).not.toBeNull();
          else if (kind === 'article') expect(store.getArticle(id!), line).not.toBeNull();
          else if (kind === 'version') expect(store.latestVersion(id!)?.version, line).toBe(Number(n));
          else if (kind === 'job') expect(store.getJob(id!)?.state, line).toBe('done');
          else throw new Error(`unexpected line ${line}`);
        }
      } finally {
        store.close();
      }
    }
    expect(acknowledged).toBeGreaterThan(TRIALS);
  }, 180_000);
});
