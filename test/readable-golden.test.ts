// Golden cases for the reader: one folder each under test/golden/readable/<case>/ with input.(html|txt|md) and expected.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/readable/index.js';

interface Expected {
  /** The page's URL, passed as a hint (for canonical and URL-date checks). */
  url?: string;
  mustContain?: string[];
  mustNotContain?: string[];
  title?: string | null;
  byline?: string | null;
  published?: string | null;
  outlet?: string | null;
  syndication?: string | null;
  removedReasons?: string[];
  /** Lines that must be listed in `removed` with exactly this reason. */
  removed?: Array<{ text: string; reason: string }>;
  paragraphsInclude?: string[];
}

const root = resolve(import.meta.dirname, 'golden/readable');
const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'expected.json'))).sort();

describe('readable golden cases', () => {
  it('has at least 8 cases', () => expect(cases.length).toBeGreaterThanOrEqual(8));

  for (const name of cases) {
    it(name, () => {
      const dir = join(root, name);
      const input = ['input.html', 'input.txt', 'input.md'].find((f) => existsSync(join(dir, f)));
      if (!input) throw new Error(`${name}: add input.html, input.txt or input.md`);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
      const { article, diagnostics } = readDocument(
        { source: `${name}/${input}`, bytes: readFileSync(join(dir, input)), ...(expected.url ? { hints: { url: expected.url } } : {}) },
        { id: name },
      );
      expect(article, `${name}: no article (${JSON.stringify(diagnostics)})`).not.toBeNull();
      const a = article!;
      // One assertion per snippet, so a failure names the first missing or leftover text.
      for (const s of expected.mustContain ?? []) expect(a.text, `${name}: should contain "${s}"`).toContain(s);
      for (const s of expected.mustNotContain ?? []) expect(a.text, `${name}: should not contain "${s}"`).not.toContain(s);
      for (const key of ['title', 'byline', 'published', 'outlet', 'syndication'] as const) {
        if (key in expected) expect(a[key], `${name}: ${key}`).toBe(expected[key]);
      }
      for (const r of expected.removedReasons ?? []) {
        expect(a.removed.map((x) => x.reason), `${name}: a removal with reason ${r}`).toContain(r);
      }
      for (const r of expected.removed ?? []) {
        const found = a.removed.find((x) => x.text === r.text);
        expect(found?.reason, `${name}: "${r.text}" removed as ${r.reason} (removed: ${JSON.stringify(a.removed)})`).toBe(r.reason);
      }
      const paras = a.paragraphs.map((p) => a.text.slice(p.start, p.end));
      for (const p of expected.paragraphsInclude ?? []) expect(paras, `${name}: paragraph "${p}"`).toContain(p);
      // Paragraph spans tile the text: each is non-empty, trimmed, in order.
      let last = 0;
      for (const p of a.paragraphs) {
        expect(p.start).toBeGreaterThanOrEqual(last);
        expect(a.text.slice(p.start, p.end).trim()).toBe(a.text.slice(p.start, p.end));
        last = p.end;
      }
    });
  }
});
