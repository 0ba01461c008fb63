// What every step of claim alignment reads: the story's claims, their profiles, outlets and the pair scores found so far.
import type { Article } from '../../core/types.js';
import type { ArticleClaim } from '../../core/facts.js';
import type { Doc } from '../../nlp/index.js';
import { profile, profileSpan, type Matcher, type Profile } from '../matcher/index.js';
import { outletKey } from './outlet.js';

/** How strongly two claims support each other: `link` decides an edge, `support` checks a merge of two groups. */
export interface PairScore {
  link: number;
  support: number;
}

/** One story's claims and what alignment knows of them; built once by `claimContext`, then read by each step. */
export interface ClaimContext {
  /** Every claim of the story, flat, in article order; steps refer to claims by index into this. */
  readonly claims: readonly ArticleClaim[];
  /** One profile per claim, same order. */
  readonly profiles: readonly Profile[];
  readonly matcher: Matcher;
  /** Per stem, how many claims of the story use it: names every claim repeats say little about which fact it states. */
  readonly df: ReadonlyMap<string, number>;
  /** Per stem of `df`, its `storyWeight`, computed once: coverage asks for it for every strong word of every pair. */
  readonly weights: ReadonlyMap<string, number>;
  /** Per stem, how many articles of the story use it (in any claim). */
  readonly articleDf: ReadonlyMap<string, number>;
  /** Article id → its position in the story's input order. */
  readonly order: ReadonlyMap<string, number>;
  /** Article id → the outlet it counts for (`outletKey`). */
  readonly outletOf: ReadonlyMap<string, string>;
  /** Distinct outlets in the story. */
  readonly totalOutlets: number;
  /** Pair scores computed so far, keyed `i:j` with i < j: a pair is scored once however often it is asked for. */
  readonly scores: Map<string, PairScore>;
}

/** Profiles of the claims: from their article's Doc tokens when the Docs are given, else each claim's text read alone. */
function claimProfiles(articles: readonly Article[], flat: readonly ArticleClaim[], matcher: Matcher, docs: readonly Doc[] | undefined): Profile[] {
  const docOf = new Map(articles.map((a, i) => [a.id, docs?.[i]]));
  return flat.map((c) => {
    const doc = docOf.get(c.article);
    if (!doc) return profile(c.text, matcher.model.buckets);
    // A claim is read with its implicit subject in place: "He defended the envoy" as "Trump defended the envoy".
    const masks = c.subject ? [{ start: c.subject.start, end: c.subject.end, with: c.subject.name }] : [];
    return profileSpan(doc, c.start, c.end, matcher.model.buckets, masks);
  });
}

/**
 * The context of one story's alignment.
 * @param articles the story's articles
 * @param claims per article (same order), from extractClaims
 * @param matcher the claim matcher
 * @param docs the articles' Docs (same order), whose tokens the claims are profiled from; without them each claim's text
 *   is read on its own
 */
export function claimContext(articles: readonly Article[], claims: readonly ArticleClaim[][], matcher: Matcher, docs?: readonly Doc[]): ClaimContext {
  const flat = claims.flat();
  const profiles = claimProfiles(articles, flat, matcher, docs);
  const df = new Map<string, number>();
  for (const p of profiles) for (const s of new Set(p.stems)) df.set(s, (df.get(s) ?? 0) + 1);
  const articleDf = new Map<string, number>();
  let first = 0;
  for (const list of claims) {
    const stems = new Set(profiles.slice(first, first + list.length).flatMap((p) => p.stems));
    for (const s of stems) articleDf.set(s, (articleDf.get(s) ?? 0) + 1);
    first += list.length;
  }
  const weights = new Map<string, number>();
  df.forEach((n, s) => weights.set(s, rarity(flat.length, n)));
  return {
    claims: flat,
    profiles,
    matcher,
    df,
    weights,
    articleDf,
    order: new Map(articles.map((a, i) => [a.id, i])),
    outletOf: new Map(articles.map((a) => [a.id, outletKey(a)])),
    totalOutlets: new Set(articles.map(outletKey)).size,
    scores: new Map(),
  };
}

/** The outlet an article id counts for (its id when the article is unknown). */
export const outletOfArticle = (ctx: ClaimContext, article: string): string => ctx.outletOf.get(article) ?? article;

/** Rarity of a stem within the story (an IDF over its claims). */
export const storyWeight = (ctx: ClaimContext, stem: string): number => ctx.weights.get(stem) ?? rarity(ctx.claims.length, ctx.df.get(stem) ?? 0);

/** The IDF of a stem that `df` of a story's `claims` claims use. */
const rarity = (claims: number, df: number): number => Math.log((claims + 1) / (df + 1)) + 1;

/** Claims in reading order: by their article's input position, then by offset. */
export const byPosition = (ctx: ClaimContext, x: number, y: number): number =>
  (ctx.order.get(ctx.claims[x]!.article) ?? 0) - (ctx.order.get(ctx.claims[y]!.article) ?? 0) || ctx.claims[x]!.start - ctx.claims[y]!.start;
