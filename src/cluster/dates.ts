// The date an article states in its first lines (a dateline, "Posted on January 5, 2011", "18 September 2013"), as a
// time interval: its time when the article carries no publication date. Only dates with a year count: a weekday or
// "Tuesday" alone says nothing across years.
import { MONTH_NAMES } from '../nlp/index.js';

/** nlp's month words (full names and abbreviations) by month: a word's month is where its first three letters come. */
const FIRST_THREE = [...new Set(MONTH_NAMES.map((m) => m.slice(0, 3)))];
if (FIRST_THREE.length !== 12) throw new Error(`cluster/dates.ts: nlp's MONTH_NAMES must give 12 months, got ${FIRST_THREE.join(' ')}`);

/** Month word (full or abbreviated, "sept" too) -> 0..11. */
const MONTH = new Map(MONTH_NAMES.map((m) => [m, FIRST_THREE.indexOf(m.slice(0, 3))]));
const M = `(${[...MONTH.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const Y = '((?:19|20)\\d\\d)';
const D = '(\\d{1,2})(?:st|nd|rd|th)?';
/** Month D, YYYY · D Month YYYY · YYYY-MM-DD · Month YYYY, case-insensitive. */
const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => [number, number, number | null]]> = [
  [new RegExp(`\\b${M}\\s+${D},?\\s+${Y}\\b`, 'i'), (m) => [+m[3]!, MONTH.get(m[1]!.toLowerCase())!, +m[2]!]],
  [new RegExp(`\\b${D}\\s+${M},?\\s+${Y}\\b`, 'i'), (m) => [+m[3]!, MONTH.get(m[2]!.toLowerCase())!, +m[1]!]],
  [new RegExp(`\\b${Y}-(\\d\\d)-(\\d\\d)\\b`), (m) => [+m[1]!, +m[2]! - 1, +m[3]!]],
  [new RegExp(`\\b${M}\\s+${Y}\\b`, 'i'), (m) => [+m[2]!, MONTH.get(m[1]!.toLowerCase())!, null]],
];

/** A time interval in epoch ms. */
export interface Interval {
  lo: number;
  hi: number;
}

const DAY = 86_400_000;

/**
 * The earliest-placed date with a year in the first `chars` characters of `text`, as the interval it covers (a day,
 * or a month when no day is given), or null.
 * @example statedDate('WASHINGTON, April 28, 2009 — The …', 400) // { lo: Date.UTC(2009, 3, 28), hi: … + 1 day }
 */
export function statedDate(text: string, chars: number): Interval | null {
  const head = text.slice(0, chars);
  let best: { at: number; iv: Interval } | null = null;
  for (const [re, parts] of PATTERNS) {
    const m = re.exec(head);
    if (!m || (best && m.index >= best.at)) continue;
    const [y, mo, d] = parts(m);
    if (mo < 0 || mo > 11 || (d !== null && (d < 1 || d > 31))) continue;
    const lo = Date.UTC(y, mo, d ?? 1);
    const hi = d === null ? Date.UTC(y, mo + 1, 1) : lo + DAY;
    best = { at: m.index, iv: { lo, hi } };
  }
  return best?.iv ?? null;
}

/**
 * An article's time interval (ms): its publication time (ISO 8601 text or epoch ms), else the date its text states in
 * its first `chars` characters, else [NaN, NaN].
 * @example articleTime(null, 'WASHINGTON, April 28, 2009 — …', 400)[0] // Date.UTC(2009, 3, 28)
 */
export function articleTime(published: string | number | null | undefined, text: string, chars: number): [number, number] {
  const t = typeof published === 'number' ? published : typeof published === 'string' ? Date.parse(published) : NaN;
  if (!Number.isNaN(t)) return [t, t];
  const stated = statedDate(text, chars);
  return stated ? [stated.lo, stated.hi] : [NaN, NaN];
}
