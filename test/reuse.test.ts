// Text reuse: golden pairs (wire copy vs rewrite, unrelated), direction rules, and a 300-article run.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/core/types.js';
import { creditOf, findReuse } from '../src/reuse/index.js';
import { articleFromText } from '../src/core/article.js';

const goldenDir = resolve(import.meta.dirname, 'golden/reuse');

interface ExpectedPair {
  a: string;
  b: string;
  minScore: number;
  maxScore: number;
  minSpans: number;
  maxSpans?: number;
  direction: 'a->b' | 'b->a' | null;
  /** Snippets (of article a) that must lie inside a reported passage. */
  mustCover: string[];
  /** Snippets (of article a) that must lie outside every passage. */
  mustNotCover: string[];
}

/** Words of a string, for comparing two passages "modulo small edits". */
const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of b's words found, in order, in a (longest common subsequence over the longer length). */
function lcsShare(a: string[], b: string[]): number {
  const dp = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(dp[j]!, dp[j - 1]!);
      prev = tmp;
    }
  }
  return dp[b.length]! / Math.max(a.length, b.length, 1);
}

describe('reuse golden cases', () => {
  for (const name of readdirSync(goldenDir)) {
    it(name, () => {
      const articles = JSON.parse(readFileSync(resolve(goldenDir, name, 'articles.json'), 'utf8')) as Article[];
      const expected = JSON.parse(readFileSync(resolve(goldenDir, name, 'expected.json'), 'utf8')) as { pairs: ExpectedPair[] };
      const got = findReuse(articles);
      expect(got.length, 'one entry per pair').toBe((articles.length * (articles.length - 1)) / 2);
      const byId = new Map(articles.map((a) => [a.id, a]));
      for (const want of expected.pairs) {
        const pair = got.find((r) => r.a === want.a && r.b === want.b);
        expect(pair, `pair ${want.a}/${want.b}`).toBeDefined();
        if (!pair) continue;
        const A = byId.get(want.a)!.text;
        const B = byId.get(want.b)!.text;
        expect(pair.score, `score of ${want.a}/${want.b}`).toBeGreaterThanOrEqual(want.minScore);
        expect(pair.score, `score of ${want.a}/${want.b}`).toBeLessThanOrEqual(want.maxScore);
        expect(pair.spans.length, 'number of passages').toBeGreaterThanOrEqual(want.minSpans);
        if (want.maxSpans !== undefined) expect(pair.spans.length, 'number of passages').toBeLessThanOrEqual(want.maxSpans);
        expect(pair.direction ?? null, 'direction').toBe(want.direction);
        pair.spans.forEach((s, k) => {
          const ta = A.slice(s.a.start, s.a.end);
          const tb = B.slice(s.b.start, s.b.end);
          // The two sides of a passage say the same thing, up to small edits.
          expect(lcsShare(wordsOf(ta), wordsOf(tb)), `passage ${k}: "${ta.slice(0, 60)}" vs "${tb.slice(0, 60)}"`).toBeGreaterThan(0.85);
        });
        for (const snippet of want.mustCover) {
          const at = A.indexOf(snippet);
          expect(at, `snippet in ${want.a}: ${snippet}`).toBeGreaterThanOrEqual(0);
          const covered = pair.spans.some((s) => s.a.start <= at && s.a.end >= at + snippet.length);
          expect(covered, `covered: "${snippet}"`).toBe(true);
        }
        for (const snippet of want.mustNotCover) {
          const at = A.indexOf(snippet);
          expect(at, `snippet in ${want.a}: ${snippet}`).toBeGreaterThanOrEqual(0);
          const touched = pair.spans.some((s) => s.a.start < at + snippet.length && s.a.end > at);
          expect(touched, `not covered: "${snippet}"`).toBe(false);
        }
      }
    });
  }
});

const article = (id: string, text: string, extra: Partial<Article> = {}): Article => articleFromText(id, text, extra);

const STORY =
  'The regional water board said on Friday that the reservoir above the valley had fallen to its lowest level in ' +
  'eleven years, and asked households to stop watering gardens until the autumn rains arrive. Farmers downstream ' +
  'have already been limited to three days of irrigation a week.';

