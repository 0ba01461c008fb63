// What every conflict detector reads: the story's claims, the matcher, what each article states, and the detector shape.
import type { ConflictKind } from '../../core/types.js';
import type { ArticleClaim, DateMention, NumberMention } from '../../core/facts.js';
import type { Doc } from '../../nlp/index.js';
import { matchProfiles, profile, profileSpan, type Mask, type Matcher, type Profile } from '../matcher/index.js';
import words from '../data/change-words.json' with { type: 'json' };
import settings from '../data/alignment.json' with { type: 'json' };
import cues from '../data/conflict-cues.json' with { type: 'json' };

/** Two claims of different outlets that may dispute a value: indices into the story's claims, and the claims. */
export interface ConflictPair {
  i: number;
  j: number;
  a: ArticleClaim;
  b: ArticleClaim;
  /** Proposed by an event's own pairing (a name dated on both sides, a stay and an end), not blocking: read by the detectors that say `anyPair`. */
  extra?: boolean;
}

/** What one detector finds in one pair: the values each claim gives for one unit or grain, where they disagree. */
export interface Finding {
  /** What the values measure: the counted unit, '%', a currency, a date grain; '' when there is nothing to measure (a name). */
  unit: string;
  /** The first claim's values (normalised: "28", "2025-10-14", "Kavala"). */
  a: string[];
  /** The second claim's values. */
  b: string[];
  /** Where the finding sorts among its pair's findings, so conflicts are listed in the order they are first met (`findingRank`). */
  rank: number;
  /** How far the finding is to be trusted, 0..1 (conflict-cues.json `confidence`, by rule). */
  confidence: number;
}

/** One kind of conflict: how to find it in a pair, and how its values and topic read. */
export interface ConflictDetector {
  readonly kind: ConflictKind;
  /** Also reads pairs that blocking did not propose (`ConflictPair.extra`): the detector checks sameness itself. */
  readonly anyPair?: boolean;
  /** The values the two claims give differently, one finding per unit or grain; none when they agree or talk of different things. */
  detect(pair: ConflictPair, ctx: ConflictContext): Finding[];
  /** How a value reads in the conflict ("28 dead" as written); the normalised value when absent. */
  label?(claim: ArticleClaim, unit: string, value: string): string;
  /** The claim with the disputed value left out, before shortening; every figure and date masked with '…' when absent. */
  topic?(claim: ArticleClaim, value: string): string;
}

/** One day a claim puts something on (read by conflicts/timed.ts), and what identifies that something. */
export interface TimedEvent {
  /** The date mention (article offsets), day grain. */
  mention: DateMention;
  /** Lower-case names in the date's clause: "the House on Thursday" -> house. */
  anchors: Set<string>;
  /** Stems of the claim's rare content words, names aside: what happened ("overrid", "announc"). */
  words: Set<string>;
  /** The rare words next to the date in its clause (`words` when none): what happened that day ("Kim's announcement Saturday"). */
  near: Set<string>;
  /** Hours of the day the mention allows, [from, to), when it gives a clock time or a part of the day. */
  hours: readonly [number, number] | null;
}

/** One story's claims and what the detectors share; built once by `conflictContext`. */
export interface ConflictContext {
  readonly claims: readonly ArticleClaim[];
  readonly matcher: Matcher;
  /** The outlet key of an article id (syndicated copies share one). */
  readonly outletOf: (article: string) => string;
  /** Per article, `unit|value` of every figure and date it states anywhere. */
  readonly stated: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per claim, whether it says its value changed over time ("revised", "now"): computed once, a claim sits in many pairs. */
  readonly changes: readonly boolean[];
  /** Per claim, whether it is a quotation (`quotedClaims`): a source's words, not the outlet's. */
  readonly quoted: readonly boolean[];
  /** Profiles of the claims with their figures and dates masked, made when first asked for. */
  readonly maskedProfiles: Map<number, Profile>;
  /** Per pair (`i:j`), whether the claims match with their figures and dates masked. */
  readonly contexts: Map<string, boolean>;
  /** The Doc of each article id, when the caller has them: masked claims are then profiled from its tokens. */
  readonly docs: ReadonlyMap<string, Doc>;
  /** Per claim, the days it puts events on (conflicts/timed.ts), made when first asked for. */
  readonly timed: Map<number, TimedEvent[]>;
}

