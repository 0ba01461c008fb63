// Text reuse: direction rules and a 300-article run; the golden pairs are in test/cases/reuse/ (test/cases.test.ts).
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/core/types.js';
import { creditOf, findReuse } from '../src/reuse/index.js';
import { articleFromText } from '../src/core/article.js';

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
  it('reads an outlet under any of its names (core/data/outlet-aliases.json): "the NYT" credits The New York Times, syndication "AP" names Associated Press', () => {
    expect(creditOf('The figures were first published, according to the NYT.', 'The New York Times')).toBe('credit');
    const [r] = findReuse([
      article('copy', STORY, { outlet: 'Valley Times', published: '2026-05-01', syndication: 'AP' }),
      article('orig', STORY, { outlet: 'Associated Press', published: '2026-05-02' }),
    ]);
    expect(r?.direction).toBe('b->a');
    expect(r?.directionBasis).toBe('syndication');
  });
  it('identical texts score 1 with one passage over the whole text', () => {
    const [r] = findReuse([article('x', STORY), article('y', STORY)]);
    expect(r?.score).toBe(1);
    expect(r?.spans).toEqual([{ a: { start: 0, end: STORY.length - 1 }, b: { start: 0, end: STORY.length - 1 } }]);
  });
  it('short and empty texts give score 0, no spans', () => {
    // Nothing shared: no pair is listed.
    expect(findReuse([article('x', ''), article('y', 'Too short.'), article('z', STORY)])).toEqual([]);
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
    // Only the 435 pairs among the 30 articles with the wire paragraph are listed, not all 44,850 pairs.
    expect(got).toHaveLength((30 * 29) / 2);
    expect(got.every((r) => r.spans.length === 1)).toBe(true);
    const wirePair = got.find((r) => r.a === 'a0' && r.b === 'a10');
    expect(wirePair?.spans).toHaveLength(1);
    const s = wirePair!.spans[0]!;
    expect(articles[0]!.text.slice(s.a.start, s.a.end)).toBe(articles[10]!.text.slice(s.b.start, s.b.end));
    expect(got.find((r) => r.a === 'a1' && r.b === 'a2')).toBeUndefined();
  });
});