describe('reuse direction', () => {
  it('a named syndication source wins over publication dates', () => {
    const [r] = findReuse([
      article('copy', STORY, { outlet: 'Valley Times', published: '2026-05-01', syndication: 'The Daily Ledger' }),
      article('orig', STORY, { outlet: 'Daily Ledger', published: '2026-05-02' }),
    ]);
    expect(r?.direction).toBe('b->a');
  });
  it('earlier publication is the source; same day without times is unknown', () => {
    expect(findReuse([article('x', STORY, { published: '2026-05-02' }), article('y', STORY, { published: '2026-05-01' })])[0]?.direction).toBe('b->a');
    expect(findReuse([article('x', STORY, { published: '2026-05-01T10:00Z' }), article('y', STORY, { published: '2026-05-01' })])[0]?.direction).toBeNull();
  });
  it('without dates, the article that credits the other outlet in its text is the copy', () => {
    const [r] = findReuse([
      article('orig', STORY, { outlet: 'Meridian Wire' }),
      article('copy', `${STORY} The figures were first reported by Meridian Wire.`, { outlet: 'Valley Times' }),
    ]);
    expect(r?.direction).toBe('a->b');
  });
  it('same day: times of day decide when both have one, read with their zones; a time without a zone reads as UTC', () => {
    // 10:30 at +02:00 is 08:30 UTC, before 09:00 UTC, though "10:30" > "09:00" as written.
    const zoned = findReuse([article('x', STORY, { published: '2026-05-01T10:30:00+02:00' }), article('y', STORY, { published: '2026-05-01T09:00:00Z' })]);
    expect(zoned[0]?.direction).toBe('a->b');
    const bare = findReuse([article('x', STORY, { published: '2026-05-01T11:00' }), article('y', STORY, { published: '2026-05-01T09:00:00+00:00' })]);
    expect(bare[0]?.direction).toBe('b->a');
  });
  it('same day without times: the article crediting the other outlet ("according to X") is the later one', () => {
    const [r] = findReuse([
      article('copy', `${STORY} The board's figures were published earlier, according to the Meridian Wire.`, { outlet: 'Valley Times', published: '2026-05-01' }),
      article('orig', STORY, { outlet: 'The Meridian Wire', published: '2026-05-01T08:00:00Z' }),
    ]);
    expect(r?.direction).toBe('b->a');
  });
  it('a credit outweighs a bare mention, and a wire dateline "(X)" is a credit', () => {
    const [r] = findReuse([
      article('orig', `${STORY} Valley Times readers wrote in all week.`, { outlet: 'Meridian Wire' }),
      article('copy', `HALLOWAY, May 1 (Meridian Wire) – ${STORY}`, { outlet: 'Valley Times' }),
    ]);
    expect(r?.direction).toBe('a->b');
    expect(creditOf('Residents told Northline they were woken by sirens.', 'Northline')).toBe('credit');
    expect(creditOf('The Meridian Wire reported on Monday that the dam held.', 'Meridian Wire')).toBe('credit');
    expect(creditOf('A Northline van was parked outside.', 'Northline')).toBe('mention');
    expect(creditOf('Nothing here.', 'Northline')).toBeNull();
    expect(creditOf('Nothing here.', null)).toBeNull();
    // A one-word name after "The" must keep its "the": "Senator Hill" is not The Hill.
    expect(creditOf('Senator Hill reported a gain on Monday.', 'The Hill')).toBeNull();
    expect(creditOf('The figures were first published, according to The Hill.', 'The Hill')).toBe('credit');
  });
  it('identical texts score 1 with one passage over the whole text', () => {
    const [r] = findReuse([article('x', STORY), article('y', STORY)]);
    expect(r?.score).toBe(1);
    expect(r?.spans).toEqual([{ a: { start: 0, end: STORY.length - 1 }, b: { start: 0, end: STORY.length - 1 } }]);
  });
  it('short and empty texts give score 0, no spans', () => {
    const got = findReuse([article('x', ''), article('y', 'Too short.'), article('z', STORY)]);
    expect(got).toHaveLength(3);
    for (const r of got) expect(r).toMatchObject({ score: 0, spans: [], direction: null });
  });
});

describe('reuse at scale', () => {
  it('runs over 300 generated articles, some sharing a wire passage', () => {
    // Deterministic pseudo-random words; every tenth article embeds the same wire paragraph.
    let seed = 42;
    const rand = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const vocab = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
    const articles = Array.from({ length: 300 }, (_, d) => {
      const body = Array.from({ length: 400 }, () => vocab[Math.floor(rand() * vocab.length)]).join(' ');
      return article(`a${d}`, d % 10 === 0 ? `${body}\n\n${STORY}` : body, { published: `2026-05-${String((d % 28) + 1).padStart(2, '0')}` });
    });
    const got = findReuse(articles);
    expect(got).toHaveLength((300 * 299) / 2);
    const wirePair = got.find((r) => r.a === 'a0' && r.b === 'a10');
    expect(wirePair?.spans).toHaveLength(1);
    const s = wirePair!.spans[0]!;
    expect(articles[0]!.text.slice(s.a.start, s.a.end)).toBe(articles[10]!.text.slice(s.b.start, s.b.end));
    expect(got.find((r) => r.a === 'a1' && r.b === 'a2')?.spans).toEqual([]);
  });
});
