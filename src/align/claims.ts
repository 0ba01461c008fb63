// Claims across articles: block candidate pairs by rare words, match them, group matches, rate each group by outlets.
import type { Article, Claim, ClaimStatus, Conflict, SourceRef } from '../core/types.js';
import type { ArticleClaim } from '../extract/index.js';
import type { Doc } from '../nlp/index.js';
import { coverage, generalIdf, matchProfiles, nameBefore, profile, profileSpan, shippedMatcher, strongStems, type Matcher, type Profile } from './matcher/index.js';
import { detectConflicts } from './conflicts.js';
import settings from './data/alignment.json' with { type: 'json' };

/**
 * The outlet an article counts for. A syndicated copy ("This story first appeared in Reuters") counts for the outlet it
 * was first published by, so one wire story printed by five papers is one outlet's word, not five.
 */
export function outletKey(article: Article): string {
  return (article.syndication ?? article.outlet ?? article.id).trim().toLowerCase();
}

/**
 * Status from the number of distinct outlets behind a claim out of all outlets in the story.
 * consensus: every outlet when there are 2; at least max(2, ceil(0.8·n)) when n ≥ 3. partial: 2 or more, fewer than that.
 * unique: one outlet.
 */
export function claimStatus(outlets: number, total: number): ClaimStatus {
  if (outlets <= 1) return 'unique';
  const need = total <= 2 ? total : Math.max(2, Math.ceil(settings.consensusShare * total));
  return outlets >= need ? 'consensus' : 'partial';
}

/** Blocking keys of a claim: its rarest content stems (by general-news IDF), numbers and dates. */
function keysOf(c: ArticleClaim, p: Profile, matcher: Matcher): Array<{ key: string; weight: number }> {
  const keys = new Map<string, number>();
  p.stems.forEach((s, i) => {
    if (!p.content[i] || s.length < 2) return;
    const w = generalIdf(s, matcher);
    if (w >= settings.minKeyIdf) keys.set(`w:${s}`, w);
  });
  const top = [...keys].sort((a, b) => b[1] - a[1]).slice(0, settings.maxKeysPerClaim);
  for (const n of c.numbers) top.push([`n:${n.value}:${n.unit ?? ''}`, settings.minKeyIdf]);
  for (const d of c.dates) top.push([`d:${d.date}`, settings.minKeyIdf / 2]);
  // A rare verb alone makes a candidate: short restatements ("Trump has defended him") share little else.
  for (const [lemma, stem] of p.verbs) if (generalIdf(stem, matcher) >= settings.eventVerbIdf) top.push([`v:${lemma}`, settings.minPairKeyWeight]);
  return top.map(([key, weight]) => ({ key, weight }));
}

/**
 * Candidate pairs without comparing all pairs: claims sharing a rare key. Short posting lists pair everyone; long ones
 * (a word every outlet uses) pair each claim with its next few cross-article neighbours, which keeps the cost linear in the
 * list while still chaining every member into one group. Each claim keeps its best-weighted candidates.
 */
