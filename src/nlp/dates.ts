// Date mentions of one text, resolved against the article's publication date with news conventions (pure: no clock).
import type { Component, ParsedResult } from 'chrono-node';
import cues from './data/dates.json' with { type: 'json' };
import { checkedList } from '../core/util/lists.js';
import { findHolidays, holidayDay } from './holidays.js';
import { parseCasual } from './date-parser.js';
import type { DateMention } from '../core/facts.js';
import { escapeRegExp, execAll } from '../core/util/regex.js';

// The mention type is the stages' shared contract (core/facts.ts); re-exported so readers of nlp find it here too.
export type { DateMention };

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;
const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));
const FORWARD = lower(cues.forwardWeekdayCues);
const BACKWARD = lower(cues.backwardWeekdayCues);
const WEEK_AHEAD = checkedList('nlp/data/dates.json#weekAheadAfter', cues.weekAheadAfter).map((w) => w.toLowerCase());
/** True when the words right after a weekday put it in the week to come ("on Friday in the week ahead"). */
const weekAheadAfter = (text: string, end: number): boolean => {
  const after = text.slice(end, end + 40).toLowerCase().replace(/^[\s,]+/, '');
  return WEEK_AHEAD.some((w) => after.startsWith(w));
};
const SKIP_TEXTS = lower(cues.skipTexts);
const DURATION = lower(cues.durationUnits);
const MONTH_WORDS = lower(cues.monthWords);
const WEEKDAYS = lower(cues.weekdayWords);
/** Month names and their abbreviations, lower-case, in calendar order (full names first): the one month list. */
export const MONTH_NAMES: readonly string[] = checkedList('nlp/data/dates.json#monthWords', cues.monthWords);
/** Weekday names and their abbreviations, lower-case (full names first): the one weekday list. */
export const WEEKDAY_NAMES: readonly string[] = checkedList('nlp/data/dates.json#weekdayWords', cues.weekdayWords);
const PERIOD_UNITS = lower(cues.periodUnits);
const AGO = lower(cues.agoWords);
const PERIOD_ANCHORS = lower(cues.periodAnchors);
const WEEK_UNITS = lower(cues.weekUnits);
const RELATIVE_DAYS = lower(checkedList('nlp/data/dates.json#relativeDayWords', cues.relativeDayWords));

/** Does a mention hold a date word (a figure, month, weekday, period unit, "today"…)? Chrono also reads "the D" of "D.C.". */
const hasDateWord = (raw: string, words: readonly string[]): boolean =>
  /\d/.test(raw) || words.some((w) => MONTH_WORDS.has(w) || WEEKDAYS.has(w) || PERIOD_UNITS.has(w) || RELATIVE_DAYS.has(w));
/** Any word `hasDateWord` accepts, anywhere in a lower-case text (one scan instead of one per word). */
const DATE_WORD_INSIDE = new RegExp([...new Set([...MONTH_WORDS, ...WEEKDAYS, ...PERIOD_UNITS, ...RELATIVE_DAYS])].map(escapeRegExp).join('|'));
/**
 * Can any mention of `text` pass `hasDateWord`? Not without a figure or a date word inside its lower-cased text (as a
 * substring, so that a match chrono might cut inside a word counts too): most sentences of a story have neither, and
 * chrono is the costliest reader of the document model. Exact: a text this rejects has no date mention.
 */
const mayHoldDate = (text: string): boolean => {
  if (/\d/.test(text)) return true;
  return DATE_WORD_INSIDE.test(text.toLowerCase());
};
// Built from the data list so the logic never hides the words in a regex literal.
const BARE_YEAR = new RegExp(
  `\\b(?:${cues.yearPrepositions.map((w) => w.replace(/[^a-z]/gi, '')).join('|')})(?:\\s+|-)(?:the\\s+year\\s+)?((?:19|20)\\d\\d)\\b(?![,.]?\\d)`,
  'gi',
);
const LEADING_PREP = /^(?:on|in|at|by|since|from|during)\s+/i;
const FUTURE_MARKERS = new Set(checkedList('nlp/data/dates.json#futureMarkers', cues.futureMarkers));
const PAST_MARKERS = new Set(checkedList('nlp/data/dates.json#pastMarkers', cues.pastMarkers));
const NAME_OK_BEFORE = new Set(checkedList('nlp/data/dates.json#monthBeforeNameOk', cues.monthBeforeNameOk));
const REPORTING_PAST = new Set(checkedList('nlp/data/dates.json#reportingPast', cues.reportingPast));

