// `triangulate read`: one JSON line per document or failed input, diagnostics on stderr, exit 2 when nothing was read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { register } from '../src/cli/commands/read.js';
import type { CliContext } from '../src/cli/context.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], stdin = ''): Promise<{ out: string; err: string; code: number }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const ctx: CliContext = { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, stderrIsTTY: false, cwd: dir, exitCode: 0 };
  const program = new Command('triangulate').exitOverride();
  register(program, ctx);
  await program.parseAsync(['read', ...args], { from: 'user' });
  return { out, err, code: ctx.exitCode };
}

describe('triangulate read', () => {
  it('writes an article line per document and a line per failed input', async () => {
    writeFileSync(join(dir, 'a.txt'), 'Dam to be inspected\n\nThe river authority said the northern dam would be inspected after the floods.\n\nBy Ana Ruiz\n');
    const { out, err, code } = await run(['a.txt', 'missing.txt']);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l['source'] === 'missing.txt')).toMatchObject({ article: null });
    expect(lines.find((l) => l['source'] === 'a.txt')).toMatchObject({ title: 'Dam to be inspected', byline: 'Ana Ruiz', diagnostics: [] });
    expect(err).toContain('missing.txt: not-found');
    expect(code).toBe(0);
  });

  it('exits 2 when no article was read', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const { code, err } = await run(['empty.txt']);
    expect(code).toBe(2);
    expect(err).toContain('empty-input');
  });

  it('reads stdin with -', async () => {
    const { out, code } = await run(['-'], 'Short headline\n\nA paragraph of text from standard input that the reader keeps.');
    expect(code).toBe(0);
    expect(JSON.parse(out.trim())).toMatchObject({ source: 'stdin', title: 'Short headline' });
  });
});