function candidatePairs(claims: ArticleClaim[], profiles: Profile[], matcher: Matcher): Array<[number, number]> {
  const postings = new Map<string, { weight: number; list: number[] }>();
  claims.forEach((c, i) => {
    for (const { key, weight } of keysOf(c, profiles[i]!, matcher)) {
      const entry = postings.get(key) ?? { weight, list: [] };
      entry.list.push(i);
      postings.set(key, entry);
    }
  });
  const weights = new Map<number, Map<number, number>>();
  const add = (i: number, j: number, w: number): void => {
    if (claims[i]!.article === claims[j]!.article) return;
    const [a, b] = i < j ? [i, j] : [j, i];
    const row = weights.get(a) ?? new Map<number, number>();
    row.set(b, (row.get(b) ?? 0) + w);
    weights.set(a, row);
  };
  const W = settings.neighbourWindow;
  for (const { weight, list } of postings.values()) {
    if (list.length < 2) continue;
    if (list.length <= 2 * W + 1) {
      for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) add(list[x]!, list[y]!, weight);
      continue;
    }
    for (let x = 0; x < list.length; x++) {
      let taken = 0;
      for (let y = x + 1; y < list.length && taken < W; y++) {
        if (claims[list[y]!]!.article === claims[list[x]!]!.article) continue;
        add(list[x]!, list[y]!, weight);
        taken++;
      }
    }
  }
  // Keep each claim's best K partners (a pair survives if either side keeps it).
  const byClaim = new Map<number, Array<[number, number]>>();
  for (const [a, row] of weights)
    for (const [b, w] of row) {
      // One shared rare word is chance; two (or one very rare word plus a number) start to look like the same fact.
      if (w < settings.minPairKeyWeight) continue;
      for (const [x, y] of [[a, b], [b, a]] as const) {
        const list = byClaim.get(x);
        if (list) list.push([y, w]);
        else byClaim.set(x, [[y, w]]);
      }
    }
  const keep = new Set<string>();
  const out: Array<[number, number]> = [];
  for (const [a, list] of byClaim) {
    list.sort((x, y) => y[1] - x[1]);
    for (const [b] of list.slice(0, settings.candidatesPerClaim)) {
      const [i, j] = a < b ? [a, b] : [b, a];
      const k = `${i}:${j}`;
      if (keep.has(k)) continue;
      keep.add(k);
      out.push([i, j]);
    }
  }
  return out;
}

/**
 * Do two claims report the same event? They share a rare content verb (by general-news IDF: "defended", not "made"),
 * the sparser claim names no one the other leaves out (a different actor is a different event), and they share at least
 * `eventMinShared` further strong words (an argument: "Witkoff", "envoy", "standard"). This is how event coreference is
 * usually found (same trigger, compatible arguments), and it catches the short restatements that share too few words
 * for coverage.
 */
export function sameEvent(a: Profile, b: Profile, matcher: Matcher = shippedMatcher()): boolean {
  // Every shared rare verb is a trigger, and none of them counts again as a shared argument.
  const verbStems = new Set<string>();
  for (const [lemma, stem] of a.verbs) {
    const other = b.verbs.get(lemma);
    if (other !== undefined && generalIdf(stem, matcher) >= settings.eventVerbIdf) verbStems.add(stem).add(other);
  }
  if (!verbStems.size) return false;
  const sa = strongStems(a);
  const sb = strongStems(b);
  const [small, smallStrong, big, bigP] = sa.size <= sb.size ? [a, sa, sb, b] : [b, sb, sa, a];
  const bigAll = new Set(bigP.stems);
  for (const [i, c] of small.stems.entries()) if (small.caps.has(c) && !bigAll.has(c) && !nameBefore(small, i, bigAll)) return false;
  let shared = 0;
  for (const s of smallStrong) if (!verbStems.has(s) && big.has(s)) shared++;
  return shared >= settings.eventMinShared;
}

/**
 * How strongly two claims support each other: the MSRP matcher's score, raised to the link score when the smaller claim's
 * strong content is nearly all in the other (outlets restate a fact inside a longer sentence far more often than they
 * paraphrase it whole), polarity agrees and they share a figure if both give any.
 */
function linkScore(a: Profile, b: Profile, storyWeight: (stem: string) => number, matcher: Matcher): { link: number; support: number } {
  const m = matchProfiles(a, b, matcher).score;
  const flipped = (a.negations > 0) !== (b.negations > 0);
  // Coverage never links claims whose figures differ: "rose by 137,000" is not "decreased by 193,000".
  const figuresDiffer = a.numbers.size > 0 && b.numbers.size > 0 && ![...a.numbers].some((n) => b.numbers.has(n));
  if (flipped || figuresDiffer) return { link: m, support: m };
  const c = coverage(a, b, storyWeight, matcher);
  const covered = c.words >= settings.coverageMinWords && c.share >= settings.coverageLink;
  // A longer shared core may carry a little more unshared detail ("…gave way late on Monday after weeks of heavy rain").
  const core = c.shared >= settings.coreMinShared && c.share >= settings.coreLink;
  const link = covered || core || sameEvent(a, b, matcher) ? Math.max(m, settings.linkScore) : m;
  // Support, for checking a merge of two groups: how much of one claim the other states, even when too little to link.
  return { link, support: Math.max(link, c.words >= settings.coverageMinWords ? c.share : 0) };
}

