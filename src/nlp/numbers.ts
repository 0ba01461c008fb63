// Number mentions of one text — digits, number words, fractions, money, percentages — with what they count.
import words from './data/numbers.json' with { type: 'json' };
import dateCues from './data/dates.json' with { type: 'json' };

import type { NumberMention } from '../core/facts.js';
import { execAll } from '../core/util/regex.js';

// The mention type is the stages' shared contract (core/facts.ts); re-exported so readers of nlp find it here too.
export type { NumberMention };

const table = (o: Record<string, number>): Map<string, number> => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));
const UNITS = table(words.units);
const TENS = table(words.tens);
const GROUPS = table(words.groups);
const SCALES = table(words.scales);
const FRACTION_NUM = table(words.fractionNumerators);
const FRACTIONS = table(words.fractions);
const CURRENCY_SYMBOLS = new Map(Object.entries(words.currencySymbols));
const CURRENCY_WORDS = new Map(Object.entries(words.currencyWords));
const NOT_COUNTED = new Set(words.notCounted);
const LONE_SKIPPED = new Set(words.loneWordsSkipped);
const MONTHS = new Set(dateCues.monthWords);

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: Iterable<string>): string => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|');
// Short scale suffixes only count glued to digits ("1.2bn", "$5m"); spelled-out scales follow a space.
const SHORT_SCALES = [...SCALES.keys()].filter((k) => k.length <= 3);
const LONG_SCALES = [...SCALES.keys()].filter((k) => k.length > 3);
const WORD_NUM = `(?:(?:${alt(TENS.keys())})(?:[- ](?:${alt(UNITS.keys())}))?|${alt(UNITS.keys())}|${alt(GROUPS.keys())})`;
const NUMBER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}$£€¥.,:/])(?:(?<cur>${alt(CURRENCY_SYMBOLS.keys())})\\s?)?` +
    `(?:(?<dig>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?<ascale>${alt(SHORT_SCALES)})?|(?<word>${WORD_NUM}))` +
    `(?:\\s(?<scale>${alt(LONG_SCALES)}))?(?![\\p{L}\\p{N}])` +
    `(?:\\s?(?<pct>%|(?:${alt(words.percentWords)})(?![\\p{L}])))?` +
    `(?:(?<sep>-|\\s)(?<unit>\\p{L}+))?`,
  'giu',
);
const FRACTION_RE = new RegExp(`(?<![\\p{L}])(?<num>${alt(FRACTION_NUM.keys())})[- ](?<den>${alt(FRACTIONS.keys())})(?![\\p{L}])`, 'giu');

/** Value of a run of number words: "twenty-five" 25, "a dozen" 12. */
function wordValue(run: string): number {
  const g = GROUPS.get(run.toLowerCase());
  if (g !== undefined) return g;
  return run
    .toLowerCase()
    .split(/[- ]+/)
    .reduce((sum, w) => sum + (TENS.get(w) ?? UNITS.get(w) ?? 0), 0);
}

/** Singular form of a counted noun, by the plain English -s rule; irregulars stay as they are. */
function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 3 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

/**
 * Number mentions of `text`, in order.
 * @param text any text; offsets point into it
 * @example findNumbers('a 28-point plan')[0] // { text: '28-point', value: 28, unit: 'point', … }
 */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of execAll(NUMBER_RE, text)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    let value = g['dig'] !== undefined ? Number(g['dig'].replace(/,/g, '')) : wordValue(g['word'] ?? '');
    if (!Number.isFinite(value)) continue;
    const scale = g['ascale'] ?? g['scale'];
    if (scale) value *= SCALES.get(scale.toLowerCase()) ?? 1;
    const bare = !g['cur'] && !scale && !g['pct'];
    const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
    const after = text.slice(start + m[0].length - (g['unit']?.length ?? 0) - (g['sep']?.length ?? 0));
    if (bare && g['dig']) {
      // Years, clock times and calendar days are dates, not quantities.
      if (/^\d{4}$/.test(g['dig']) && value >= 1800 && value <= 2100) continue;
      if (/^[:.]\d/.test(after) || /^\s?(?:a\.?m\.?|p\.?m\.?)(?![\p{L}])/iu.test(after)) continue;
      const prevWord = /([a-z]+)\.?\s+$/.exec(before)?.[1];
      if (prevWord && MONTHS.has(prevWord)) continue;
      const nextWord = g['unit']?.toLowerCase();
      if (nextWord && MONTHS.has(nextWord) && g['sep'] !== '-') continue;
    }
    if (bare && g['word'] && LONE_SKIPPED.has(g['word'].toLowerCase())) continue;

    let end = start + m[0].length;
    let unit: string | undefined;
    const cur = g['cur'] ? CURRENCY_SYMBOLS.get(g['cur']) : undefined;
    const next = g['unit'];
    if (g['pct']) unit = '%';
    else if (cur) unit = cur;
    if (next && !g['pct'] && CURRENCY_WORDS.has(next.toLowerCase())) unit = CURRENCY_WORDS.get(next.toLowerCase());
    else if (next && !unit && !NOT_COUNTED.has(next.toLowerCase())) unit = singular(next);
    else if (next) end -= next.length + (g['sep']?.length ?? 0);
    // Ages: "25-year-old" counts years of age, not years of time.
    const age = unit && /^-old(?![\p{L}])/u.exec(text.slice(end));
    if (age && unit) {
      unit = `${unit}-old`;
      end += age[0].length;
    }
    // Trim the optional space a currency symbol or percent sign allowed at the end.
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    const mention: NumberMention = { start, end, text: text.slice(start, end), value };
    if (unit) mention.unit = unit;
    out.push(mention);
  }
  for (const m of execAll(FRACTION_RE, text)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((n) => n.start < end && start < n.end)) {
      // "two-thirds" also reads as the number two counting "thirds": the fraction wins.
      for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < end && start < out[i]!.end) out.splice(i, 1);
    }
    const num = FRACTION_NUM.get((g['num'] ?? '').toLowerCase()) ?? 1;
    const den = FRACTIONS.get((g['den'] ?? '').toLowerCase()) ?? 1;
    out.push({ start, end, text: m[0], value: num / den, unit: 'fraction' });
  }
  return out.sort((a, b) => a.start - b.start);
}
