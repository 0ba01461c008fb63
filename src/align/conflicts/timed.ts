// When a claim puts an event: each day it names, with the names in that date's clause (who or where), the claim's rare
// words (what happened) and the time of day it gives, so two outlets' days for one event can be compared.
import type { ArticleClaim } from '../../core/facts.js';
import { MONTH_NAMES, POS_TAGS, tokensIn, WEEKDAY_NAMES } from '../../nlp/index.js';
import { generalIdf } from '../matcher/index.js';
import { endOf } from './ends.js';
import { maskedClaimProfile, type ConflictContext, type TimedEvent } from './context.js';
import matcherWords from '../data/matcher-words.json' with { type: 'json' };
import cues from '../data/conflict-cues.json' with { type: 'json' };
import { execAll } from '../../core/util/regex.js';

export type { TimedEvent };

const NOT_ANCHORS = new Set([
  ...matcherWords.stopwords,
  ...matcherWords.weakWords,
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  ...cues.titleWords,
]);
const WEAK = new Set(matcherWords.weakWords);
const LIGHT = new Set(matcherWords.lightVerbs);
const PARTS_OF_DAY: ReadonlyArray<readonly [string, number, number]> = cues.partsOfDay.map((p) => [p.word, p.from, p.to] as const);
const CLAUSE_BREAKS = new Set(cues.clauseBreaks);
const PLACE_PREPS = new Set(cues.placePrepositions);
const BOUNDS = new Set(cues.boundPrepositions);
const REPORTING = new Set(cues.reportingWords);
// A clock time as written in news copy: "11am", "7 p.m.", "10:30 a.m.".
const CLOCK = /\b(\d{1,2})(?::(\d\d))?\s*([ap])\.?\s?m\b\.?/i;

/** The clause around [start, end) of `text` (claim-relative): between the nearest clause breaks, punctuation or words. */
function clauseAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(/[,;:()—–]|--|\b[a-z]+\b/g)) {
    const at = m.index ?? 0;
    const isBreak = /^[a-z]+$/.test(m[0]) ? CLAUSE_BREAKS.has(m[0]) : true;
    if (!isBreak) continue;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end && at < to) to = at;
  }
  return { from, to };
}

// A run of capitalised words: one name as written ("Livingston High School", "Michael Steele").
const NAME_RUN = /\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*/gu;
const lastWord = (text: string): string => /([\p{L}]+)[^\p{L}]*$/u.exec(text)?.[1]?.toLowerCase() ?? '';

/** A clause's text, and whether the capitalised run at a clause offset is a name rather than a sentence's first word. */
interface Clause {
  text: string;
  proper: (at: number, length: number) => boolean;
}

/** A few words with a place preposition among them lead from a date to where it happened ("from his hometown of X"). */
function placeBetween(gap: string): boolean {
  const words = gap.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return words.length <= cues.placeReachWords && words.some((w) => PLACE_PREPS.has(w));
}

/**
 * Is the capitalised run at [at, at + length) of the claim a name? With the article's Doc, when a token of it is tagged a
 * proper noun ("Fifteen of the …" opens a sentence, it names no one); without, when it does not open the claim or has
 * more than one word.
 */
function properIn(ctx: ConflictContext, c: ArticleClaim, offset: number): (at: number, length: number) => boolean {
  const doc = ctx.docs.get(c.article);
  // Without tags, a run opening the claim counts only with a second word ("The Assembly": its function word drops out).
  if (!doc || doc.text.slice(c.start, c.end) !== c.text) return (at, length) => offset + at > 0 || /\s/.test(c.text.slice(at + offset, at + offset + length));
  return (at, length) => {
    const [t0, t1] = tokensIn(doc, c.start + offset + at, c.start + offset + at + length);
    for (let t = t0; t < t1; t++) if (POS_TAGS[doc.tokPos[t]!] === 'PROPN') return true;
    return false;
  };
}

/** The lower-case words of a name that can name someone or somewhere (no function, date or title words). */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}’'-]+/u)
    .map((w) => w.replace(/[’']s?$/u, ''))
    .filter((w) => w.length > 1 && !NOT_ANCHORS.has(w));
}

/**
 * Whose and where the event dated at [start, end) of a clause is: the nearest name before the date (its subject, mostly:
 * "the House on Thursday", "Christie made a public announcement Tuesday afternoon") and the first name after it that
 * follows a place preposition ("… today at 11am from his hometown of Livingston").
 */
function anchorsOf(clause: Clause, start: number, end: number): Set<string> {
  const out = new Set<string>();
  const names = [...execAll(NAME_RUN, clause.text)]
    .map((m) => ({ at: m.index ?? 0, words: clause.proper(m.index ?? 0, m[0].length) ? nameWords(m[0]) : [] }))
    .filter((n) => n.words.length);
  const before = names.filter((n) => n.at < start).pop();
  const after = names.find((n) => n.at >= end && placeBetween(clause.text.slice(end, n.at)));
  for (const n of [before, after]) for (const w of n?.words ?? []) out.add(w);
  return out;
}

/**
 * The words of every capitalised run in a text ("Mr. Mattis" -> mattis; the opening word too, "Mattis’ letter"), for
 * telling whether two claims speak of one person.
 */
export function namesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of execAll(NAME_RUN, text)) for (const w of nameWords(m[0])) out.add(w);
  return out;
}