// Case-sensitive: a capitalised change word inside a sentence is part of a name ("New Jersey", "Final Four").
// "his final day in office": a change word inside a stay's end phrase (conflict-cues.json endWords) dates a departure.
const END_PHRASES = new RegExp(`(?<![\\p{L}])(?:${cues.endWords.filter((w) => w.includes(' ')).join('|')})(?![\\p{L}])`, 'giu');
// "as had been previously scheduled": the value keeps to its schedule (change-words.json keptSchedule*), it did not move.
const alt = (ws: readonly string[]): string => ws.map((w) => w.replace(/ /g, '\\s+')).join('|');
const KEPT_SCHEDULE = new RegExp(`(?<![\\p{L}])(?:${alt(words.keptScheduleLeads)})\\s+(?:${alt(words.keptScheduleWhen)})\\s+(?:${alt(words.keptScheduleVerbs)})(?![\\p{L}])`, 'giu');
// "now President Trump's nominee": a present title, not a changed value (change-words.json roleWords).
const ROLE = new RegExp(`(?<![\\p{L}])(?:${alt(words.roleWords)})(?=\\s+\\p{Lu})`, 'gu');
// One pattern for the whole list (a text holds a change word when any alternative matches somewhere): one scan of a
// claim instead of one per word.
const CHANGE = new RegExp(`(?<![\\p{L}])(?:${words.change.map((w) => `(?:${w.replace(/ /g, '\\s+')})`).join('|')})(?![\\p{L}])`, 'u');

/**
 * True when the claim itself says its value changed over time ("a revised 19-point version", "now 31 dead"); a change
 * word capitalised inside the sentence is a name ("in Livingston, New Jersey"), one inside an end phrase ("his final
 * day in office") dates a departure, and neither one saying the value keeps to its schedule ("as originally scheduled")
 * nor one giving a present title ("now President Trump's nominee") marks a change.
 * @example marksChange('The revised plan has 19 points') === true
 */
export function marksChange(text: string): boolean {
  // The opening word counts, unless a capitalised word follows it ("New Jersey Gov. …"); an end phrase is no change.
  const opened = text.replace(/^\p{Lu}(?=\p{Ll}*[\s,]+[^\p{Lu}])/u, (c) => c.toLowerCase()).replace(END_PHRASES, ' ').replace(KEPT_SCHEDULE, ' ').replace(ROLE, ' ');
  return CHANGE.test(opened);
}

