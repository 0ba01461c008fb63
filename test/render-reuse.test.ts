// The HTML report's reuse graph and the independent-source count on shared claims, on a hand-made dossier.
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../src/core/article.js';
import { DOSSIER_SCHEMA, type Dossier } from '../src/core/types.js';
import { renderHtml, renderMarkdown } from '../src/render/index.js';
import { MIN_REPORTED_SCORE } from '../src/reuse/index.js';

const articles = [
  articleFromText('a1', 'The wire report.', { outlet: 'Meridian Press' }),
  articleFromText('a2', 'A rewrite of it.', { outlet: 'The Dorrevan Ledger' }),
  articleFromText('a3', 'Its own reporting.', { outlet: 'Estmark Radio' }),
];

const dossier = (reuse: Dossier['reuse']): Dossier => ({
  schema: DOSSIER_SCHEMA,
  generatedAt: '2026-01-01T00:00:00Z',
  diagnostics: [],
  articles,
  entities: [],
  quotes: [],
  quoteGroups: [],
  citations: [],
  claims: [
    {
      id: 'c1',
      text: 'The dam gave way.',
      status: 'consensus',
      sources: articles.map((a) => ({ article: a.id, start: 0, end: 4 })),
      articles: ['a1', 'a2', 'a3'],
      independent: 2,
    },
  ],
  conflicts: [],
  reuse,
  slant: [],
  framing: [],
  timeline: [],
  brief: [
    { text: 'The dam gave way.', claims: ['c1'], sources: articles.map((a) => ({ article: a.id, start: 0, end: 4 })), section: 'consensus' },
    { text: 'The wire said so.', claims: ['c1'], sources: [{ article: 'a1', start: 0, end: 4 }], section: 'consensus' },
  ],
});
const rewrite: Dossier['reuse'][number] = { a: 'a1', b: 'a2', score: 0.7, spans: [], direction: 'a->b', relation: 'rewrite', rewrite: 0.7, rewritten: [{ a: { start: 0, end: 8 }, b: { start: 0, end: 9 } }] };

describe('HTML report: reuse', () => {
  it('draws one edge per related pair (dashed for a rewrite, an arrow when the direction is known) and says how many sources are independent', () => {
    const html = renderHtml(
      dossier([
        { a: 'a1', b: 'a2', score: 0.7, spans: [], direction: 'a->b', relation: 'rewrite', rewrite: 0.7, rewritten: [{ a: { start: 0, end: 8 }, b: { start: 0, end: 9 } }] },
        { a: 'a1', b: 'a3', score: 0.01, spans: [{ a: { start: 0, end: 3 }, b: { start: 0, end: 3 } }], relation: 'shared-passages' },
      ]),
    );
    const svg = /<svg class="reuse-graph"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('Meridian Press');
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toMatch(/<line [^>]*stroke-dasharray="6 4"[^>]*marker-end="url\(#arrow\)"/);
    expect(html).toContain('3 outlets, 2 independent');
    // The brief's sentence on that claim says so too.
    expect(/<ol>[\s\S]*<\/ol>/.exec(html)?.[0]).toContain('(3 outlets, 2 independent)');
    // No style attribute: the report's CSP allows only its one hashed stylesheet.
    expect(svg).not.toContain('style=');
  });
  it("draws a pair that only shares passages from reuse's reporting threshold on, not below it", () => {
    const shared = (score: number): Dossier['reuse'][number] => ({ a: 'a1', b: 'a3', score, spans: [{ a: { start: 0, end: 3 }, b: { start: 0, end: 3 } }], relation: 'shared-passages' });
    const lines = (score: number): number => (/<svg class="reuse-graph"[\s\S]*?<\/svg>/.exec(renderHtml(dossier([shared(score)])))?.[0] ?? '').split('<line ').length - 1;
    expect(lines(MIN_REPORTED_SCORE)).toBe(1);
    expect(lines(MIN_REPORTED_SCORE * 0.9)).toBe(0);
  });
  it('the Markdown brief writes the same independence note as the HTML one, from the articles each sentence cites', () => {
    const md = renderMarkdown(dossier([rewrite]));
    expect(md).toMatch(/The dam gave way\. \[1\]\[2\]\[3\] \(3 outlets, 2 independent\)/);
    // Before: a sentence citing one article carried its claim group's "3 outlets, 2 independent", which no chip showed.
    // It names its claim's other outlets as reporting the fact in other words, each with its span, not as citations.
    expect(md).toMatch(/The wire said so\. \[1\]; also reported, in other words, by The Dorrevan Ledger \[2\], Estmark Radio \[3\]\n/);
    expect(renderMarkdown(dossier([]))).not.toContain('independent)');
    expect(md).not.toMatch(/The dam gave way\.[^\n]*also reported/);
  });
  it('names in the HTML brief the other outlets of a sentence it cites one outlet for, each linked to its span', () => {
    const li = /<li[^>]*>[^<]*<span class="sec">consensus<\/span>The wire said so\.[\s\S]*?<\/li>/.exec(renderHtml(dossier([rewrite])))?.[0] ?? '';
    expect(li).toMatch(/class="also">also reported, in other words, by <a [^>]*>The Dorrevan Ledger<\/a>, <a [^>]*>Estmark Radio<\/a>/);
  });
  it('draws no graph when no pair is related', () => {
    expect(renderHtml(dossier([]))).not.toContain('reuse-graph"');
  });
});

describe('Markdown report: article labels', () => {
  it('names an article with no outlet or title by its file name, never by its local path', () => {
    const plain = { ...articleFromText('a9', 'The wire report.'), source: '/home/editor/stories/wire-copy.txt' };
    const d = dossier([]);
    const md = renderMarkdown({ ...d, articles: [...d.articles, plain], claims: d.claims.map((c) => ({ ...c, sources: [...c.sources, { article: 'a9', start: 0, end: 4 }] })) });
    expect(md).toContain('wire-copy.txt');
    expect(md).not.toContain('/home/editor');
  });
});
