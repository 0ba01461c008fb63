// Name conflicts: claims that say the same thing except who did it (actor) or where (place).
import type { ArticleClaim } from '../../core/facts.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../nlp/index.js';
import { matchProfiles, type Profile } from '../matcher/index.js';
import { findingRank, maskedClaimProfile, type ConflictContext, type ConflictDetector, type ConflictPair, type Finding } from './context.js';
import cues from '../data/conflict-cues.json' with { type: 'json' };
import { execAll } from '../../core/util/regex.js';

const PLACE_PREPS = new Set(cues.placePrepositions);
const DATE_WORDS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);
// A run of capitalised words not at the start of the claim: a name as written ("Steve Witkoff", "Kavala").
const NAME_RUN = /(?<=[\s(“"'‘])\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*)*/gu;

/** A name in one claim, with offsets relative to the claim's text. */
interface NameMention {
  start: number;
  end: number;
  text: string;
  /** Written after a place preposition ("in Kavala"). */
  place: boolean;
  /** The words right before and after, lower-case: two names only compete for one slot when a neighbour is the same. */
  before: string;
  after: string;
}

/** A claim's names (outside its dates) with their lower-case words, and the claim's lower-case words. */
interface ClaimNames {
  names: Array<{ mention: NameMention; tokens: string[] }>;
  words: Set<string>;
}

const OPENING = /[\s(“"'‘]/;
const LETTER = /\p{L}/u;

/**
 * The word right before `end`, past spaces and opening marks ("met with (Kim" -> "with"); '' when a mark of another
 * kind comes first ("Mr. Kim" -> ''). What /(\p{L}+)[\s(“"'‘]*$/u finds in text.slice(0, end), read backwards from `end`
 * instead of tried from every position of the slice (that regex cost more than the rest of the claim's names).
 */
function wordBefore(text: string, end: number): string {
  let to = end;
  while (to > 0 && OPENING.test(text[to - 1]!)) to--;
  let from = to;
  while (from > 0) {
    // One code point back: a letter outside the BMP is a surrogate pair.
    const low = text.charCodeAt(from - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && from >= 2 && text.charCodeAt(from - 2) >= 0xd800 && text.charCodeAt(from - 2) <= 0xdbff ? 2 : 1;
    if (!LETTER.test(text.slice(from - width, from))) break;
    from -= width;
  }
  return text.slice(from, to);
}

/** Per claim, what `namesOnlyIn` reads of it: read once, a claim sits in many pairs. */
const namesCache = new WeakMap<ArticleClaim, ClaimNames>();

function claimNames(c: ArticleClaim): ClaimNames {
  const cached = namesCache.get(c);
  if (cached) return cached;
  const names: ClaimNames['names'] = [];
  for (const m of execAll(NAME_RUN, c.text)) {
    const tokens = m[0].toLowerCase().split(/[^\p{L}]+/u).filter((t) => t.length > 1 && t !== 'of');
    if (!tokens.length || tokens.some((t) => DATE_WORDS.has(t))) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (c.dates.some((d) => d.start - c.start < end && start < d.end - c.start)) continue;
    const before = wordBefore(c.text, start).toLowerCase();
    const after = /^[\s)”"'’,]*([\p{L}]+)/u.exec(c.text.slice(end))?.[1]?.toLowerCase() ?? '';
    names.push({ tokens, mention: { start, end, text: m[0].replace(/[’']s$/u, ''), place: PLACE_PREPS.has(before), before, after } });
  }
  const out = { names, words: new Set(c.text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean)) };
  namesCache.set(c, out);
  return out;
}

/** Names in a claim that no word of the other claim repeats (month and weekday names and dates aside). */
function namesOnlyIn(c: ArticleClaim, other: ArticleClaim): NameMention[] {
  const otherWords = claimNames(other).words;
  return claimNames(c).names.flatMap(({ mention, tokens }) => (tokens.some((t) => otherWords.has(t)) ? [] : [mention]));
}

/** Both claims give days and share none: another name on another day is another event ("the Senate on Wednesday"). */
function differentDays(a: ArticleClaim, b: ArticleClaim): boolean {
  const days = (c: ArticleClaim) => c.dates.filter((d) => d.grain === 'day').map((d) => d.date);
  const da = days(a);
  const db = days(b);
  return da.length > 0 && db.length > 0 && !da.some((d) => db.includes(d));
}

/**
 * The one name each claim of a pair has that the other lacks; null when either has none or several, or when the claims
 * put their events on different days. Read once per pair: the actor and the place detectors both ask.
 */
function loneNames(pair: ConflictPair): { x: NameMention; y: NameMention } | null {
  let lone = loneCache.get(pair);
  if (lone === undefined) {
    const na = differentDays(pair.a, pair.b) ? [] : namesOnlyIn(pair.a, pair.b);
    const nb = na.length === 1 ? namesOnlyIn(pair.b, pair.a) : [];
    lone = na.length === 1 && nb.length === 1 ? { x: na[0]!, y: nb[0]! } : null;
    loneCache.set(pair, lone);
  }
  return lone;
}
const loneCache = new WeakMap<ConflictPair, { x: NameMention; y: NameMention } | null>();

const sameSlot = (x: NameMention, y: NameMention): boolean => (x.before !== '' && x.before === y.before) || (x.after !== '' && x.after === y.after);

/** Per story, claim `i` with a name hidden, keyed `i:start:end`: a claim's lone name is hidden again in its other pairs. */
const hiddenProfiles = new WeakMap<ConflictContext, Map<string, Profile>>();

function hidden(ctx: ConflictContext, i: number, n: NameMention): Profile {
  let byKey = hiddenProfiles.get(ctx);
  if (!byKey) hiddenProfiles.set(ctx, (byKey = new Map()));
  const key = `${i}:${n.start}:${n.end}`;
  let p = byKey.get(key);
  if (!p) {
    const c = ctx.claims[i]!;
    byKey.set(key, (p = maskedClaimProfile(ctx, c, [{ start: c.start + n.start, end: c.start + n.end, with: 'someone' }])));
  }
  return p;
}

/**
 * The one name each claim has that the other lacks, when both sit in the same slot and are both places or both not,
 * and the claims match with the names hidden; null otherwise, and when the claims put their events on different days.
 */
function nameDispute(pair: ConflictPair, ctx: ConflictContext, place: boolean): Finding | null {
  const lone = loneNames(pair);
  if (!lone) return null;
  const { x, y } = lone;
  if (x.place !== place || y.place !== place || !sameSlot(x, y)) return null;
  if (matchProfiles(hidden(ctx, pair.i, x), hidden(ctx, pair.j, y), ctx.matcher).score < cues.nameContextScore) return null;
  return { unit: '', a: [x.text], b: [y.text], rank: findingRank.name, confidence: cues.confidence[place ? 'place' : 'actor'] };
}

/** The claim with the name left out. */
function maskName(c: ArticleClaim, name: string): string {
  const at = c.text.indexOf(name);
  return at < 0 ? c.text : `${c.text.slice(0, at)}…${c.text.slice(at + name.length)}`;
}

/** Who did it: one differing name on each side, not after a place preposition. */
export const actorDetector: ConflictDetector = {
  kind: 'actor',
  detect: (pair, ctx) => [nameDispute(pair, ctx, false)].filter((f): f is Finding => f !== null),
  topic: maskName,
};

/** Where: one differing name on each side, after a place preposition ("in Kavala" / "in Drama"). */
export const placeDetector: ConflictDetector = {
  kind: 'place',
  detect: (pair, ctx) => [nameDispute(pair, ctx, true)].filter((f): f is Finding => f !== null),
  topic: maskName,
};
