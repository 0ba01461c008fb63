// Per-article isolation (issue #11): a hostile article in a run leaves the other articles' dossier entries as they were,
// and ends in entries or diagnostics of its own rather than a failed stage, a broken engine or a lost dossier.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dossier, RawDocument, SourceRef } from '../src/core/types.js';
import { analyzeDocuments } from '../src/pipeline/analyze.js';
import { MAX_ARTICLE_CHARS, MAX_SENTENCE_CHARS, buildDoc, sentenceCount } from '../src/nlp/index.js';

const corpusDir = join(import.meta.dirname, '..', 'examples', 'corpus');
const TYPES: Record<string, string> = { html: 'text/html', md: 'text/markdown', txt: 'text/plain' };
const examples: RawDocument[] = readdirSync(corpusDir)
  .filter((f) => !f.startsWith('.'))
  .sort()
  .map((f) => ({ source: f, contentType: TYPES[f.split('.').pop()!] ?? 'text/plain', bytes: new Uint8Array(readFileSync(join(corpusDir, f))) }));
const NOW = '2026-01-01T00:00:00Z';

/** Invented words, so a hostile text shares no claim, name or quote with the examples. */
const words = (chars: number): string => 'zorb quax flimmet dravo ' .repeat(Math.ceil(chars / 24)).slice(0, chars);
const hostile: Record<string, string> = {
  '9.5 MB single line': words(9_500_000),
  '100,000-character sentence': `${words(100_000)}.`,
  'deeply repeated quote marks': `${'“'.repeat(30_000)}${'"'.repeat(30_000)}${"'".repeat(30_000)} zorb ${'”'.repeat(30_000)}`,
  '300,000 characters without a space': 'ab12$%-'.repeat(43_000),
};

/** The entries of the example articles (ids a1…aN, read first): everything a hostile article must leave unchanged. */
function exampleEntries(d: Dossier, ids: Set<string>): unknown {
  const mine = (refs: readonly SourceRef[]): SourceRef[] => refs.filter((r) => ids.has(r.article));
  return {
    articles: d.articles.filter((a) => ids.has(a.id)),
    quotes: d.quotes.filter((q) => ids.has(q.article)),
    claims: d.claims.map((c) => ({ text: c.text, sources: mine(c.sources) })).filter((c) => c.sources.length),
    slant: d.slant.filter((s) => ids.has(s.article)),
    timeline: d.timeline.map((t) => ({ ...t, sources: mine(t.sources) })).filter((t) => t.sources.length),
    citations: d.citations.filter((c) => ids.has(c.article)),
    failures: d.diagnostics.filter((x) => x.rule === 'stage-failed'),
  };
}

/** Let the test runner's messages through: a long synchronous analysis would otherwise hold them past its time-out. */
const yieldToRunner = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('hostile articles beside the examples', () => {
  it("leave the example articles' entries unchanged and end in entries or diagnostics of their own", async () => {
    await yieldToRunner();
    const alone = analyzeDocuments(examples, { now: NOW });
    const ids = new Set(alone.articles.map((a) => a.id));
    await yieldToRunner();
    // One run with all of them: each article's stages fail or succeed on their own, so one run tests each.
    const raws = Object.entries(hostile).map(([name, text], i) => ({
      source: `hostile-${i}.txt`, contentType: 'text/plain', bytes: new TextEncoder().encode(`${name}\n\n${text}`),
    }));
    const d = analyzeDocuments([...examples, ...raws], { now: NOW });
    expect(exampleEntries(d, ids)).toEqual(exampleEntries(alone, ids));
    expect(d.articles.filter((a) => !ids.has(a.id))).toHaveLength(raws.length);
    for (const a of d.articles) expect(a.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    const cut = d.diagnostics.filter((x) => x.rule === 'article-cut').map((x) => x.source);
    expect(cut).toEqual(Object.values(hostile).flatMap((text, i) => (text.length > MAX_ARTICLE_CHARS ? [`hostile-${i}.txt`] : [])));
  }, 240_000);
});

describe('bounded sentences', () => {
  it('no sentence of the document model is longer than MAX_SENTENCE_CHARS, even in a text without full stops', () => {
    const doc = buildDoc(`Title\n\n${words(20_000)}`);
    expect(sentenceCount(doc)).toBeGreaterThan(1);
    for (let s = 0; s < sentenceCount(doc); s++) expect(doc.sentEnd[s]! - doc.sentStart[s]!).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });
});
