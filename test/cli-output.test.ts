// Outputs are safe: paths checked before the analysis, files replaced atomically, --now validated, Markdown inert.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Dossier } from '../src/core/types.js';
import { renderMarkdown } from '../src/render/index.js';
import { checkedNow, outputProblem, writeFileAtomic } from '../src/cli/output.js';
import { runCli, schemaErrors } from './helpers.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'triangulate-out-'));
const STORY = `Harbour cranes stop as dockers strike\n\nDock workers in Porto Lindo walked off the job on Monday, halting all container traffic at the port, union leaders said.`;

describe('analyze: output paths', () => {
  it('refuses an output in a missing folder, a folder as output and one path twice, before reading any input', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    for (const args of [['-o', join(dir, 'nope', 'd.json')], ['--html', join(dir, 'sub')], ['-o', join(dir, 'x'), '--md', join(dir, 'x')]]) {
      // The input does not exist: a check after the analysis would report not-found and exit 2 instead.
      const run = await runCli(['analyze', join(dir, 'missing.txt'), ...args]);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr).toMatch(/^triangulate: (cannot write|.* is named for two outputs)/);
      expect(run.stderr).not.toMatch(/not-found/);
    }
  });

  it.skipIf(process.getuid?.() === 0)('refuses an output in a folder it cannot write', () => {
    const dir = tmp();
    chmodSync(dir, 0o500);
    expect(outputProblem(dir, ['d.json'])).toMatch(/not writable/);
    chmodSync(dir, 0o700);
  });

  it('replaces an existing output whole and leaves no temporary file', async () => {
    const dir = tmp();
    const out = join(dir, 'd.json');
    writeFileSync(out, 'previous');
    const run = await runCli(['analyze', '-', '-o', out, '--now', '2026-01-01T00:00:00Z'], STORY);
    expect(run.code).toBe(0);
    expect(schemaErrors(JSON.parse(readFileSync(out, 'utf8')) as Dossier)).toEqual([]);
    expect(readdirSync(dir)).toEqual(['d.json']);
  });

  it('removes its temporary file when the final rename fails, leaving the target as it was', () => {
    const dir = tmp();
    // A folder where the file should go: the content is written to the temporary file, the rename over it fails.
    mkdirSync(join(dir, 'd.json'));
    writeFileSync(join(dir, 'd.json', 'inside'), 'previous');
    expect(() => writeFileAtomic(join(dir, 'd.json'), 'new')).toThrow();
    expect(readdirSync(dir)).toEqual(['d.json']);
    expect(readFileSync(join(dir, 'd.json', 'inside'), 'utf8')).toBe('previous');
  });
});

describe('analyze --now', () => {
  it('refuses what is not an ISO date-time, with a usage error that says what it takes', async () => {
    for (const bad of ['garbage', '2026-13-01T00:00:00Z', '2026-02-30T00:00:00Z', '2026-01-01', '1700000000']) {
      const run = await runCli(['analyze', '-', '--json', '--now', bad], STORY);
      expect(run.code, bad).toBe(1);
      expect(run.stderr).toMatch(/--now takes an ISO 8601 date-time such as 2026-01-01T00:00:00Z/);
    }
  });

  it('keeps a valid one as given', async () => {
    expect(checkedNow('2026-03-02T12:00:00+01:00')).toBe('2026-03-02T12:00:00+01:00');
    const run = await runCli(['analyze', '-', '--json', '--now', '2026-03-02T12:00:00.5Z'], STORY);
    const d = JSON.parse(run.stdout) as Dossier;
    expect(d.generatedAt).toBe('2026-03-02T12:00:00.5Z');
    expect(schemaErrors(d)).toEqual([]);
  });
});

describe('analyzeDocuments now', () => {
  it('throws on a now that is no date-time (API misuse), as the CLI refuses it', async () => {
    const { analyzeDocuments } = await import('../src/pipeline/analyze.js');
    const raws = [{ source: 'a.txt', bytes: new TextEncoder().encode('Headline\n\nThe council met on Monday.') }];
    expect(() => analyzeDocuments(raws, { now: 'garbage' })).toThrow(/RFC 3339 date-time/);
    expect(analyzeDocuments(raws, { now: '2026-01-01T00:00:00Z' }).generatedAt).toBe('2026-01-01T00:00:00Z');
  });
});

describe('renderMarkdown: article text is inert', () => {
  it('escapes tags, handlers and javascript: links from the articles', () => {
    const hostile = '<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) <javascript:alert(4)> ![i](x)';
    const article = { id: 'a1', source: 's', title: `Title <b onmouseover=x>`, outlet: '<i>Out</i>', text: hostile, paragraphs: [] } as unknown as Article;
    const d = {
      articles: [article],
      brief: [{ text: hostile, claims: [], sources: [{ article: 'a1', start: 0, end: hostile.length }] }],
      claims: [], conflicts: [], quoteGroups: [], quotes: [], citations: [], timeline: [], entities: [],
      diagnostics: [{ source: '<x>', rule: 'r', message: '<script>', severity: 'info' }],
    } as unknown as Dossier;
    const md = renderMarkdown(d);
    // Every < and [ from the article is escaped: none opens a tag, a link or an autolink.
    expect(md).not.toMatch(/(^|[^\\])</m);
    expect(md).not.toMatch(/(^|[^\\])\[(?!\d+\])/m);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
  });
});
