// Text reuse between articles: how much of each pair's wording is shared, the copied passages, the sentences told again
// in other words (rewrite.ts), and who copied whom.
import type { Article, Reuse, ReuseDirectionBasis, ReuseRelation, ReuseSpan, Span } from '../core/types.js';
import settings from './data/settings.json' with { type: 'json' };
import { avalanche, fnv1a } from '../core/util/hash.js';
import { namesOf, outletKey, outletNameKey } from '../core/outlet.js';
import { alternation, escapeRegExp, execAll } from '../core/util/regex.js';
import { CREDIT } from '../core/credit.js';
import { sharedWeights } from './pairs.js';
import { rewriteCandidates, rewriteOf, storyTerms, type StoryTerms } from './rewrite.js';
import { buildDoc, type Doc } from '../nlp/index.js';
import { boundedMemo } from '../core/util/bounded-memo.js';

/** The share of shingles from which a pair sharing no passage is still reported (and drawn in the reports). */
export const MIN_REPORTED_SCORE: number = settings.minReportedScore;

/** Word n-gram length of a shingle. */
const N: number = settings.shingle;

/** One article's words (lower-cased, letters and digits) as offset tables, plus its shingle keys by position. */
interface Tokens {
  start: Int32Array;
  end: Int32Array;
  word: Uint32Array;
  /** Shingle key at each word position p (words p..p+N-1); length max(0, words - N + 1). */
  shingle: Float64Array;
  /** Shingle key -> positions in this article. */
  positions: Map<number, number[]>;
  distinct: number;
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** A word's 32-bit key: FNV-1a, then the avalanche. */
const hashWord = (s: string): number => avalanche(fnv1a(s));

function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    hashes.push(hashWord(m[0].toLowerCase()));
  }
  const word = Uint32Array.from(hashes);
  const count = Math.max(0, word.length - N + 1);
  const shingle = new Float64Array(count);
  const positions = new Map<number, number[]>();
  for (let p = 0; p < count; p++) {
    // Two 32-bit rolling mixes combined into one 53-bit key: collisions between different shingles are negligible.
    let h1 = 0x9747b28c;
    let h2 = 0x1b873593;
    for (let k = 0; k < N; k++) {
      const w = word[p + k]!;
      h1 = Math.imul(h1 ^ w, 0x01000193) >>> 0;
      h2 = (Math.imul(h2 + w, 0x5bd1e995) ^ (h2 >>> 15)) >>> 0;
    }
    const key = h1 * 0x200000 + (h2 & 0x1fffff);
    shingle[p] = key;
    const list = positions.get(key);
    if (list) list.push(p);
    else positions.set(key, [p]);
  }
  return { start: Int32Array.from(starts), end: Int32Array.from(ends), word, shingle, positions, distinct: positions.size };
}

