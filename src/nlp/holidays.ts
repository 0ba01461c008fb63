// Named days ("Easter", "Christmas Eve", "Thanksgiving"): where a text names one, and which day it is in a given year.
import data from './data/holidays.json' with { type: 'json' };

/** One named day: a fixed day of a month, days from Easter Sunday, or the nth weekday of a month (nth -1: the last). */
export interface Holiday {
  name: string;
  month?: number;
  day?: number;
  easter?: number;
  weekday?: number;
  nth?: number;
}

/** A named day in a text: offsets, the words as written (with a tail such as "weekend"), and which day it names. */
export interface HolidayMention {
  start: number;
  end: number;
  text: string;
  holiday: Holiday;
}

const HOLIDAYS: readonly Holiday[] = [...(data.holidays as Holiday[])].sort((a, b) => b.name.length - a.name.length);
const byName = new Map(HOLIDAYS.map((h) => [h.name.toLowerCase().replace(/’/g, "'"), h]));
const alternation = (ws: readonly string[]): string => ws.map((w) => w.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|');
// A tail as written after the name, lower-case or capitalised ("Easter weekend", "Christmas Day").
const tails = (ws: readonly string[]): string => ws.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
// Names capitalised as written: "easter" in lower case is not the holiday's name in news copy.
const LEADS = new Set(data.leads);
const NAMED = new RegExp(`(?<![\\p{L}])(${alternation(HOLIDAYS.map((h) => h.name))})(?:\\s+(?:${tails(data.tails)}))?(?![\\p{L}])`, 'gu');

/** Month (1-12) and day of Easter Sunday in a Gregorian year (the anonymous Gregorian computus). */
function easterSunday(y: number): { m: number; d: number } {
  const a = y % 19;
  const [b, c] = [Math.floor(y / 100), y % 100];
  const [d, e] = [Math.floor(b / 4), b % 4];
  const g = Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const l = (32 + 2 * e + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  return { m: Math.floor((h + l - 7 * m + 114) / 31), d: ((h + l - 7 * m + 114) % 31) + 1 };
}

const DAY_MS = 86_400_000;
const utcDays = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;

/**
 * The day a named day falls on in `year`, as days from the epoch (UTC).
 * @example new Date(holidayDay(easterHoliday, 2018) * 86400000).toISOString().slice(0, 10) === '2018-04-01'
 */
export function holidayDay(h: Holiday, year: number): number {
  if (h.easter !== undefined) {
    const e = easterSunday(year);
    return utcDays(year, e.m, e.d) + h.easter;
  }
  if (h.weekday !== undefined && h.nth !== undefined && h.month !== undefined) {
    if (h.nth < 0) {
      const last = utcDays(year, h.month + 1, 0);
      return last - ((new Date(last * DAY_MS).getUTCDay() - h.weekday + 7) % 7);
    }
    const first = utcDays(year, h.month, 1);
    return first + ((h.weekday - new Date(first * DAY_MS).getUTCDay() + 7) % 7) + 7 * (h.nth - 1);
  }
  return utcDays(year, h.month ?? 1, h.day ?? 1);
}

/**
 * The named days a text dates something by (after a leading word: "over Easter weekend", not "the Easter egg hunt"),
 * in text order.
 * @example findHolidays('They met over Easter weekend.')[0].text === 'Easter weekend'
 */
export function findHolidays(text: string): HolidayMention[] {
  const out: HolidayMention[] = [];
  for (const m of text.matchAll(NAMED)) {
    const lead = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, (m.index ?? 0) - 20), m.index))?.[1]?.toLowerCase();
    if (!lead || !LEADS.has(lead)) continue;
    const holiday = byName.get(m[1]!.replace(/\s+/g, ' ').replace(/’/g, "'").toLowerCase());
    if (holiday) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0], holiday });
  }
  return out;
}