// A quotation in a claim: an opening mark, at least a few words, the closing mark.
const QUOTATION = /[“"]([^“”"]{12,})[”"]/gu;
const bare = (text: string): string => text.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();

/**
 * Per claim, whether it is a quotation: it opens with a quotation mark, or repeats word for word what its article
 * quotes elsewhere (an embedded post printed under the quote that introduces it).
 * @example quotedClaims([{ text: '“We met last week,” he wrote', … }, { text: 'We met last week', … }]) // [true, true]
 */
export function quotedClaims(claims: readonly ArticleClaim[]): boolean[] {
  const quotes = new Map<string, string[]>();
  for (const c of claims) for (const m of c.text.matchAll(QUOTATION)) quotes.set(c.article, [...(quotes.get(c.article) ?? []), bare(m[1]!)]);
  return claims.map((c) => {
    if (/^[“"]/u.test(c.text.trim())) return true;
    const text = bare(c.text);
    return text.length >= 12 && (quotes.get(c.article) ?? []).some((q) => q.includes(text));
  });
}

/** A figure's normalised value: "15.1 million" and "15,100,000" are one key. */
export const numberKey = (n: NumberMention): string => String(Math.round(n.value * 1000) / 1000);

/** Date grains compared, in the order their findings are listed. */
export const GRAINS = ['day', 'month', 'year'] as const;

/** The units a claim gives figures in, in the order it first gives them. */
export const unitsOf = (c: ArticleClaim): string[] => [...new Set(c.numbers.flatMap((n) => (n.unit ? [n.unit] : [])))];

/**
 * A finding's place among its pair's: names first, then figures in the order the first claim gives their units, then
 * dates by grain (day, month, year).
 */
export const findingRank = {
  name: 0,
  figure: (pair: ConflictPair, unit: string): number => 1 + unitsOf(pair.a).indexOf(unit),
  date: (pair: ConflictPair, grain: (typeof GRAINS)[number]): number => 1 + unitsOf(pair.a).length + GRAINS.indexOf(grain),
};

/**
 * The context of one story's conflict detection.
 * @param claims all claims of the story, flat
 * @param matcher the claim matcher
 * @param outletOf the outlet key of an article id
 */
export function conflictContext(
  claims: readonly ArticleClaim[],
  matcher: Matcher,
  outletOf: (article: string) => string,
  docs: ReadonlyMap<string, Doc> = new Map(),
): ConflictContext {
  const stated = new Map<string, Set<string>>();
  for (const c of claims) {
    const set = stated.get(c.article) ?? new Set<string>();
    for (const n of c.numbers) if (n.unit) set.add(`${n.unit}|${numberKey(n)}`);
    for (const d of c.dates) set.add(`${d.grain}|${d.date}`);
    stated.set(c.article, set);
  }
  const changes = claims.map((c) => marksChange(c.text));
  return { claims, matcher, outletOf, stated, changes, quoted: quotedClaims(claims), maskedProfiles: new Map(), contexts: new Map(), docs, timed: new Map() };
}

/**
 * Does claim `other`'s article give `value` elsewhere? Then the claim does not dispute it, unless the claim is a quotation:
 * what an outlet says in its own voice does not take back what it prints a source saying ("met … last week," he tweeted).
 * @param other the index of the claim whose article is asked
 */
export const alsoSays = (ctx: ConflictContext, other: number, unit: string, value: string): boolean =>
  !ctx.quoted[other] && (ctx.stated.get(ctx.claims[other]!.article)?.has(`${unit}|${value}`) ?? false);

/**
 * The claim's text with its numbers and dates replaced by placeholders, so the matcher compares only what they are about.
 * @param gap what each value becomes (default: "some <unit>" for figures, "that day" for dates)
 */
export function masked(c: ArticleClaim, gap?: string): string {
  let text = c.text;
  for (const s of [...valueMasks(c, gap)].sort((a, b) => b.start - a.start)) {
    const a = s.start - c.start;
    const b = s.end - c.start;
    if (a < 0 || b > text.length) continue;
    text = `${text.slice(0, a)}${s.with}${text.slice(b)}`;
  }
  return text;
}

/** The claim's figures and dates as masks (article offsets) and what each reads as. */
function valueMasks(c: ArticleClaim, gap?: string): Mask[] {
  return [
    ...c.numbers.map((n) => ({ start: n.start, end: n.end, with: gap ?? (n.unit && !/^[A-Z%]/.test(n.unit) ? `some ${n.unit}` : 'some') })),
    ...c.dates.map((d) => ({ start: d.start, end: d.end, with: gap ?? 'that day' })),
  ];
}

/**
 * The profile of claim `c` with `masks` read as their words: from its article's Doc when the context has it (the text is
 * not read again), else from the masked text.
 */
export function maskedClaimProfile(ctx: ConflictContext, c: ArticleClaim, masks: readonly Mask[]): Profile {
  const doc = ctx.docs.get(c.article);
  if (doc && doc.text.slice(c.start, c.end) === c.text) return profileSpan(doc, c.start, c.end, ctx.matcher.model.buckets, masks);
  let text = c.text;
  for (const m of [...masks].sort((a, b) => b.start - a.start)) text = `${text.slice(0, m.start - c.start)}${m.with}${text.slice(m.end - c.start)}`;
  return profile(text, ctx.matcher.model.buckets);
}

function maskedProfile(ctx: ConflictContext, i: number): Profile {
  let p = ctx.maskedProfiles.get(i);
  if (!p) {
    const c = ctx.claims[i]!;
    const masks = valueMasks(c).filter((m) => m.start >= c.start && m.end <= c.end);
    ctx.maskedProfiles.set(i, (p = maskedClaimProfile(ctx, c, masks)));
  }
  return p;
}

/** Do the two claims say the same thing once their figures and dates are hidden (score ≥ conflictContextScore)? */
export function sameContext(ctx: ConflictContext, pair: ConflictPair): boolean {
  const key = `${pair.i}:${pair.j}`;
  let same = ctx.contexts.get(key);
  if (same === undefined) {
    same = matchProfiles(maskedProfile(ctx, pair.i), maskedProfile(ctx, pair.j), ctx.matcher).score >= settings.conflictContextScore;
    ctx.contexts.set(key, same);
  }
  return same;
}
