// Margin links: two outlets' claims that are each other's closest match, by a clear margin over the other candidates,
// state one fact even when they share too few words for the matcher or coverage — the margin criterion of parallel
// sentence mining (Artetxe & Schwenk 2019) applied to comparable news articles.
import { isRoleHead } from '../../extract/index.js';
import { generalIdf, strongStems } from '../matcher/index.js';
import { storyWeight, type ClaimContext } from './context.js';
import { pairScore, sharedAlike, type Edge } from './link.js';
import settings from '../data/alignment.json' with { type: 'json' };
import { pushTo } from '../../core/util/multimap.js';
import { ledeClaims } from './group.js';

/** Per claim, its strong stems with their weights (story rarity times general rarity), and their total. */
interface Bag {
  weights: Map<string, number>;
  mass: number;
}

function bagOf(ctx: ClaimContext, i: number): Bag {
  const weights = new Map<string, number>();
  let mass = 0;
  for (const s of strongStems(ctx.profiles[i]!)) {
    const w = storyWeight(ctx, s) * Math.max(1, generalIdf(s, ctx.matcher));
    weights.set(s, w);
    mass += w;
  }
  return { weights, mass };
}

/**
 * Do two claims share a word that is not a name or a role? Two sentences that only name the same people ("He said he
 * respects Grassley" / "Braley is not running against Grassley"; "the chief executive, Ruben Aske") may say anything
 * about them.
 */
function shareNonName(ctx: ClaimContext, i: number, j: number, x: Bag, y: Bag): boolean {
  const [a, b] = [ctx.profiles[i]!, ctx.profiles[j]!];
  const roles = new Set(a.stems.filter((_, k) => isRoleHead(a.lemmas[k]!)));
  for (const s of x.weights.keys()) if (y.weights.has(s) && !a.caps.has(s) && !b.caps.has(s) && !roles.has(s)) return true;
  return false;
}

/** Weighted Dice of two bags: the share of their weight they have in common. */
function dice(x: Bag, y: Bag): number {
  const [small, big] = x.weights.size <= y.weights.size ? [x, y] : [y, x];
  let shared = 0;
  for (const [s, w] of small.weights) if (big.weights.has(s)) shared += w + big.weights.get(s)!;
  return x.mass + y.mass ? shared / (x.mass + y.mass) : 0;
}

/**
 * Per claim and other article (keyed `neighbourhood`), its candidate partners' similarities, best first.
 */
function neighbourhoods(ctx: ClaimContext, pairs: ReadonlyArray<readonly [number, number]>, sims: readonly number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  pairs.forEach(([i, j], k) => {
    pushTo(out, neighbourhood(ctx, i, j), sims[k]!);
    pushTo(out, neighbourhood(ctx, j, i), sims[k]!);
  });
  for (const list of out.values()) list.sort((a, b) => b - a);
  return out;
}

/**
 * The key of claim x's neighbourhood in claim y's article: a number (x · (articles + 1) + the article's position), as a
 * string key per pair cost more than the rest of the margin step.
 */
const neighbourhood = (ctx: ClaimContext, x: number, y: number): number =>
  x * (ctx.order.size + 1) + (ctx.order.get(ctx.claims[y]!.article) ?? ctx.order.size);

/** Mean of the best `marginTopK` similarities of a neighbourhood. */
const topMean = (list: readonly number[]): number => {
  const top = list.slice(0, settings.marginTopK);
  return top.reduce((a, b) => a + b, 0) / top.length;
};

/**
 * Candidate pairs of different articles that are each other's best candidate in the other's article, similar enough
 * (`marginMinSimilarity`; `ledeMarginMinSimilarity` for two articles' ledes) and clearly more than their other candidates there (`marginRatio` over the mean of the best
 * `marginTopK`): linked at the link score, weakest of the edges. Pairs that already link are left to `linkedEdges`.
 */
export function marginEdges(ctx: ClaimContext, pairs: ReadonlyArray<readonly [number, number]>): Edge[] {
  const bags = new Map<number, Bag>();
  const bag = (i: number): Bag => bags.get(i) ?? bags.set(i, bagOf(ctx, i)).get(i)!;
  const sims = pairs.map(([i, j]) => dice(bag(i), bag(j)));
  const near = neighbourhoods(ctx, pairs, sims);
  const out: Edge[] = [];
  const ledes = ledeClaims(ctx);
  pairs.forEach(([i, j], k) => {
    const s = sims[k]!;
    // Two outlets' ledes state the story's core fact more often than any other two sentences: a lower bar of similarity.
    const lede = ledes.has(i) && ledes.has(j);
    if (s < (lede ? settings.ledeMarginMinSimilarity : settings.marginMinSimilarity)) return;
    const ni = near.get(neighbourhood(ctx, i, j))!;
    const nj = near.get(neighbourhood(ctx, j, i))!;
    if (ni[0]! > s || nj[0]! > s) return;
    if (s < settings.marginRatio * ((topMean(ni) + topMean(nj)) / 2)) return;
    if (!shareNonName(ctx, i, j, bag(i), bag(j)) || !sharedAlike(ctx.profiles[i]!, ctx.profiles[j]!)) return;
    const score = pairScore(ctx, i, j);
    if (score.link >= settings.linkScore) return;
    score.link = settings.linkScore;
    score.support = Math.max(score.support, settings.linkScore);
    out.push({ i, j, s: settings.linkScore });
  });
  return out;
}
