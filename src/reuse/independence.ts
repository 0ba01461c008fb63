// Independent confirmation: copies and rewrites of one source, and two articles of one outlet, count once when a claim's
// outlets are counted ("5 outlets, 3 independent").
import type { Article, Claim, Reuse } from '../core/types.js';
import { outletKey } from '../core/outlet.js';
import { UnionFind } from '../core/util/union-find.js';
import settings from './data/settings.json' with { type: 'json' };

const DEPENDENT: ReadonlySet<string> = new Set(settings.independentRelations);

/**
 * The sources behind a set of articles: articles joined when one copies, excerpts or rewrites the other (reuse relation
 * in settings independentRelations), when they share an outlet, or when one names the other's outlet as its syndication
 * source. Returns a function giving the number of independent sources among some of the articles.
 * @example sourcesOf(articles, reuse)(['a1', 'a2', 'a5']) // 2 when a5 is a copy of a1
 */
export function sourcesOf(articles: readonly Article[], reuse: readonly Reuse[]): (ids: readonly string[]) => number {
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const sets = new UnionFind(articles.length);
  const join = (x: string, y: string): void => {
    const i = index.get(x);
    const j = index.get(y);
    if (i !== undefined && j !== undefined) sets.union(i, j);
  };
  for (const r of reuse) if (r.relation && DEPENDENT.has(r.relation)) join(r.a, r.b);
  const byOutlet = new Map<string, string>();
  for (const a of articles) {
    const key = a.outlet ? outletKey(a.outlet) : '';
    if (!key) continue;
    const first = byOutlet.get(key);
    if (first) join(first, a.id);
    else byOutlet.set(key, a.id);
  }
  for (const a of articles) {
    const from = a.syndication ? byOutlet.get(outletKey(a.syndication)) : undefined;
    if (from) join(from, a.id);
  }
  return (ids) => new Set(ids.flatMap((id) => (index.has(id) ? [sets.find(index.get(id)!)] : []))).size;
}

/**
 * The claims with `independent` set on those of several articles: how many independent sources stand behind each.
 * @example markIndependent(claims, articles, reuse)[0].independent // 3
 */
export function markIndependent(claims: readonly Claim[], articles: readonly Article[], reuse: readonly Reuse[]): Claim[] {
  const count = sourcesOf(articles, reuse);
  return claims.map((c) => {
    const ids = c.articles ?? [...new Set(c.sources.map((s) => s.article))];
    return ids.length > 1 ? { ...c, independent: Math.max(1, count(ids)) } : c;
  });
}
