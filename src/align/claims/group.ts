// Grouping: linked claims merge into cross-outlet claim groups, strongest link first, each group rated and worded.
import type { Claim, ClaimStatus, SourceRef } from '../../core/types.js';
import { UnionFind } from '../../core/util/union-find.js';
import { strongStems } from '../matcher/index.js';
import { byPosition, outletOfArticle, type ClaimContext } from './context.js';
import { support, type Edge } from './link.js';
import { claimStatus } from './outlet.js';
import settings from '../data/alignment.json' with { type: 'json' };

/** Claim groups: each group's root claim → its members (claim indices), plus the claims that also support it. */
export interface Groups {
  sets: UnionFind;
  members: Map<number, number[]>;
  /** Per group root, claims of other groups that state this group's fact too (`secondarySupport`). */
  extra: Map<number, number[]>;
}

/** Up to four members spread over a group, to check agreement without comparing every pair. */
const sample = (xs: readonly number[]): number[] => (xs.length <= 4 ? [...xs] : [0, 1, 2, 3].map((k) => xs[Math.floor((k * xs.length) / 4)]!));

/** Do two groups support each other on average (≥ groupMeanScore)? Two single claims always may merge. */
function groupsAgree(ctx: ClaimContext, ma: readonly number[], mb: readonly number[]): boolean {
  if (ma.length + mb.length <= 2) return true;
  let sum = 0;
  let n = 0;
  // Two claims of one article are two facts by construction: only cross-article pairs show whether the groups agree.
  for (const x of sample(ma))
    for (const y of sample(mb)) {
      if (ctx.claims[x]!.article === ctx.claims[y]!.article) continue;
      sum += support(ctx, x, y);
      n++;
    }
  return n === 0 || sum / n >= settings.groupMeanScore;
}

/** Fewer words than this make a heading or a fragment ("Crossing"), not a lede. */
const LEDE_MIN_WORDS = 6;

/** The first claim of each article that reads as a sentence: its lede, which states what the story is about. */
export function ledeClaims(ctx: ClaimContext): Set<number> {
  const out = new Set<number>();
  const seen = new Set<string>();
  ctx.claims.forEach((c, i) => {
    if (seen.has(c.article) || ctx.profiles[i]!.words.length < LEDE_MIN_WORDS) return;
    seen.add(c.article);
    out.add(i);
  });
  return out;
}

/**
 * Does a lede, still alone, join the group of another outlet's lede it links to? Outlets lead with the story's core fact,
 * each in its own words: a lede that links to another lede states that fact, however loosely the rest of that group
 * agrees with it (two groups of several claims still need `groupsAgree`).
 */
const ledeJoins = (ledes: ReadonlySet<number>, i: number, j: number, ma: readonly number[], mb: readonly number[]): boolean =>
  ledes.has(i) && ledes.has(j) && (ma.length === 1 || mb.length === 1);

/**
 * Merge linked claims greedily, strongest edge first; two groups merge only if their members also support each other on
 * average (`groupsAgree`), which stops chains of loosely similar sentences, or a lone lede joins another outlet's lede
 * (`ledeJoins`).
 * @param edges linked pairs, strongest first (`linkedEdges`)
 * @param weak links merged after them that support no second group (`marginEdges`: closest matches, not restatements)
 */
export function mergeGroups(ctx: ClaimContext, edges: readonly Edge[], weak: readonly Edge[] = []): Groups {
  const sets = new UnionFind(ctx.claims.length);
  const members = new Map<number, number[]>(ctx.claims.map((_, i) => [i, [i]]));
  const ledes = ledeClaims(ctx);
  for (const { i, j } of [...edges, ...weak]) {
    const a = sets.find(i);
    const b = sets.find(j);
    if (a === b) continue;
    const ma = members.get(a)!;
    const mb = members.get(b)!;
    if (!ledeJoins(ledes, i, j, ma, mb) && !groupsAgree(ctx, ma, mb)) continue;
    // i's group stays the root: union makes its second argument's root the root.
    sets.union(b, a);
    for (const m of mb) ma.push(m);
    members.delete(b);
  }
  return { sets, members, extra: secondarySupport(ctx, edges, sets, members) };
}

