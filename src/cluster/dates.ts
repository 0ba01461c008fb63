// The date an article states in its first lines (a dateline, "Posted on January 5, 2011", "18 September 2013"), as a
// time interval: its time when the article carries no publication date. Only dates with a year count: a weekday or
// "Tuesday" alone says nothing across years.
import lists from './data/terms.json' with { type: 'json' };
import { checkedList } from '../core/util/lists.js';

const MONTHS = checkedList('cluster/data/terms.json#months', lists.months);
const ABBR = checkedList('cluster/data/terms.json#monthAbbreviations', lists.monthAbbreviations);
if (MONTHS.length !== 12 || ABBR.length !== 12) throw new Error('cluster/data/terms.json: months and monthAbbreviations need 12 entries each, in calendar order');

/** Month word (full or abbreviated, "sept" too) -> 0..11. */
const MONTH = new Map<string, number>([...MONTHS.map((m, i) => [m, i] as const), ...ABBR.map((m, i) => [m, i] as const), ['sept', 8]]);
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