/** Word-index run [a0, a1) in A matched to [b0, b1) in B. */
interface Run {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/** Shingle matches (i in A, j in B) chained along diagonals into runs of consecutive shared words. */
function seedRuns(A: Tokens, B: Tokens): Run[] {
  const seeds: Array<[number, number]> = [];
  for (let i = 0; i < A.shingle.length; i++) {
    const js = B.positions.get(A.shingle[i]!);
    // A shingle repeated many times inside one article (a refrain, a table) says nothing about where copying happened.
    if (!js || js.length > settings.maxRepeats || (A.positions.get(A.shingle[i]!)?.length ?? 0) > settings.maxRepeats) continue;
    for (const j of js) seeds.push([i, j]);
  }
  // Chain seeds that continue one another on the same diagonal (i - j constant, i consecutive).
  seeds.sort((x, y) => x[0] - x[1] - (y[0] - y[1]) || x[0] - y[0]);
  const runs: Run[] = [];
  let cur: Run | null = null;
  for (const [i, j] of seeds) {
    if (cur && i - j === cur.a0 - cur.b0 && i <= cur.a1 - N + 1) {
      cur.a1 = i + N;
      cur.b1 = j + N;
    } else {
      if (cur) runs.push(cur);
      cur = { a0: i, a1: i + N, b0: j, b1: j + N };
    }
  }
  if (cur) runs.push(cur);
  return runs;
}

/** Runs joined in reading order when both sides jump only a few words: a changed, added or dropped word. */
function joinRuns(runs: Run[]): Run[] {
  runs.sort((x, y) => x.a0 - y.a0 || x.b0 - y.b0);
  const joined: Run[] = [];
  for (const r of runs) {
    const last = joined[joined.length - 1];
    const ga = last ? r.a0 - last.a1 : Infinity;
    const gb = last ? r.b0 - last.b1 : Infinity;
    if (last && ga <= settings.maxEditGap && gb <= settings.maxEditGap && ga >= -N && gb >= -N && r.b0 > last.b0) {
      last.a1 = Math.max(last.a1, r.a1);
      last.b1 = Math.max(last.b1, r.b1);
    } else joined.push({ ...r });
  }
  return joined;
}

/**
 * Extend each run word by word past its ends, stepping over one changed word when the words beyond it agree again
 * ("officials closed the port" / "officials shut the port"). Runs are changed in place.
 */
function extendRuns(A: Tokens, B: Tokens, runs: Run[]): void {
  const same = (i: number, j: number): boolean => i >= 0 && j >= 0 && i < A.word.length && j < B.word.length && A.word[i] === B.word[j];
  const agree = (i: number, j: number, step: number): boolean => {
    for (let k = 0; k < settings.resyncWords; k++) if (!same(i + k * step, j + k * step)) return false;
    return true;
  };
  for (const r of runs) {
    for (;;) {
      while (same(r.a0 - 1, r.b0 - 1)) {
        r.a0--;
        r.b0--;
      }
      if (!agree(r.a0 - 2, r.b0 - 2, -1)) break;
      r.a0 -= 2;
      r.b0 -= 2;
    }
    for (;;) {
      while (same(r.a1, r.b1)) {
        r.a1++;
        r.b1++;
      }
      if (!agree(r.a1 + 1, r.b1 + 1, 1)) break;
      r.a1 += 2;
      r.b1 += 2;
    }
  }
}

/** Runs of at least the minimum length, longest first, each kept only when it overlaps no longer one on either side; returned in reading order. */
function longestDisjoint(runs: Run[]): Run[] {
  runs.sort((x, y) => y.a1 - y.a0 - (x.a1 - x.a0) || x.a0 - y.a0);
  const kept: Run[] = [];
  for (const r of runs) {
    if (r.a1 - r.a0 < settings.minPassageWords || r.b1 - r.b0 < settings.minPassageWords) continue;
    if (kept.some((k) => (r.a0 < k.a1 && r.a1 > k.a0) || (r.b0 < k.b1 && r.b1 > k.b0))) continue;
    kept.push(r);
  }
  return kept.sort((x, y) => x.a0 - y.a0);
}

/** Maximal shared passages of two articles: shingle seeds chained along diagonals, joined across small edits. */
function passages(A: Tokens, B: Tokens): Run[] {
  const runs = seedRuns(A, B);
  if (!runs.length) return [];
  const joined = joinRuns(runs);
  extendRuns(A, B, joined);
  return longestDisjoint(joined);
}

/** An outlet's name key without its spaces: "Associated Press" and "AssociatedPress" compare equal. */
const compactKey = (s: string): string => outletNameKey(s).replace(/ /g, '');

/**
 * True when `syndication` ("Reuters", "The Associated Press", "AP", "Thomson Reuters") names `outlet`, under any of its
 * names: the same outlet, or the outlet's name as whole words of the line's name ("AP" is not in "Japan Today").
 */
function names(syndication: string | null, outlet: string | null): boolean {
  if (!syndication || !outlet) return false;
  if (outletKey(syndication) === outletKey(outlet) || compactKey(syndication) === compactKey(outlet)) return true;
  const o = outletNameKey(outlet);
  return o.length >= 2 && ` ${outletNameKey(syndication)} `.includes(` ${o} `);
}

/** A date-time with a time of day but no zone reads as UTC, so the order never depends on the machine's zone. */
const zoned = (iso: string): string => (/T\d\d:\d\d/.test(iso) && !/(Z|[+-]\d\d:?\d\d)$/i.test(iso) ? `${iso}Z` : iso);

/**
 * Publication order of two ISO dates: -1 when a is earlier, 1 when later, 0 when equal or unknown.
 * Different days decide by day; on the same day only a time of day on both sides decides (a date alone says nothing
 * about which of two same-day reports came first).
 */
function order(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  const timed = a.includes('T') && b.includes('T');
  const ta = Date.parse(timed ? zoned(a) : a.slice(0, 10));
  const tb = Date.parse(timed ? zoned(b) : b.slice(0, 10));
  if (Number.isNaN(ta) || Number.isNaN(tb) || ta === tb) return 0;
  return ta < tb ? -1 : 1;
}

const CREDIT_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alternation(CREDIT.allBefore)})\\s+(?:the\\s+)?$`, 'iu');
const CREDIT_AFTER = new RegExp(`^(?:'s)?\\s*,?\\s*(?:${alternation(CREDIT.allAfter)})(?![\\p{L}\\p{N}])`, 'iu');

/** The outlet's name without a leading "The", or null when too short to look for in running text. */
function outletName(outlet: string | null): string | null {
  const o = outlet?.replace(/^the\s+/i, '').trim();
  return o && o.length >= 3 ? o : null;
}

/**
 * The pattern of `outlet` named as a whole phrase (case-insensitive), or null when the name is too short to look for;
 * compiled once per name (bounded memo: a run sees few outlets).
 */
const mentionPattern = boundedMemo(4096, (outlet: string): RegExp | null => {
  const o = outletName(outlet);
  // "The Hill", "The Times": one word after "The" is too often a surname or a common word, so the "the" must be there too.
  const needsThe = /^the\s/i.test(outlet) && !/\s/.test(o ?? ' ');
  return o ? new RegExp(`(?<${needsThe ? '=\\bthe\\s+' : '![\\p{L}\\p{N}]'})${escapeRegExp(o).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu') : null;
});

/** [offset, length] of each place where `text` names `outlet` as a whole phrase (case-insensitive). */
function mentionsAt(text: string, outlet: string): Array<[number, number]> {
  const re = mentionPattern(outlet);
  return re ? execAll(re, text).map((m) => [m.index, m[0].length]) : [];
}

/**
 * How `text` refers to `outlet`: 'credit' when it names it as a source ("according to Meridian Press",
 * "Meridian Press reported", a "(Meridian Press)" dateline), 'mention' when it only names it, null when not at all.
 */
export function creditOf(text: string, outlet: string | null): 'credit' | 'mention' | null {
  // Under any of the outlet's names: an article of The New York Times is credited as "the NYT" too.
  const at = outlet ? namesOf(outlet).flatMap((name) => mentionsAt(text, name)) : [];
  if (!at.length) return null;
  for (const [i, len] of at) {
    const before = text.slice(Math.max(0, i - 40), i);
    const after = text.slice(i + len, i + len + 40);
    if (CREDIT_BEFORE.test(before) || CREDIT_AFTER.test(after)) return 'credit';
    if (CREDIT.parenthesised && /\(\s*(?:the\s+)?$/i.test(before) && /^\s*\)/.test(after)) return 'credit';
  }
  return 'mention';
}

/** Share of `text`'s length inside the spans (which do not overlap). */
const covered = (spans: readonly Span[], length: number): number =>
  length ? Math.round((spans.reduce((n, s) => n + s.end - s.start, 0) / length) * 1e4) / 1e4 : 0;

/**
 * Who copied whom, when it can be told, strongest evidence first: a named syndication source; publication order (by day,
 * or by time of day when both have one); an article crediting the other's outlet as its source ("according to X",
 * an "(X)" dateline); an article lying inside the other's copied passages while the other has more (a trimmed copy);
 * last, an article that merely names the other's outlet. The one crediting, the trimmed one, is the later one.
 */
function direction(a: Article, b: Article, containment: { a: number; b: number } | null): Directed {
  const aFromB = names(a.syndication, b.outlet);
  const bFromA = names(b.syndication, a.outlet);
  if (aFromB !== bFromA) return { direction: aFromB ? 'b->a' : 'a->b', basis: 'syndication' };
  const o = order(a.published, b.published);
  if (o) return { direction: o < 0 ? 'a->b' : 'b->a', basis: 'publication' };
  const aRefs = creditOf(a.text, b.outlet);
  const bRefs = creditOf(b.text, a.outlet);
  if (aRefs === 'credit' || bRefs === 'credit') {
    return aRefs === bRefs ? { direction: null } : { direction: bRefs === 'credit' ? 'a->b' : 'b->a', basis: 'credit' };
  }
  const inside = settings.containment;
  if (containment && (containment.a >= inside) !== (containment.b >= inside)) {
    return { direction: containment.b >= inside ? 'a->b' : 'b->a', basis: 'containment' };
  }
  if (aRefs === 'mention' || bRefs === 'mention') {
    return aRefs === bRefs ? { direction: null } : { direction: bRefs === 'mention' ? 'a->b' : 'b->a', basis: 'mention' };
  }
  return { direction: null };
}

interface Directed {
  direction: 'a->b' | 'b->a' | null;
  basis?: ReuseDirectionBasis;
}

/** The relation of a pair from its containment and rewrite share (null: nothing worth naming). */
function relationOf(spans: number, containment: { a: number; b: number }, rewrite: number): ReuseRelation | null {
  const inA = containment.a >= settings.containment;
  const inB = containment.b >= settings.containment;
  if (inA && inB) return 'copy';
  if (inA || inB) return 'excerpt';
  if (rewrite >= settings.rewrite.share) return 'rewrite';
  return spans ? 'shared-passages' : null;
}

/** One pair's reuse, or null when it shares next to nothing. */
function pairReuse(articles: Article[], toks: Tokens[], story: StoryTerms, i: number, j: number, shared: number, compareSentences: boolean): Reuse | null {
  const A = toks[i]!;
  const B = toks[j]!;
  const smaller = Math.min(A.distinct, B.distinct);
  const verbatim = smaller ? Math.round((shared / smaller) * 1e4) / 1e4 : 0;
  const minShared = Math.max(1, settings.minPassageWords - N + 1);
  const spans: ReuseSpan[] =
    shared >= minShared
      ? passages(A, B).map((r) => ({ a: { start: A.start[r.a0]!, end: A.end[r.a1 - 1]! }, b: { start: B.start[r.b0]!, end: B.end[r.b1 - 1]! } }))
      : [];
  const ai = articles[i]!;
  const bj = articles[j]!;
  const containment = { a: covered(spans.map((s) => s.a), ai.text.length), b: covered(spans.map((s) => s.b), bj.text.length) };
  const rewrite = compareSentences ? rewriteOf(story, i, j) : null;
  const relation = relationOf(spans.length, containment, rewrite?.share ?? 0);
  if (!spans.length && verbatim < settings.minReportedScore && relation !== 'rewrite') return null;
  const directed = spans.length || relation === 'rewrite' ? direction(ai, bj, spans.length ? containment : null) : { direction: null };
  // Sentences told again in order are reuse whether copied or reworded: a light rewrite of a copy scores its rewrite share.
  const told = rewrite && rewrite.share >= settings.rewrite.share ? rewrite.share : 0;
  const score = Math.max(verbatim, told);
  return {
    a: ai.id,
    b: bj.id,
    score,
    spans,
    direction: directed.direction,
    ...(directed.basis ? { directionBasis: directed.basis } : {}),
    verbatim,
    ...(rewrite ? { rewrite: rewrite.share } : {}),
    ...(told ? { rewritten: rewrite!.sentences } : {}),
    containment,
    ...(relation ? { relation } : {}),
  };
}

/**
 * Text reuse between the pairs of articles that share a passage or at least `minReportedScore` of their shingles, or
 * tell the same sentences in the same order (i < j, in the order given); other pairs are left out, so the list grows
 * with the reuse found, not with n². Verbatim: share of the shorter article's distinct word 5-grams also found in the
 * other, and the maximal shared passages as offsets into each article's `text`. Rewrites: reuse/rewrite.ts. Shingles and
 * sentence terms are indexed, so the cost follows what is shared, not the number of pairs compared as text.
 * @param docs the articles' document models (`docs[i]` of `articles[i]`, as stage nlp builds them; built here when not given)
 * @example findReuse([wire, rewrite])[0].score // 0.8
 */
export function findReuse(articles: Article[], docs: readonly Doc[] = articles.map((a) => buildDoc(a.text, a.paragraphs))): Reuse[] {
  const n = articles.length;
  const toks = articles.map((a) => tokenize(a.text));
  const shared = sharedWeights(toks.map((t) => t.positions.keys()), () => 1);
  const story = storyTerms(docs);
  const candidates = new Set(rewriteCandidates(story).map(([i, j]) => i * n + j));
  const out: Reuse[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = shared.get(i, j);
      const compare = candidates.has(i * n + j);
      if (!s && !compare) continue;
      const r = pairReuse(articles, toks, story, i, j, s, compare);
      if (r) out.push(r);
    }
  }
  return out;
}
