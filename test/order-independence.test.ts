// The same articles in another order give the same dossier: claims, consensus labels, quotes, conflicts, reuse and the
// brief, with article ids (which count up in input order) replaced by the articles' sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Dossier, RawDocument } from '../src/core/types.js';
import { articleFromText } from '../src/core/article.js';
import { canonicalOrder, naturalCompare } from '../src/readable/index.js';
import { analyzeDocuments } from '../src/pipeline/index.js';

const dir = join(import.meta.dirname, '..', 'examples', 'corpus');
const raws: RawDocument[] = readdirSync(dir)
  .sort()
  .map((f) => ({ source: f, bytes: new Uint8Array(readFileSync(join(dir, f))), fetchedAt: '2026-01-01T00:00:00Z' }));

/** The dossier as JSON with every article id (alone or opening a derived id, `a3:q1`) written as the article's source. */
function withoutIds(d: Dossier): Record<string, unknown> {
  const source = new Map(d.articles.map((a) => [a.id, a.source]));
  const articles = [...d.articles].sort((x, y) => x.source.localeCompare(y.source));
  const json = JSON.stringify({ ...d, articles }, (_key, value: unknown) =>
    typeof value === 'string' ? value.replace(/^a\d+(?=:|$)/, (id) => source.get(id) ?? id) : value,
  );
  return JSON.parse(json) as Record<string, unknown>;
}

describe('order independence on the examples corpus', () => {
  const now = '2026-01-01T00:00:00Z';
  // Reversed, and rotated so that no article keeps its place.
  const orders = [[...raws].reverse(), [...raws.slice(3), ...raws.slice(0, 3)]];
  let first: Dossier;
  let others: Dossier[];
  beforeAll(() => {
    first = analyzeDocuments(raws, { now });
    others = orders.map((o) => analyzeDocuments(o, { now }));
  }, 120_000);

  it('gives other ids to the articles (the test would prove nothing otherwise)', () => {
    const idOf = (d: Dossier, s: string): string | undefined => d.articles.find((a) => a.source === s)?.id;
    expect(others.map((d) => idOf(d, raws[0]!.source))).not.toContain(idOf(first, raws[0]!.source));
  });

  it('gives the same claims, labels, quotes, conflicts, reuse and brief', () => {
    expect(first.claims.length).toBeGreaterThan(0);
    for (const d of others) {
      const [a, b] = [withoutIds(first), withoutIds(d)];
      for (const part of ['claims', 'brief', 'conflicts', 'quotes', 'quoteGroups', 'entities', 'citations', 'reuse', 'slant', 'timeline', 'articles']) {
        expect(b[part], part).toEqual(a[part]);
      }
    }
  });
});

describe('canonicalOrder', () => {
  it('orders by source, digit runs as numbers, then by content for one source', () => {
    const art = (id: string, source: string, text: string): Article => articleFromText(id, text, { source });
    const list = [art('a1', 'feed.jsonl:10', 'x'), art('a2', 'stdin', 'b'), art('a3', 'feed.jsonl:9', 'y'), art('a4', 'stdin', 'a'), art('a5', 'B.txt', 'z')];
    const order = canonicalOrder(list).map((i) => list[i]!.id);
    expect(order.slice(0, 3)).toEqual(['a5', 'a3', 'a1']);
    expect(new Set(order.slice(3))).toEqual(new Set(['a2', 'a4']));
    expect(canonicalOrder([...list].reverse()).map((i) => [...list].reverse()[i]!.id)).toEqual(order);
    expect(naturalCompare('a2', 'a10')).toBeLessThan(0);
    expect(naturalCompare('a02', 'a2')).toBeGreaterThan(0);
  });
});