/** Profiles of the claims: from their article's Doc tokens when the Docs are given, else each claim's text read alone. */
function claimProfiles(articles: Article[], flat: ArticleClaim[], matcher: Matcher, docs: readonly Doc[] | undefined): Profile[] {
  const docOf = new Map(articles.map((a, i) => [a.id, docs?.[i]]));
  return flat.map((c) => {
    const doc = docOf.get(c.article);
    return doc ? profileSpan(doc, c.start, c.end, matcher.model.buckets) : profile(c.text, matcher.model.buckets);
  });
}

/**
 * Group the claims of several articles into cross-outlet claims (consensus / partial / unique) and find conflicts.
 * Matching pairs (link score ≥ linkScore) merge greedily, strongest first; two groups merge only if their members also
 * support each other on average (groupMeanScore over a sample), which stops chains of loosely similar sentences.
 * @param articles the story's articles
 * @param claims per article (same order), from extractClaims
 * @param ctx the claim matcher (the shipped one by default) and the articles' Docs (same order), whose tokens the claims
 *   are profiled from; without Docs each claim's text is read on its own
 * @example alignClaims(articles, articles.map((a, i) => extractClaims(a, docs[i]))).claims[0].status // 'consensus'
 */
export function alignClaims(articles: Article[], claims: ArticleClaim[][], ctx: { matcher?: Matcher; docs?: readonly Doc[] } = {}): { claims: Claim[]; conflicts: Conflict[] } {
  const matcher = ctx.matcher ?? shippedMatcher();
  const flat = claims.flat();
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const outletOf = new Map(articles.map((a) => [a.id, outletKey(a)]));
  const outlet = (id: string): string => outletOf.get(id) ?? id;
  const totalOutlets = new Set(articles.map(outletKey)).size;
  const profiles = claimProfiles(articles, flat, matcher, ctx.docs);
  const pairs = candidatePairs(flat, profiles, matcher);
  // Rarity within the story: the names every claim repeats ("Trump", "Ukraine") say little about which fact a claim states.
  const df = new Map<string, number>();
  for (const p of profiles) for (const s of new Set(p.stems)) df.set(s, (df.get(s) ?? 0) + 1);
  const storyWeight = (stem: string): number => Math.log((flat.length + 1) / ((df.get(stem) ?? 0) + 1)) + 1;

  const scores = new Map<string, { link: number; support: number }>();
  const pairScore = (i: number, j: number): { link: number; support: number } => {
    const k = i < j ? `${i}:${j}` : `${j}:${i}`;
    let s = scores.get(k);
    if (s === undefined) scores.set(k, (s = linkScore(profiles[i]!, profiles[j]!, storyWeight, matcher)));
    return s;
  };
  const scoreOf = (i: number, j: number): number => pairScore(i, j).support;
  const edges = pairs.map(([i, j]) => ({ i, j, s: pairScore(i, j).link })).filter((e) => e.s >= settings.linkScore);
  edges.sort((x, y) => y.s - x.s);

  const group = flat.map((_, i) => i);
  const members = new Map<number, number[]>(flat.map((_, i) => [i, [i]]));
  const root = (x: number): number => {
    while (group[x] !== x) x = group[x] = group[group[x]!]!;
    return x;
  };
  const sample = (xs: number[]): number[] => (xs.length <= 4 ? xs : [0, 1, 2, 3].map((k) => xs[Math.floor((k * xs.length) / 4)]!));
  for (const { i, j } of edges) {
    const a = root(i);
    const b = root(j);
    if (a === b) continue;
    const ma = members.get(a)!;
    const mb = members.get(b)!;
    if (ma.length + mb.length > 2) {
      let sum = 0;
      let n = 0;
      // Two claims of one article are two facts by construction: only cross-article pairs show whether the groups agree.
      for (const x of sample(ma)) for (const y of sample(mb)) {
        if (flat[x]!.article === flat[y]!.article) continue;
        sum += scoreOf(x, y);
        n++;
      }
      if (n > 0 && sum / n < settings.groupMeanScore) continue;
    }
    group[b] = a;
    members.set(a, [...ma, ...mb]);
    members.delete(b);
  }

  // A sentence that packs two facts ("X defended Y after a leak showed Y coaching Z") sits in one group but states the
  // other fact too: it also supports a group it links to, when it agrees with that group's members on average and its
  // article is not in the group yet.
  const extra = new Map<number, number[]>();
  for (const { i, j } of settings.secondarySupport ? edges : [])
    for (const [x, y] of [[i, j], [j, i]] as const) {
      const g = root(y);
      if (root(x) === g) continue;
      const ms = members.get(g)!;
      const ex = extra.get(g) ?? [];
      if ([...ms, ...ex].some((m) => flat[m]!.article === flat[x]!.article)) continue;
      const sampled = sample(ms);
      if (sampled.reduce((sum, m) => sum + scoreOf(x, m), 0) / sampled.length < settings.groupMeanScore) continue;
      extra.set(g, [...ex, x]);
    }

  const byPosition = (x: number, y: number): number =>
    (order.get(flat[x]!.article) ?? 0) - (order.get(flat[y]!.article) ?? 0) || flat[x]!.start - flat[y]!.start;
  const rank: Record<ClaimStatus, number> = { consensus: 0, partial: 1, unique: 2 };
  const built = [...members].map(([key, ids]) => {
    ids.sort(byPosition);
    const supporters = [...ids, ...(extra.get(key) ?? [])].sort(byPosition);
    const outlets = new Set(supporters.map((i) => outlet(flat[i]!.article))).size;
    // Representative wording: a member that reads as a sentence (not a clause split off mid-sentence) and matches the
    // others best (ties: the earliest).
    // Members before supporters from other groups: a supporter's wording is already another group's.
    const isWhole = (i: number): boolean => /^["“‘'(]?\p{Lu}/u.test(flat[i]!.text);
    const whole = ids.filter(isWhole);
    const pool = (whole.length ? whole : supporters.filter(isWhole).length ? supporters.filter(isWhole) : ids).slice(0, 12);
    // Agreement is summed over every supporter; among equals the wording with more strong words says more on its own
    // ("Governor Ann Lee praised the rescue crews" over "Lee praised them").
    let best = pool[0]!;
    let bestScore = -1;
    for (const x of pool) {
      const s = supporters.reduce((sum, y) => (y === x ? sum : sum + scoreOf(x, y)), 0) + 1e-3 * strongStems(profiles[x]!).size;
      if (s > bestScore) [best, bestScore] = [x, s];
    }
    const sources: SourceRef[] = supporters.map((i) => ({ article: flat[i]!.article, start: flat[i]!.start, end: flat[i]!.end }));
    return { ids, outlets, status: claimStatus(outlets, totalOutlets), text: flat[best]!.text, sources };
  });
  built.sort((x, y) => rank[x.status] - rank[y.status] || y.outlets - x.outlets || byPosition(x.ids[0]!, y.ids[0]!));
  const out: Claim[] = built.map((g, n) => ({
    id: `claim-${n + 1}`,
    text: g.text,
    status: g.status,
    sources: g.sources,
    articles: [...new Set(g.sources.map((s) => s.article))],
  }));
  return { claims: out, conflicts: detectConflicts(flat, pairs, outlet, matcher) };
}
