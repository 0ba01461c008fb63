// Conflicts between outlets: claims that say the same thing except for a figure, a date, who did it or where.
import type { Conflict, ConflictValue, SourceRef } from '../core/types.js';
import type { ArticleClaim } from '../extract/index.js';
import type { NumberMention } from '../nlp/index.js';
import { generalIdf, matchClaims, matchProfiles, profile, shippedMatcher, type Matcher, type Profile } from './matcher/index.js';
import matcherWords from './data/matcher-words.json' with { type: 'json' };
import words from './data/change-words.json' with { type: 'json' };
import settings from './data/alignment.json' with { type: 'json' };
import cues from './data/conflict-cues.json' with { type: 'json' };
import dateCues from '../nlp/data/dates.json' with { type: 'json' };

const PLACE_PREPS = new Set(cues.placePrepositions);
const DATE_WORDS = new Set([...dateCues.monthWords, ...dateCues.weekdayWords]);
// A run of capitalised words not at the start of the claim: a name as written ("Steve Witkoff", "Kavala").
const NAME_RUN = /(?<=[\s(“"'‘])\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*)*/gu;

interface NameMention {
  start: number;
  end: number;
  text: string;
  place: boolean;
  /** The words right before and after, lower-case: two names only compete for one slot when a neighbour is the same. */
  before: string;
  after: string;
}

/** Names in a claim that no word of the other claim repeats. */
function namesOnlyIn(c: ArticleClaim, other: ArticleClaim): NameMention[] {
  const otherWords = new Set(other.text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean));
  const out: NameMention[] = [];
  for (const m of c.text.matchAll(NAME_RUN)) {
    const tokens = m[0].toLowerCase().split(/[^\p{L}]+/u).filter((t) => t.length > 1 && t !== 'of');
    if (!tokens.length || tokens.some((t) => otherWords.has(t) || DATE_WORDS.has(t))) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (c.dates.some((d) => d.start - c.start < end && start < d.end - c.start)) continue;
    const before = /([\p{L}]+)[\s(“"'‘]*$/u.exec(c.text.slice(0, start))?.[1]?.toLowerCase() ?? '';
    const after = /^[\s)”"'’,]*([\p{L}]+)/u.exec(c.text.slice(end))?.[1]?.toLowerCase() ?? '';
    out.push({ start, end, text: m[0].replace(/[’']s$/u, ''), place: PLACE_PREPS.has(before), before, after });
  }
  return out;
}

const maskSpan = (text: string, n: NameMention): string => `${text.slice(0, n.start)}someone${text.slice(n.end)}`;

const CHANGE = words.change.map((w) => new RegExp(`(?<![\\p{L}])${w.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'iu'));

/** True when the claim itself says its value changed over time ("a revised 19-point version", "now 31 dead"). */
export function marksChange(text: string): boolean {
  return CHANGE.some((re) => re.test(text));
}

/** The claim's text with its numbers and dates replaced by placeholders, so the matcher compares only what they are about. */
function masked(c: ArticleClaim, gap?: string): string {
  const spans = [
    ...c.numbers.map((n) => ({ start: n.start, end: n.end, with: gap ?? (n.unit && !/^[A-Z%]/.test(n.unit) ? `some ${n.unit}` : 'some') })),
    ...c.dates.map((d) => ({ start: d.start, end: d.end, with: gap ?? 'that day' })),
  ].sort((a, b) => b.start - a.start);
  let text = c.text;
  for (const s of spans) {
    const a = s.start - c.start;
    const b = s.end - c.start;
    if (a < 0 || b > text.length) continue;
    text = `${text.slice(0, a)}${s.with}${text.slice(b)}`;
  }
  return text;
}

interface Finding {
  kind: 'count' | 'number' | 'date' | 'actor' | 'place';
  /** What the values measure: the counted unit, '%', a currency, or a date grain. */
  unit: string;
  values: Array<{ claim: number; value: string }>;
}

/** Figures within rounding of each other agree ("15 million" and "15.1 million" doses). */
const roughlyEqual = (x: number, y: number): boolean => Math.abs(x - y) <= settings.roundingTolerance * Math.max(Math.abs(x), Math.abs(y));
const unitKind = (u: string): Finding['kind'] => (/^[a-z]/.test(u) && u !== 'fraction' ? 'count' : 'number');
const numberKey = (n: NumberMention): string => String(Math.round(n.value * 1000) / 1000);

/** Values of one claim that disagree with the other's for the same unit (number) or grain (date). */
function disagreements(a: ArticleClaim, b: ArticleClaim): Array<{ kind: Finding['kind']; unit: string; va: string[]; vb: string[] }> {
  const out: Array<{ kind: Finding['kind']; unit: string; va: string[]; vb: string[] }> = [];
  const units = new Set(a.numbers.flatMap((n) => (n.unit ? [n.unit] : [])));
  for (const u of units) {
    const va = [...new Set(a.numbers.filter((n) => n.unit === u).map(numberKey))];
    const vb = [...new Set(b.numbers.filter((n) => n.unit === u).map(numberKey))];
    if (vb.length && !va.some((v) => vb.some((w) => roughlyEqual(Number(v), Number(w))))) out.push({ kind: unitKind(u), unit: u, va, vb });
  }
  for (const grain of ['day', 'month', 'year'] as const) {
    const va = [...new Set(a.dates.filter((d) => d.grain === grain).map((d) => d.date))];
    const vb = [...new Set(b.dates.filter((d) => d.grain === grain).map((d) => d.date))];
    if (va.length && vb.length && !va.some((v) => vb.includes(v))) out.push({ kind: 'date', unit: grain, va, vb });
  }
  return out;
}

const STOP = new Set(matcherWords.stopwords);
const GENERIC_UNITS = new Set(cues.genericUnits);
const WEAK = new Set(matcherWords.weakWords);

/**
 * Prefixes of the rarer words right after a claim's figures of one unit — what happened to what was counted
 * ("14 people were injured": injur; "17 people for injuries": injur). Words before the figure name sources, not the count.
 */
function frame(c: ArticleClaim, unit: string, matcher: Matcher): Set<string> {
  const out = new Set<string>();
  for (const n of c.numbers) {
    if (n.unit !== unit) continue;
    const near = c.text.slice(n.end - c.start, Math.min(c.text.length, n.end - c.start + settings.frameChars)).toLowerCase();
    for (const w of near.split(/[^\p{L}]+/u)) {
      if (w.length < 5 || STOP.has(w) || WEAK.has(w) || w === unit || singularOf(w) === unit) continue;
      if (generalIdf(w.slice(0, 5), matcher) < settings.frameMinIdf && generalIdf(w, matcher) < settings.frameMinIdf) continue;
      out.add(w.slice(0, 5));
    }
  }
  return out;
}
const singularOf = (w: string): string => (w.endsWith('s') ? w.slice(0, -1) : w);

function sameFrame(a: ArticleClaim, b: ArticleClaim, unit: string, matcher: Matcher): boolean {
  const fa = frame(a, unit, matcher);
  for (const w of frame(b, unit, matcher)) if (fa.has(w)) return true;
  return false;
}

/**
 * The candidate pairs plus, per counted unit, pairs of claims from different outlets that both give a figure in it:
 * two outlets citing different sources ("the emergency service said 14 people were injured" / "the health centre said it
 * treated 17 people for injuries") share few rare words, so blocking alone misses them. Long lists pair near neighbours.
 */
function withUnitPairs(claims: ArticleClaim[], pairs: Array<[number, number]>, outletOf: (article: string) => string): Array<[number, number]> {
  const seen = new Set(pairs.map(([i, j]) => `${i}:${j}`));
  const out = [...pairs];
  const byUnit = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const u of new Set(c.numbers.flatMap((n) => (n.unit ? [n.unit] : [])))) {
      const list = byUnit.get(u);
      if (list) list.push(i);
      else byUnit.set(u, [i]);
    }
  });
  for (const list of byUnit.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < Math.min(list.length, x + 1 + settings.unitWindow); y++) {
        const [i, j] = [list[x]!, list[y]!];
        if (outletOf(claims[i]!.article) === outletOf(claims[j]!.article) || seen.has(`${i}:${j}`)) continue;
        seen.add(`${i}:${j}`);
        out.push([i, j]);
      }
  return out;
}

/** The topic: what the claims say, with the disputed values left out ("At least … were killed when the ferry capsized"). */
function topicOf(context: string): string {
  return context.length > 100 ? `${context.slice(0, 97).replace(/\s+\S*$/, '')} …` : context;
}

/**
 * Conflicts among candidate claim pairs, across outlets, neither claim marking a change over time ("revised", "later"):
 * - figures/dates: different values for the same unit or date grain, and the same context once they are hidden (matcher
 *   score ≥ conflictContextScore) or, for counts, a rare word right after both figures ("14 people were injured" /
 *   "17 people for injuries"); an outlet that states the other's value elsewhere does not dispute it;
 * - actor/place: exactly one differing name on each side, in the same slot, and the claims match with both hidden.
 * @param claims all claims of the story, flat
 * @param pairs candidate pairs (indices into `claims`), e.g. from alignment's blocking
 * @param outletOf the outlet key of an article id (syndicated copies share one)
 * @param matcher the claim matcher (the shipped one by default)
 */
export function detectConflicts(claims: ArticleClaim[], pairs: Array<[number, number]>, outletOf: (article: string) => string, matcher: Matcher = shippedMatcher()): Conflict[] {
  const maskedProfiles = new Map<number, Profile>();
  const prof = (i: number): Profile => {
    let p = maskedProfiles.get(i);
    if (!p) maskedProfiles.set(i, (p = profile(masked(claims[i]!), matcher.model.buckets)));
    return p;
  };
  // Union-find over (unit, claim) so three outlets with three tolls become one conflict.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(x, r);
    return r;
  };
  const union = (x: string, y: string): void => {
    for (const k of [x, y]) if (!parent.has(k)) parent.set(k, k);
    parent.set(find(x), find(y));
  };
  const valuesOf = new Map<string, { kind: Finding['kind']; unit: string; claim: number; values: string[] }>();
  // What each article states anywhere, per unit: an outlet that also gives the other's figure elsewhere does not dispute it.
  const stated = new Map<string, Set<string>>();
  for (const c of claims) {
    const set = stated.get(c.article) ?? new Set<string>();
    for (const n of c.numbers) if (n.unit) set.add(`${n.unit}|${numberKey(n)}`);
    for (const d of c.dates) set.add(`${d.grain}|${d.date}`);
    stated.set(c.article, set);
  }
  const alsoSays = (article: string, unit: string, value: string): boolean => stated.get(article)?.has(`${unit}|${value}`) ?? false;
  // Once per claim, not once per pair: a claim sits in many candidate pairs.
  const changes = claims.map((c) => marksChange(c.text));
  for (const [i, j] of withUnitPairs(claims, pairs, outletOf)) {
    const a = claims[i]!;
    const b = claims[j]!;
    if (outletOf(a.article) === outletOf(b.article) || a.opinion || b.opinion) continue;
    if (changes[i] || changes[j]) continue;
    const na = namesOnlyIn(a, b);
    const nb = namesOnlyIn(b, a);
    const sameSlot = (x: NameMention, y: NameMention): boolean => (x.before !== '' && x.before === y.before) || (x.after !== '' && x.after === y.after);
    if (na.length === 1 && nb.length === 1 && na[0]!.place === nb[0]!.place && sameSlot(na[0]!, nb[0]!)) {
      // Exactly one name differs on each side, and with both hidden the claims match: who did it, or where.
      const kind = na[0]!.place ? 'place' : 'actor';
      if (matchClaims(maskSpan(a.text, na[0]!), maskSpan(b.text, nb[0]!), matcher).score >= cues.nameContextScore) {
        const ka = `${kind}||${i}`;
        const kb = `${kind}||${j}`;
        valuesOf.set(ka, { kind, unit: '', claim: i, values: [na[0]!.text] });
        valuesOf.set(kb, { kind, unit: '', claim: j, values: [nb[0]!.text] });
        union(ka, kb);
      }
    }
    const found = disagreements(a, b)
      .map((d) => ({ ...d, va: d.va.filter((v) => !alsoSays(b.article, d.unit, v)), vb: d.vb.filter((v) => !alsoSays(a.article, d.unit, v)) }))
      .filter((d) => d.va.length && d.vb.length);
    if (!found.length) continue;
    const sameContext = matchProfiles(prof(i), prof(j), matcher).score >= settings.conflictContextScore;
    for (const d of found) {
      // Otherwise the figures must at least count the same thing: a rare word shared right beside both numbers.
      if (!sameContext && (d.kind !== 'count' || GENERIC_UNITS.has(d.unit) || !sameFrame(a, b, d.unit, matcher))) continue;
      const ka = `${d.kind}|${d.unit}|${i}`;
      const kb = `${d.kind}|${d.unit}|${j}`;
      valuesOf.set(ka, { kind: d.kind, unit: d.unit, claim: i, values: d.va });
      valuesOf.set(kb, { kind: d.kind, unit: d.unit, claim: j, values: d.vb });
      union(ka, kb);
    }
  }
  const groups = new Map<string, string[]>();
  for (const k of valuesOf.keys()) {
    const r = find(k);
    const list = groups.get(r);
    if (list) list.push(k);
    else groups.set(r, [k]);
  }
  const conflicts: Conflict[] = [];
  for (const keys of groups.values()) {
    const members = keys.map((k) => valuesOf.get(k)!);
    const first = members[0]!;
    // Keyed by the normalised value, so "28 dead" and "twenty-eight dead" are one value, shown as first written.
    const byValue = new Map<string, { label: string; sources: SourceRef[] }>();
    for (const m of members) {
      const c = claims[m.claim]!;
      for (const v of m.values) {
        const entry = byValue.get(v) ?? { label: labelOf(c, m.kind, m.unit, v), sources: [] };
        if (!entry.sources.some((s) => s.article === c.article && s.start === c.start)) entry.sources.push({ article: c.article, start: c.start, end: c.end });
        byValue.set(v, entry);
      }
    }
    if (byValue.size < 2) continue;
    const values: ConflictValue[] = [...byValue.values()].map(({ label, sources }) => ({ value: label, sources }));
    values.sort((x, y) => y.sources.length - x.sources.length || x.value.localeCompare(y.value));
    const context = first.kind === 'actor' || first.kind === 'place' ? maskName(claims[first.claim]!, first.values[0] ?? '') : masked(claims[first.claim]!, '…');
    conflicts.push({ topic: topicOf(context), kind: first.kind, values });
  }
  return conflicts;
}

function maskName(c: ArticleClaim, name: string): string {
  const at = c.text.indexOf(name);
  return at < 0 ? c.text : `${c.text.slice(0, at)}…${c.text.slice(at + name.length)}`;
}

/** How a value reads in the conflict: the mention as written ("28 dead", "Oct. 14"), else the normalised value. */
function labelOf(c: ArticleClaim, kind: Finding['kind'], unit: string, value: string): string {
  if (kind === 'date' || kind === 'actor' || kind === 'place') return value;
  const n = c.numbers.find((x) => x.unit === unit && numberKey(x) === value);
  return n ? n.text : value;
}