/** The sentence around text[start, end): from the last stop before it to the next one after it. */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  const from = Math.max(...['.', '\n', '?', '!'].map((c) => text.lastIndexOf(c, start - 1))) + 1;
  const stops = ['.', '\n', '?', '!'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  return { from, to: stops.length ? Math.min(...stops) : text.length };
}

/** The tense a word marks: a future marker ("will", "next"), a past one ("was", "since"), or none. */
function tenseOf(word: string): 'future' | 'past' | null {
  if (FUTURE_MARKERS.has(word)) return 'future';
  return PAST_MARKERS.has(word) ? 'past' : null;
}

/** The tense word nearest a year-less date within its sentence and `tenseReachWords` words of it, if any. */
function tenseAround(text: string, start: number, end: number): 'future' | 'past' | null {
  const { from, to } = sentenceAround(text, start, end);
  const words = [...text.slice(from, to).toLowerCase().matchAll(/[a-z’']+/g)].map((m) => ({ w: m[0], at: from + (m.index ?? 0) }));
  const before = words.filter((x) => x.at < start).reverse().slice(0, cues.tenseReachWords);
  const after = words.filter((x) => x.at >= end).slice(0, cues.tenseReachWords);
  for (let i = 0; i < cues.tenseReachWords; i++) {
    // Each word with the one after it in the text: "was" + "leaving" is a plan ("said he was leaving in February").
    for (const [x, next] of [[before[i], before[i - 1]], [after[i], after[i + 1]]] as const) {
      const tense = x ? tenseOf(x.w) : null;
      if (tense === 'past' && next && PLANNED_PROGRESSIVE.has(next.w) && PAST_BE.has(x!.w)) return 'future';
      if (tense) return tense;
    }
  }
  return null;
}

/** A past "be" and a verb of leaving or arriving in -ing after it: a plan told in the past, of a time still to come. */
const PAST_BE = new Set(['was', 'were']);
const PLANNED_PROGRESSIVE = new Set(checkedList('nlp/data/dates.json#plannedProgressives', cues.plannedProgressives));

/**
 * The tense of a bare weekday: the first tense word met walking back from it to its sentence's start, a reporting verb
 * in the past counting as past ("will vote on Tuesday" is future; "said Monday he will resign" and "voted Wednesday"
 * are not). Only words before it: what follows a weekday is usually a later clause ("voted Wednesday, and will …").
 */
function weekdayTense(text: string, start: number): 'future' | 'past' | null {
  const { from } = sentenceAround(text, start, start);
  const words = [...text.slice(from, start).toLowerCase().matchAll(/[a-z’']+/g)].map((m) => m[0]).reverse();
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (REPORTING_PAST.has(w)) return 'past';
    // "they may hit the links again on Wednesday": a modal before a plain verb speaks of what is to come ("may have met"
    // of what was).
    if (MODALS.has(w) && k > 0 && !PERFECT.has(words[k - 1]!)) return 'future';
    const tense = tenseOf(w);
    // "canceled a scheduled interview Monday": the participle describes the interview; the verb before it tells.
    if (tense === 'future' && PARTICIPLE_ED.test(w) && ATTRIBUTIVE.has(words[k + 1] ?? '')) continue;
    if (tense) return tense;
    // A verb in the past ("…, who plans to support the effort, tried on Tuesday"), unless it is a participle that may
    // still speak of the future: a passive after a form of "be" ("will be decided on Tuesday") or with its agent ("is
    // expected on Friday, followed by the House on Monday").
    if (PAST_VERB.test(w) && !BE_FORMS.has(words[k + 1] ?? '') && words[k - 1] !== 'by') return 'past';
  }
  return null;
}

/** A regular past-tense verb form ("tried", "voted", "ensured"); not "-eed" words ("need", "proceed"). */
const PAST_VERB = /^[a-z]{2,}[^e]ed$|^[a-z]+ied$/;
const BE_FORMS = new Set(checkedList('nlp/data/dates.json#passiveBe', cues.passiveBe));
/** "(local time)" right after a weekday: the day as the place of the event counts it. */
const LOCAL_TIME = /^\s*\(?\s*local time\b/i;
const MODALS = new Set(checkedList('nlp/data/dates.json#weekdayModals', cues.weekdayModals));
const PERFECT = new Set(['have', 'had', "'ve", '’ve']);
const ATTRIBUTIVE = new Set(checkedList('nlp/data/dates.json#attributiveDeterminers', cues.attributiveDeterminers));
const PARTICIPLE_ED = /ed$/;
const HALF_START = /^(?:an?\s+)?half\b/i;
const AND_BEFORE = /\band\s+(?:an?\s+)?$/i;

/**
 * The year of a year-less day or month: the reference's, or the year before when that puts it more than
 * `futureWindowDays` after the reference ("October 14" read in January); in a sentence speaking of the future, the first
 * that puts it no earlier than a month before the reference ("will decide by June" read in March is this year's, "will
 * leave on January 1" read on December 23 next year's).
 */
function yearFor(v: Ymd, ref: Ymd, tense: 'future' | 'past' | null): Ymd {
  const refDays = toDays(ref);
  const here = { ...v, y: ref.y };
  if (tense === 'future') return toDays(here) - refDays >= -31 ? here : { ...v, y: ref.y + 1 };
  return toDays(here) - refDays > cues.futureWindowDays ? { ...v, y: ref.y - 1 } : here;
}

/**
 * A month word with no day next to a capitalised word is part of a name ("Theresa May", "April Ryan", "March Madness"),
 * not a date, unless a preposition or determiner leads it ("in May", "last March").
 */
function monthInName(text: string, start: number, end: number): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (before !== undefined && (NAME_OK_BEFORE.has(before.toLowerCase()) || MONTH_WORDS.has(before.toLowerCase()))) return false;
  if (before !== undefined && /^\p{Lu}/u.test(before)) return true;
  const after = /^\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1]?.toLowerCase();
  return after !== undefined && !MONTH_WORDS.has(after) && !WEEKDAYS.has(after);
}
const TRAILING_PUNCT = /[\s,.;:]+$/;

/** Parse 'YYYY-MM-DD…' (date or date-time) into its calendar day, or null. */
function parseReference(reference: string | null): Ymd | null {
  const m = reference ? /^(\d{4})-(\d{2})-(\d{2})/.exec(reference) : null;
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return ymd.m >= 1 && ymd.m <= 12 && ymd.d >= 1 && ymd.d <= 31 ? ymd : null;
}

// Calendar arithmetic in UTC so the machine's time zone never moves a day.
const toDays = (v: Ymd): number => Date.UTC(v.y, v.m - 1, v.d) / DAY_MS;
function fromDays(days: number): Ymd {
  const dt = new Date(days * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
const weekdayOf = (v: Ymd): number => new Date(toDays(v) * DAY_MS).getUTCDay();
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** ISO 8601 week of a day ("2025-W48"): weeks start on Monday, and week 1 holds the year's first Thursday. */
function isoWeek(v: Ymd): string {
  const days = toDays(v);
  const dow = (weekdayOf(v) + 6) % 7; // Monday 0 … Sunday 6
  const thursday = fromDays(days - dow + 3);
  const week = Math.floor((toDays(thursday) - toDays({ y: thursday.y, m: 1, d: 1 })) / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

function format(v: Ymd, grain: DateMention['grain']): string {
  if (grain === 'year') return pad(v.y, 4);
  if (grain === 'week') return isoWeek(v);
  if (grain === 'month') return `${pad(v.y, 4)}-${pad(v.m)}`;
  return `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
}

/** A resolved date moved by whole days ("2025-11-30", -40 -> "2025-10-21"); its day is read from 'YYYY-MM-DD…'. */
export function shiftDay(date: string, days: number): string {
  const v = parseReference(date);
  if (!v) throw new Error(`shiftDay: not a day: ${date}`);
  return format(fromDays(toDays(v) + days), 'day');
}

/**
 * The day that orders a resolved date (`DateMention.date`) among days: a day itself, the first day of a month or year,
 * the Monday of an ISO week ("2026-W11" -> "2026-03-09"); `last` takes the last day of a month or year instead.
 */
export function dayOf(date: string, last = false): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(date);
  if (week) {
    // ISO week 1 is the week of January 4.
    const jan4: Ymd = { y: Number(week[1]), m: 1, d: 4 };
    const monday = toDays(jan4) - ((weekdayOf(jan4) + 6) % 7) + (Number(week[2]) - 1) * 7;
    return format(fromDays(monday + (last ? 6 : 0)), 'day');
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined) return date;
  if (m !== undefined) return format(last ? fromDays(toDays({ y, m: m + 1, d: 1 }) - 1) : { y, m, d: 1 }, 'day');
  return format(last ? { y, m: 12, d: 31 } : { y, m: 1, d: 1 }, 'day');
}

/** Resolve every chrono result against one reference day; null entries are mentions we reject. */
function resolveAll(text: string, ref: Ymd): DateMention[] {
  // Noon local time: chrono reads the reference in local time, and noon keeps every zone on the same calendar day.
  const refDate = new Date(ref.y, ref.m - 1, ref.d, 12);
  const out: Array<{ mention: DateMention; yearKnown: boolean }> = [];
  for (const r of parseCasual(text, refDate)) {
    const mention = resolveOne(text, r, ref);
    if (mention) out.push({ mention, yearKnown: r.start.isCertain('year') });
  }
  return out.map(({ mention, yearKnown }) => (yearKnown ? mention : withSentenceYear(text, mention, out, ref)));
}

/** "between February and December 2017", "from March to May 2020": the joiner from a year-less month to a dated one. */
const RANGE_JOIN = /^\s*(?:and|to|through|until|-|–|—)\s*$/i;
/** "in February of last year": the year a year-less month names in words, relative to the reference. */
const YEAR_WORDS = /^[\p{L}.]+\s+of\s+(last|this|next)\s+year\b/iu;
const YEAR_OFFSET: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

/** A year-less month's year from the dated end of its range, or from "of last/this/next year" after it; null if none. */
function rangeOrWordsYear(text: string, m: DateMention, all: ReadonlyArray<{ mention: DateMention; yearKnown: boolean }>, ref: Ymd): number | null {
  // Chrono's mention may hold the "of" ("February of"): read from the month word on.
  const words = m.grain === 'month' ? YEAR_WORDS.exec(text.slice(m.start, m.end + 20)) : null;
  if (words) return ref.y + YEAR_OFFSET[words[1]!.toLowerCase()]!;
  const end = all.find((x) => x.yearKnown && x.mention.start >= m.end && RANGE_JOIN.test(text.slice(m.end, x.mention.start)));
  if (!end) return null;
  const y = Number(end.mention.date.slice(0, 4));
  // "between November and February 2019": a range runs forward, so a later month than its end is the year before.
  return Number(m.date.slice(5, 7)) > Number(end.mention.date.slice(5, 7)) ? y - 1 : y;
}

/**
 * A year-less month or day takes the year its range or words give ("between February and December 2017", "February of
 * last year"), else the year of a dated mention of the same month in its sentence: "my tenure ends February 28, 2019, …
 * the meeting in February" means February 2019, whatever the reference day suggests.
 */
function withSentenceYear(text: string, m: DateMention, all: ReadonlyArray<{ mention: DateMention; yearKnown: boolean }>, ref: Ymd): DateMention {
  if (m.grain !== 'month' && m.grain !== 'day') return m;
  const y = rangeOrWordsYear(text, m, all, ref);
  if (y !== null) return { ...m, date: `${pad(y, 4)}${m.date.slice(4)}` };
  const { from, to } = sentenceAround(text, m.start, m.end);
  const month = m.date.slice(4, 7);
  const twin = all.find((x) => x.yearKnown && x.mention.start >= from && x.mention.end <= to && x.mention.date.slice(4, 7) === month);
  return twin ? { ...m, date: `${twin.mention.date.slice(0, 4)}${m.date.slice(4)}` } : m;
}

/** "that" right before a month, and what may stand before it when the date is a bare weekday ("That Tuesday", "on that Friday"). */
const THAT_BEFORE = /(?:^|[^\p{L}])(that|That)\s+$/u;
const WEEKDAY_THAT = /(?:^|[.!?]\s+|\b(?:on|by|until|from|since)\s+)that\s+$/iu;

/**
 * Is the date at text[start..] anaphoric: a month without a day after "that" ("was seen that October"; "said that October
 * 14 was the deadline" is a conjunction before a date), or a bare weekday after a
 * "that" opening its sentence or following a preposition ("That Tuesday, he resigned", "by that Friday")? After a
 * verb, "that" before a weekday is a conjunction ("said that Tuesday was the deadline").
 */
function anaphoric(text: string, start: number, weekday: boolean): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  return weekday ? WEEKDAY_THAT.test(before) : THAT_BEFORE.test(before);
}

function resolveOne(text: string, r: ParsedResult, ref: Ymd): DateMention | null {
  const s = r.start;
  const known = (c: Component): boolean => s.isCertain(c);
  const raw = r.text;
  const words = raw.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  if (SKIP_TEXTS.has(raw.toLowerCase().trim()) || !hasDateWord(raw, words)) return null;
  if (words.some((w) => DURATION.has(w))) return null; // "in the past 24 hours": a duration, not a date
  // "Three and a half years ago": chrono reads only "a half years ago" (six months); no date beats a wrong one.
  if (HALF_START.test(raw) && AND_BEFORE.test(text.slice(Math.max(0, r.index - 8), r.index))) return null;
  if (words.some((w) => PERIOD_UNITS.has(w)) && !words.some((w) => AGO.has(w))) {
    // "for 19 days", "the weeks before", "within 30 days" are durations; "last month", "next week" are dates.
    if (!(words.length === 2 && PERIOD_ANCHORS.has(words[0]!) && PERIOD_UNITS.has(words[1]!))) return null;
  }
  if (!known('day') && !known('weekday') && !known('month') && !known('year')) return null; // "at 3pm", "this week"
  // "was seen that October", "That Tuesday, he resigned": the month or day of a time told before, not of the reference.
  if (!known('year') && !known('day') && anaphoric(text, r.index, known('weekday') && !known('month'))) return null;
  // A lone lower-case month word is the verb or noun ("may", "march"), not a date.
  if (!known('day') && !known('year') && words.length === 1 && MONTH_WORDS.has(words[0]!) && raw.trim()[0] === raw.trim()[0]?.toLowerCase())
    return null;
  if (!known('day') && !known('year') && words.length === 1 && MONTH_WORDS.has(words[0]!) && monthInName(text, r.index, r.index + raw.length)) return null;

  let grain: DateMention['grain'];
  let v: Ymd;
  const refDays = toDays(ref);
  if (known('weekday') && !known('day') && !known('month')) {
    // chrono takes the nearest such weekday; news usage means the most recent one unless "next"/"coming" says otherwise.
    const target = s.get('weekday') ?? 0;
    const back = (weekdayOf(ref) - target + 7) % 7;
    if (words.some((w) => FORWARD.has(w)) || weekAheadAfter(text, r.index + raw.length)) v = fromDays(refDays + ((target - weekdayOf(ref) + 7) % 7 || 7));
    else if (words.some((w) => BACKWARD.has(w))) v = fromDays(refDays - (back || 7));
    else if (weekdayTense(text, r.index) === 'future') v = fromDays(refDays + ((target - weekdayOf(ref) + 7) % 7));
    // "announced Saturday (local time)" in a report dated Friday: the day after, where the event's clock runs ahead.
    else if (back === 6 && LOCAL_TIME.test(text.slice(r.index + raw.length, r.index + raw.length + 16))) v = fromDays(refDays + 1);
    else v = fromDays(refDays - back);
    grain = 'day';
  } else {
    const y = s.get('year') ?? ref.y;
    const m = s.get('month') ?? 1;
    const d = s.get('day') ?? 1;
    grain = known('day') ? 'day' : known('month') ? 'month' : 'year';
    // "next week", "last week": only the week is known, whatever day chrono picked inside it.
    if (words.length === 2 && PERIOD_ANCHORS.has(words[0]!) && WEEK_UNITS.has(words[1]!)) grain = 'week';
    v = { y, m, d: grain === 'day' || grain === 'week' ? d : 1 };
    // Year from the reference and the sentence's tense: "October 14" read in January was last year's, "will decide by
    // June" read in March is this year's.
    if (!known('year') && grain !== 'year') v = yearFor(v, ref, tenseAround(text, r.index, r.index + raw.length));
  }

  let start = r.index;
  let shown = raw;
  const lead = LEADING_PREP.exec(shown);
  if (lead) {
    start += lead[0].length;
    shown = shown.slice(lead[0].length);
  }
  shown = shown.replace(TRAILING_PUNCT, '');
  if (!shown) return null;
  return { start, end: start + shown.length, text: text.slice(start, start + shown.length), date: format(v, grain), grain };
}

/**
 * Named days ("over Easter weekend", "on Christmas Eve") as days: in the reference's year, or the year before when that
 * puts them more than `futureWindowDays` after the reference; in a sentence speaking of the future, the first that puts
 * them no earlier than a month before the reference (as `yearFor` does for year-less dates).
 */
function namedDays(text: string, ref: Ymd): DateMention[] {
  const refDays = toDays(ref);
  return findHolidays(text).map((h) => {
    const tense = tenseAround(text, h.start, h.end);
    let day = holidayDay(h.holiday, ref.y);
    if (tense === 'future' && day - refDays < -31) day = holidayDay(h.holiday, ref.y + 1);
    else if (tense !== 'future' && day - refDays > cues.futureWindowDays) day = holidayDay(h.holiday, ref.y - 1);
    return { start: h.start, end: h.end, text: h.text, date: format(fromDays(day), 'day'), grain: 'day' as const };
  });
}

/** Bare years after a preposition ("in 2014", "since 2022"), which chrono leaves alone. */
function bareYears(text: string, taken: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of execAll(BARE_YEAR, text)) {
    const year = m[1]!;
    const start = (m.index ?? 0) + m[0].length - year.length;
    const end = start + year.length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    out.push({ start, end, text: year, date: year, grain: 'year' });
  }
  return out;
}

// Two far-apart reference days: a mention that resolves the same against both does not depend on the reference.
const PROBE_A: Ymd = { y: 2003, m: 3, d: 12 };
const PROBE_B: Ymd = { y: 2011, m: 9, d: 22 };

/**
 * Date mentions of `text`, resolved against the publication date.
 * @param text an article's cleaned text (offsets point into it)
 * @param reference ISO publication date or date-time; null keeps only absolute dates that carry a year
 * @example findDates('Talks began on Wednesday.', '2025-11-20')[0].date === '2025-11-19'
 */
export function findDates(text: string, reference: string | null): DateMention[] {
  let byRef = recent.get(text);
  if (!byRef) {
    if (recent.size >= RECENT_TEXTS) recent.clear();
    recent.set(text, (byRef = new Map()));
  }
  // An article without a date passes `undefined` (claims) or null (the timeline's story anchor): one key.
  const key = reference ?? null;
  let found = byRef.get(key);
  if (!found) byRef.set(key, (found = readDates(text, key)));
  // Copies: a caller may keep or change what it is given.
  return found.map((m) => ({ ...m }));
}

/**
 * Texts whose dates were read lately, per reference: the claims stage and the timeline's story anchor read each article
 * with the same reference, and chrono is the costliest reader of the document model. Bounded: emptied when full.
 */
const recent = new Map<string, Map<string | null, DateMention[]>>();
const RECENT_TEXTS = 256;

function readDates(text: string, reference: string | null): DateMention[] {
  // Neither chrono's mentions nor the bare years ("in 2014", a figure) can pass without a date cue.
  if (!mayHoldDate(text)) return [];
  const ref = parseReference(reference);
  let found: DateMention[];
  if (ref) {
    // A named day is read whole: chrono reads the "weekend" of "Easter weekend" as the weekend nearest the reference.
    const named = namedDays(text, ref);
    found = [...resolveAll(text, ref).filter((d) => !named.some((n) => n.start < d.end && d.start < n.end)), ...named];
  } else {
    // The second probe only confirms what the first found: most sentences with a date cue hold no date at all.
    const a = resolveAll(text, PROBE_A);
    const b = a.length ? new Set(resolveAll(text, PROBE_B).map((d) => `${d.start}:${d.end}:${d.date}`)) : new Set<string>();
    found = a.filter((d) => b.has(`${d.start}:${d.end}:${d.date}`));
  }
  return [...found, ...bareYears(text, found)].sort((x, y) => x.start - y.start);
}
