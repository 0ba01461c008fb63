// The CLI in-process: outputs, help, exit codes, and bad input that must give diagnostics instead of a crash.
import { mkdtempSync, readFileSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../src/core/types.js';
import { badRefs, runCli, schemaErrors } from './helpers.js';

const repoRootDir = new URL('..', import.meta.url).pathname;
const tmp = (): string => mkdtempSync(join(tmpdir(), 'triangulate-cli-'));

const STORY_A = `Harbour cranes stop as dockers strike in Porto Lindo

Dock workers in Porto Lindo walked off the job on Monday, halting all container traffic at the port, union leaders said.

"We will not unload a single ship until the safety rules are signed," said Marta Ilves, the union's secretary.

The port authority said 14 ships were waiting offshore.`;

const STORY_B = `Porto Lindo port frozen by strike

Container traffic at Porto Lindo stopped on Monday after dock workers walked off the job.

Union secretary Marta Ilves said: "We will not unload a single ship until the safety rules are signed."

According to the Harbour Gazette, 17 ships were waiting offshore.`;

describe('triangulate analyze --subjectivity-model', () => {
  it('scores with the given model file: a model that calls every sentence subjective makes every article opinion', async () => {
    const dir = tmp();
    const model = JSON.parse(readFileSync(join(repoRootDir, 'src/slant/model/subjectivity.json'), 'utf8')) as { bias: number; threshold: number };
    writeFileSync(join(dir, 'always.json'), JSON.stringify({ ...model, bias: 50 }));
    const shipped = JSON.parse((await runCli(['analyze', '-', '--json'], STORY_A)).stdout) as Dossier;
    const run = await runCli(['analyze', '-', '--json', '--subjectivity-model', join(dir, 'always.json')], STORY_A);
    expect(run.code).toBe(0);
    const swapped = JSON.parse(run.stdout) as Dossier;
    expect(shipped.slant[0]!.genre).toBe('reporting');
    expect(swapped.slant[0]!.genre).toBe('opinion');
  });
  it('refuses a file that is not a model, with a usage error naming the problem', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ version: 1, weights: [] }));
    const run = await runCli(['analyze', '-', '--json', '--subjectivity-model', join(dir, 'bad.json')], STORY_A);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.json: no "options"/);
    const missing = await runCli(['analyze', '-', '--subjectivity-model', join(dir, 'nope.json')], STORY_A);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.json/);
  });
});

describe('triangulate analyze', () => {
  it('documents every option in --help', async () => {
    const run = await runCli(['analyze', '--help']);
    expect(run.code).toBe(0);
    for (const flag of ['--json', '--output', '--html', '--md', '--allow-private', '--timeout', '--max-bytes', '--now']) {
      expect(run.stdout).toContain(flag);
    }
    expect(run.stdout).toMatch(/Exit codes/);
  });

  it('exits 1 on a usage error', async () => {
    const run = await runCli(['analyze', '--no-such-flag']);
    expect(run.code).toBe(1);
  });

  it('writes a valid dossier with --json, and HTML and Markdown reports', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), STORY_A);
    writeFileSync(join(dir, 'b.txt'), STORY_B);
    const html = join(dir, 'out.html');
    const md = join(dir, 'out.md');
    const run = await runCli(['analyze', dir, '--json', '--html', html, '--md', md, '--now', '2026-03-02T12:00:00Z']);
    expect(run.code).toBe(0);
    const d = JSON.parse(run.stdout) as Dossier;
    expect(schemaErrors(d)).toEqual([]);
    expect(badRefs(d)).toEqual([]);
    expect(d.articles.map((a) => a.title)).toEqual(['Harbour cranes stop as dockers strike in Porto Lindo', 'Porto Lindo port frozen by strike']);
    expect(d.reuse).toHaveLength(1);
    expect(readFileSync(html, 'utf8')).toMatch(/<section class="brief">/);
    expect(readFileSync(md, 'utf8')).toMatch(/## Brief/);
  });

  it('reads stdin as -', async () => {
    const run = await runCli(['analyze', '-', '--json'], STORY_A);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Dossier).articles).toHaveLength(1);
  });

  it('exits 2 when no input is a readable article', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.txt'), '');
    const run = await runCli(['analyze', join(dir, 'empty.txt'), '--json']);
    expect(run.code).toBe(2);
    const d = JSON.parse(run.stdout) as Dossier;
    expect(d.diagnostics.map((x) => x.rule)).toContain('empty-input');
  });

  it('gives diagnostics for empty, binary and 20 MB files and still analyses the rest', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), STORY_A);
    writeFileSync(join(dir, 'b.txt'), STORY_B);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.html'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const fd = openSync(join(dir, 'huge.txt'), 'w');
    const chunk = Buffer.from('All work and no play makes a long page. '.repeat(1024));
    for (let written = 0; written < 20 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    const run = await runCli(['analyze', dir, '--json']);
    expect(run.code).toBe(0);
    const d = JSON.parse(run.stdout) as Dossier;
    expect(d.articles.map((a) => a.source.split('/').pop())).toEqual(['a.txt', 'b.txt']);
    const rules = d.diagnostics.map((x) => `${x.source.split('/').pop()}:${x.rule}`);
    expect(rules).toContain('empty.txt:empty-input');
    expect(rules).toContain('binary.html:binary-input');
    expect(rules).toContain('huge.txt:too-large');
    expect(run.stderr).toMatch(/too-large/);
  });

  it('names articles alike in analyze and quotes when an input before them is unreadable', async () => {
    const dir = tmp();
    writeFileSync(join(dir, '0-binary.html'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(join(dir, '1-a.txt'), STORY_A);
    const analyzed = JSON.parse((await runCli(['analyze', dir, '--json'])).stdout) as Dossier;
    const quoted = (await runCli(['quotes', dir])).stdout.trim().split('\n').map((l) => JSON.parse(l) as { article: string });
    expect(analyzed.articles.map((a) => a.id)).toEqual(['a1']);
    expect(quoted.map((q) => q.article)).toEqual(['a1']);
    expect(analyzed.quotes.every((q) => q.article === 'a1')).toBe(true);
  });
});
