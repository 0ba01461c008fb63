// Framing per article against the rest of the story: the shared claims it leads with and leaves out, the details only
// it gives, and the words it names the shared actors with.
import type { Article, Claim, Entity, Framing, NameForm, Naming } from '../core/types.js';
import { outletKey } from '../align/index.js';
import settings from './data/framing.json' with { type: 'json' };
import { nameGroups, type NameGroup, type NamedMention } from './naming.js';

/** Each article's claims in reading order (by where each first stands there), in one pass over the claims' sources. */
function claimsByArticle(claims: readonly Claim[]): Map<string, Claim[]> {
  const at = new Map<string, Map<Claim, number>>();
  for (const c of claims) {
    for (const s of c.sources) {
      const own = at.get(s.article) ?? new Map<Claim, number>();
      own.set(c, Math.min(own.get(c) ?? Infinity, s.start));
      at.set(s.article, own);
    }
  }
  return new Map([...at].map(([article, own]) => [article, [...own].sort((x, y) => x[1] - y[1]).map(([c]) => c)]));
}

/** The shared claims with the outlets that state each. */
const sharedOutlets = (claims: readonly Claim[], outletOf: Map<string, string>): Array<{ id: string; outlets: Set<string> }> =>
  claims.filter((c) => c.status !== 'unique').map((c) => ({ id: c.id, outlets: new Set(c.sources.map((s) => outletOf.get(s.article) ?? s.article)) }));

/** Shared claims that more than `omitShare` of the other outlets state and this article's outlet does not. */
function omitted(shared: ReturnType<typeof sharedOutlets>, own: string, outletCount: number): string[] {
  const others = outletCount - 1;
  return shared.filter((c) => !c.outlets.has(own) && c.outlets.size > settings.omitShare * others).map((c) => c.id);
}

/** One article's forms of one actor, most used first (then first used): the text as first written, its mentions. */
function formsOf(mentions: readonly NamedMention[]): NameForm[] {
  const byKey = new Map<string, NameForm>();
  for (const m of mentions) {
    const key = m.text.toLowerCase().replace(/[’']s$/, '').replace(/\s+/g, ' ');
    const form = byKey.get(key) ?? { text: m.text, sources: [] };
    form.sources.push({ article: m.article, start: m.start, end: m.end });
    byKey.set(key, form);
  }
  return [...byKey.values()].sort((x, y) => y.sources.length - x.sources.length || x.sources[0]!.start - y.sources[0]!.start);
}

/** Per article, how it names each actor that another article also names, in order of its first mention there. */
function namingsByArticle(groups: readonly NameGroup[]): Map<string, Naming[]> {
  const placed = new Map<string, Array<{ at: number; naming: Naming }>>();
  for (const g of groups) {
    const byArticle = new Map<string, NamedMention[]>();
    for (const m of g.mentions) {
      const own = byArticle.get(m.article);
      if (own) own.push(m);
      else byArticle.set(m.article, [m]);
    }
    if (byArticle.size < 2) continue;
    for (const [article, own] of byArticle) {
      const list = placed.get(article) ?? [];
      list.push({ at: Math.min(...own.map((m) => m.start)), naming: { actor: g.actor, entities: g.entities, forms: formsOf(own) } });
      placed.set(article, list);
    }
  }
  return new Map([...placed].map(([article, list]) => [article, list.sort((x, y) => x.at - y.at).map((x) => x.naming)]));
}

/**
 * Each article's framing against the others.
 * @param articles the story's articles
 * @param claims the aligned claims (their statuses and sources)
 * @param entities the merged entities with their mentions and roles
 * @example frameArticles(dossier.articles, dossier.claims, dossier.entities)[0].leads // ['claim-1']
 */
export function frameArticles(articles: readonly Article[], claims: readonly Claim[], entities: readonly Entity[]): Framing[] {
  const outletOf = new Map(articles.map((a) => [a.id, outletKey(a)]));
  const outletCount = new Set(outletOf.values()).size;
  const shared = sharedOutlets(claims, outletOf);
  const ordered = claimsByArticle(claims);
  const names = namingsByArticle(nameGroups(articles, entities));
  return articles.map((article) => {
    const own = ordered.get(article.id) ?? [];
    return {
      article: article.id,
      outlet: article.outlet,
      leads: own.slice(0, settings.leadClaims).filter((c) => c.status !== 'unique').map((c) => c.id),
      omits: omitted(shared, outletOf.get(article.id)!, outletCount),
      adds: own.filter((c) => c.status === 'unique').map((c) => c.id),
      names: names.get(article.id) ?? [],
    };
  });
}