/**
 * A sentence that packs two facts ("X defended Y after a leak showed Y coaching Z") sits in one group but states the other
 * fact too: it also supports a group it links to, when it agrees with that group's members on average (secondaryMeanScore,
 * below the bar of a merge: supporting a group adds no claim to it) and its article is
 * not in the group yet.
 */
function secondarySupport(ctx: ClaimContext, edges: readonly Edge[], sets: UnionFind, members: ReadonlyMap<number, number[]>): Map<number, number[]> {
  const extra = new Map<number, number[]>();
  // Per group, the articles of its members and supporters so far: read once per group, not once per edge.
  const articles = new Map<number, Set<string>>();
  const articlesOf = (g: number): Set<string> => {
    let set = articles.get(g);
    if (!set) articles.set(g, (set = new Set(members.get(g)!.map((m) => ctx.claims[m]!.article))));
    return set;
  };
  for (const { i, j } of settings.secondarySupport ? edges : [])
    for (const [x, y] of [[i, j], [j, i]] as const) {
      const g = sets.find(y);
      if (sets.find(x) === g) continue;
      const ms = members.get(g)!;
      if (articlesOf(g).has(ctx.claims[x]!.article)) continue;
      const sampled = sample(ms);
      if (sampled.reduce((sum, m) => sum + support(ctx, x, m), 0) / sampled.length < settings.secondaryMeanScore) continue;
      const ex = extra.get(g);
      if (ex) ex.push(x);
      else extra.set(g, [x]);
      articlesOf(g).add(ctx.claims[x]!.article);
    }
  return extra;
}

const startsWhole = (ctx: ClaimContext, i: number): boolean => /^["“‘'(]?\p{Lu}/u.test(ctx.claims[i]!.text);

/**
 * Representative wording of a group: a member that reads as a sentence (not a clause split off mid-sentence) and agrees
 * best with every supporter (ties: the earliest). Members come before supporters from other groups, whose wording is
 * already another group's.
 */
function representative(ctx: ClaimContext, ids: readonly number[], supporters: readonly number[]): number {
  const whole = ids.filter((i) => startsWhole(ctx, i));
  const wholeSupporters = supporters.filter((i) => startsWhole(ctx, i));
  const pool = (whole.length ? whole : wholeSupporters.length ? wholeSupporters : ids).slice(0, 12);
  // Among equals the wording with more strong words says more on its own ("Governor Ann Lee praised the rescue crews"
  // over "Lee praised them").
  let best = pool[0]!;
  let bestScore = -1;
  for (const x of pool) {
    const s = supporters.reduce((sum, y) => (y === x ? sum : sum + support(ctx, x, y)), 0) + 1e-3 * strongStems(ctx.profiles[x]!).size;
    if (s > bestScore) [best, bestScore] = [x, s];
  }
  return best;
}

const RANK: Record<ClaimStatus, number> = { consensus: 0, partial: 1, unique: 2 };

/**
 * The dossier's claims from the groups: consensus first, then by outlets, then by where the group is first stated; each
 * cites its members and supporters in reading order.
 */
export function groupClaims(ctx: ClaimContext, groups: Groups): Claim[] {
  const order = (x: number, y: number): number => byPosition(ctx, x, y);
  const built = [...groups.members].map(([key, ids]) => {
    ids.sort(order);
    const supporters = [...ids, ...(groups.extra.get(key) ?? [])].sort(order);
    const outlets = new Set(supporters.map((i) => outletOfArticle(ctx, ctx.claims[i]!.article))).size;
    const sources: SourceRef[] = supporters.map((i) => ({ article: ctx.claims[i]!.article, start: ctx.claims[i]!.start, end: ctx.claims[i]!.end }));
    const text = ctx.claims[representative(ctx, ids, supporters)]!.text;
    return { ids, outlets, status: claimStatus(outlets, ctx.totalOutlets), text, sources };
  });
  built.sort((x, y) => RANK[x.status] - RANK[y.status] || y.outlets - x.outlets || order(x.ids[0]!, y.ids[0]!));
  return built.map((g, n) => ({
    id: `claim-${n + 1}`,
    text: g.text,
    status: g.status,
    sources: g.sources,
    articles: [...new Set(g.sources.map((s) => s.article))],
  }));
}
