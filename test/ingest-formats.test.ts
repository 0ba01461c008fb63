// The input-format registry: one list of formats drives folder walks, sniffing, the readable kind, the CLI help and the README.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputs, documentFormatOfPath, formatOf, INPUT_EXTENSIONS, INPUT_FORMATS } from '../src/ingest/index.js';
import { INPUTS_HELP } from '../src/cli/ingest-flags.js';

const PARA = 'The council voted on Tuesday to close the harbour road for repairs, officials said, after two weeks of debate.';

describe('input format registry', () => {
  it('claims each extension once', () => {
    expect(new Set(INPUT_EXTENSIONS).size).toBe(INPUT_EXTENSIONS.length);
    for (const ext of INPUT_EXTENSIONS) expect(ext).toMatch(/^\.[a-z0-9]+$/);
  });

  it('is what the CLI help and the README list', () => {
    for (const ext of INPUT_EXTENSIONS) expect(INPUTS_HELP).toContain(ext);
    const row = readFileSync(join(__dirname, '..', 'README.md'), 'utf8').split('\n').find((l) => l.startsWith('| `analyze'));
    const listed = new Set([...(row ?? '').matchAll(/`(\.[a-z0-9]+)`/g)].map((m) => m[1]));
    expect([...listed].sort()).toEqual([...INPUT_EXTENSIONS].sort());
  });

  it('tells formats by content first, then by name', () => {
    const name = (ext: string, head: string, listed = false): string | undefined => formatOf({ ext, head, listed })?.name;
    expect(name('.txt', '<rss version="2.0">')).toBe('feed');
    expect(name('', '{"url": "https://a.example/1"}')).toBe('jsonl');
    expect(name('', '{"version": "https://jsonfeed.org/version/1.1", "items": []}')).toBe('feed');
    expect(name('.rss', 'broken')).toBe('feed');
    expect(name('.rss', 'broken', true)).toBeUndefined();
    expect(name('.json', '{"event": "x"}')).toBeUndefined();
    expect(name('.htm', 'x')).toBe('html');
    expect(INPUT_FORMATS.map((f) => f.name)).toEqual(['jsonl', 'feed', 'html', 'markdown', 'text']);
  });

  it('names the readable kind of a path or URL', () => {
    expect(documentFormatOfPath('https://example.org/a/story.HTM?x=1')).toBe('html');
    expect(documentFormatOfPath('notes/a.markdown')).toBe('markdown');
    expect(documentFormatOfPath('a.txt#top')).toBe('text');
    expect(documentFormatOfPath('https://example.org/')).toBeNull();
    expect(documentFormatOfPath('data.json')).toBeNull();
  });
});

describe('a gold file beside the articles', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'triangulate-formats-'));
    writeFileSync(join(dir, 'A-one.md'), `# One\n\n${PARA}\n`);
    writeFileSync(join(dir, 'B-two.md'), `# Two\n\n${PARA}\n`);
    writeFileSync(join(dir, 'gold.json'), '{"event": "x", "articles": {"A": {"file": "A-one.md"}}}');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is left out of a folder and a glob without a diagnostic', async () => {
    for (const input of [dir, join(dir, '*')]) {
      const { docs, diagnostics } = await collectInputs([input]);
      expect(docs.map((d) => d.source.replace(dir, ''))).toEqual(['/A-one.md', '/B-two.md']);
      expect(diagnostics).toEqual([]);
    }
  });

  it('is reported, not read as an article, when named', async () => {
    const { docs, diagnostics } = await collectInputs([join(dir, 'gold.json')]);
    expect(docs).toEqual([]);
    expect(diagnostics.map((d) => `${d.rule}:${d.severity}`)).toEqual(['unrecognised-input:warning']);
  });
});
