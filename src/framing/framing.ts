// Framing per article against the rest of the story: the shared claims it leads with and leaves out, the details only
// it gives, and the words it names the shared actors with.
import type { Article, Claim, Entity, Framing, NameForm, Naming } from '../core/types.js';
import { outletKey } from '../align/index.js';
import settings from './data/framing.json' with { type: 'json' };
import { nameGroups, type NameGroup, type NamedMention } from './naming.js';

/** Where a claim first stands in one article, or undefined when the article does not state it. */
const positionIn = (claim: Claim, article: string): number | undefined => {
  const starts = claim.sources.filter((s) => s.article === article).map((s) => s.start);
  return starts.length ? Math.min(...starts) : undefined;
};

/** The article's claims in reading order. */
function claimsInOrder(claims: readonly Claim[], article: string): Claim[] {
  const placed = claims.flatMap((c) => {
    const at = positionIn(c, article);
    return at === undefined ? [] : [{ c, at }];
  });
  return placed.sort((x, y) => x.at - y.at).map((p) => p.c);
}

/** Shared claims most other outlets state and this article's outlet does not. */
function omitted(claims: readonly Claim[], article: Article, outletOf: Map<string, string>): string[] {
  const own = outletKey(article);
  const others = new Set([...outletOf.values()].filter((o) => o !== own)).size;
  return claims
    .filter((c) => {
      if (c.status === 'unique') return false;
      const outlets = new Set(c.sources.map((s) => outletOf.get(s.article) ?? s.article));
      return !outlets.has(own) && outlets.size > settings.omitShare * others;
    })
    .map((c) => c.id);
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

/** How one article names each actor that another article also names, in order of its first mention there. */
function namesIn(groups: readonly NameGroup[], article: string): Naming[] {
  const shared = groups.filter((g) => new Set(g.mentions.map((m) => m.article)).size > 1);
  const named = shared.flatMap((g) => {
    const own = g.mentions.filter((m) => m.article === article);
    return own.length ? [{ g, own }] : [];
  });
  named.sort((x, y) => x.own[0]!.start - y.own[0]!.start);
  return named.map(({ g, own }) => ({ actor: g.actor, entities: g.entities, forms: formsOf(own) }));
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
  const groups = nameGroups(articles, entities);
  return articles.map((article) => {
    const ordered = claimsInOrder(claims, article.id);
    return {
      article: article.id,
      outlet: article.outlet,
      leads: ordered.slice(0, settings.leadClaims).filter((c) => c.status !== 'unique').map((c) => c.id),
      omits: omitted(claims, article, outletOf),
      adds: ordered.filter((c) => c.status === 'unique').map((c) => c.id),
      names: namesIn(groups, article.id),
    };
  });
}
