// Rewrites and independence: synthetic rewrites of team-written articles (eval/rewrite.ts: paragraphs reordered, trimmed,
// reworded) must be found with their derived sentences; copies and rewrites of one source count once.
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../src/core/article.js';
import type { Claim, Reuse } from '../src/core/types.js';
import { findReuse, markIndependent, sourcesOf } from '../src/reuse/index.js';
import { derivedRecall, rewriteSources, synthesizeRewrite } from '../eval/rewrite.js';

const { articles, swaps } = rewriteSources();

describe('synthetic rewrites', () => {
  it('finds each rewrite and ties its derived sentences to their sources (recall ≥ 0.8 on average)', () => {
    const recalls: number[] = [];
    for (const source of articles) {
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        const r = synthesizeRewrite(source.text, swaps, seed);
        const [pair] = findReuse([articleFromText('src', r.source), articleFromText('der', r.derived)]);
        expect(pair?.relation, `${source.name} seed ${seed}`).toMatch(/^(copy|excerpt|rewrite)$/);
        recalls.push(derivedRecall(r, pair, 'a'));
      }
    }
    const mean = recalls.reduce((s, x) => s + x, 0) / recalls.length;
    expect(mean).toBeGreaterThanOrEqual(0.8);
  });

  it('a paraphrase with no five-word run left (every fifth word dropped) is still a rewrite, most of its sentences tied', () => {
    for (const source of articles) {
      const r = synthesizeRewrite(source.text, swaps, 3, 'paraphrase');
      const [pair] = findReuse([articleFromText('src', r.source), articleFromText('der', r.derived)]);
      expect(pair?.spans, source.name).toEqual([]);
      expect(pair?.relation, source.name).toBe('rewrite');
      expect(derivedRecall(r, pair, 'a'), source.name).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('a trimmed copy lying inside the other article is the later one (containment), without dates or credits', () => {
    const r = synthesizeRewrite(articles[0]!.text, swaps, 2);
    const [pair] = findReuse([articleFromText('der', r.derived), articleFromText('src', r.source)]);
    expect(pair?.containment?.a).toBeGreaterThan(pair?.containment?.b ?? 1);
    expect(pair?.direction).toBe('b->a');
    expect(pair?.directionBasis).toBe('containment');
  });

  it('two different team-written stories are no rewrite of each other', () => {
    const [x, y] = articles;
    const out = findReuse([articleFromText('x', x!.text), articleFromText('y', y!.text)]);
    expect(out.filter((p) => p.relation)).toEqual([]);
  });
});

describe('independent sources', () => {
  const pair = (a: string, b: string, relation: Reuse['relation']): Reuse => ({ a, b, score: 0.9, spans: [], ...(relation ? { relation } : {}) });
  const arts = ['a1', 'a2', 'a3', 'a4', 'a5'].map((id, i) =>
    articleFromText(id, `Text ${id}.`, { outlet: ['Wire', 'Courier', 'Ledger', 'The Wire', 'Gazette'][i]!, syndication: id === 'a5' ? 'Ledger' : null }),
  );
  it('joins copies, excerpts and rewrites, one outlet, and a named syndication source; shared passages alone do not join', () => {
    const count = sourcesOf(arts, [pair('a1', 'a2', 'rewrite'), pair('a2', 'a3', 'shared-passages')]);
    // a1 + a2 (rewrite) + a4 (same outlet as a1); a3 + a5 (syndicated from a3's outlet).
    expect(count(['a1', 'a2', 'a3', 'a4', 'a5'])).toBe(2);
    expect(count(['a2', 'a3'])).toBe(2);
    expect(sourcesOf(arts, [])(['a1', 'a2', 'a3'])).toBe(3);
  });
  it('marks claims of several articles with their independent count, leaving single-source claims alone', () => {
    const claims: Claim[] = [
      { id: 'c1', text: 'x', status: 'consensus', sources: [], articles: ['a1', 'a2', 'a3'] },
      { id: 'c2', text: 'y', status: 'unique', sources: [{ article: 'a1', start: 0, end: 1 }] },
    ];
    const marked = markIndependent(claims, arts, [pair('a1', 'a2', 'copy')]);
    expect(marked[0]!.independent).toBe(2);
    expect(marked[1]!.independent).toBeUndefined();
  });
});