/**
 * Hours a date mention allows: a clock time ("today at 11am": [11, 12)), else a part of the day ("Tuesday afternoon":
 * [12, 18)); null when it gives neither.
 */
export function hoursOf(text: string): readonly [number, number] | null {
  const clock = CLOCK.exec(text);
  if (clock) {
    const h = (Number(clock[1]) % 12) + (clock[3]!.toLowerCase() === 'p' ? 12 : 0);
    return [h, h + 1];
  }
  const words = text.toLowerCase().split(/[^a-z]+/);
  const part = PARTS_OF_DAY.find(([w]) => words.includes(w));
  return part ? [part[1], part[2]] : null;
}

/** The claim's rare content stems, names, light verbs ('made') and weak words aside: what the claim says happened. */
export function eventWords(ctx: ConflictContext, c: ArticleClaim, anchors: ReadonlySet<string>): Set<string> {
  const p = maskedClaimProfile(ctx, c, c.dates.map((d) => ({ start: d.start, end: d.end, with: ' ' })));
  const out = new Set<string>();
  p.stems.forEach((s, i) => {
    if (!p.content[i] || !/\p{L}/u.test(s) || WEAK.has(p.words[i]!) || LIGHT.has(p.lemmas[i]!) || p.caps.has(s) || anchors.has(p.words[i]!)) return;
    if (generalIdf(s, ctx.matcher) >= cues.eventWordIdf) out.add(s);
  });
  return out;
}

const SEQUENCE = new Set(cues.sequenceWords);
const STOP = new Set(matcherWords.stopwords);

/**
 * Where the words next to a date start and end in its clause [from, to) (claim-relative): `eventReachWords` content
 * words on each side, names, function and weak words passed over ("who will meet Kim next Friday in the border town":
 * meet … border town).
 */
function reachAround(text: string, from: number, to: number, start: number, end: number): { from: number; to: number } {
  const words = [...text.slice(from, to).matchAll(/\p{L}[\p{L}’'-]*/gu)].map((m) => ({ w: m[0], at: from + (m.index ?? 0) }));
  const content = (x: { w: string }) => !/^\p{Lu}/u.test(x.w) && !STOP.has(x.w) && !WEAK.has(x.w) && !LIGHT.has(x.w) && !SEQUENCE.has(x.w);
  const before = words.filter((x) => x.at < start && content(x)).slice(-cues.eventReachWords);
  const after = words.filter((x) => x.at >= end && content(x)).slice(0, cues.eventReachWords);
  const last = after[after.length - 1];
  return { from: before[0]?.at ?? start, to: last ? last.at + last.w.length : end };
}

/**
 * What happened on a date: the rare words next to it in its clause [from, to) of claim `c` ("Kim's announcement Saturday"
 * names an announcement, "who will meet Kim next Friday in the border town" a meeting, whatever else the sentence
 * tells); the whole claim's when none is there but a word handing on the act before ("…, followed by the House on
 * Thursday").
 */
function nearWords(
  ctx: ConflictContext,
  c: ArticleClaim,
  clause: { from: number; to: number },
  at: { start: number; end: number },
  anchors: ReadonlySet<string>,
  claimWords: Set<string>,
): Set<string> {
  const { from, to } = reachAround(c.text, clause.from, clause.to, at.start, at.end);
  const span: ArticleClaim = { ...c, start: c.start + from, end: c.start + to, text: c.text.slice(from, to), dates: c.dates.filter((d) => d.start >= c.start + from && d.end <= c.start + to) };
  const near = [...eventWords(ctx, span, anchors)].filter((w) => !SEQUENCE.has(w));
  return near.length ? new Set(near) : claimWords;
}

/**
 * The days a claim puts events on, made once per claim.
 * @example timedEvents(ctx, 3) // [{ mention: { text: 'Thursday', date: '2016-09-29', … }, anchors: {'house'}, words: {'overrid', …}, near: {'overrid', …}, hours: null }]
 */
export function timedEvents(ctx: ConflictContext, i: number): TimedEvent[] {
  let out = ctx.timed.get(i);
  if (out) return out;
  const c = ctx.claims[i]!;
  out = [];
  for (const mention of c.dates) {
    if ((mention.grain !== 'day' && mention.grain !== 'week') || mention.start < c.start || mention.end > c.end) continue;
    const [start, end] = [mention.start - c.start, mention.end - c.start];
    const lead = lastWord(c.text.slice(0, start).replace(/\s+(?:on|at|in)\s*$/i, ' '));
    if (BOUNDS.has(lastWord(c.text.slice(0, start))) || REPORTING.has(lead) || endOf(c)?.mention === mention) continue;
    const { from, to } = clauseAround(c.text, start, end);
    const anchors = anchorsOf({ text: c.text.slice(from, to), proper: properIn(ctx, c, from) }, start - from, end - from);
    if (!anchors.size) continue;
    const words = eventWords(ctx, c, anchors);
    out.push({ mention, anchors, words, near: nearWords(ctx, c, { from, to }, { start, end }, anchors, words), hours: hoursOf(mention.text) });
  }
  ctx.timed.set(i, out);
  return out;
}

/** Do two sets share a member? */
export const meets = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => [...x].some((v) => y.has(v));

/** Two timed mentions are of one event when their clauses share a name and their claims a rare word. */
export const sameTimedEvent = (x: TimedEvent, y: TimedEvent): boolean => meets(x.anchors, y.anchors) && meets(x.words, y.words);
