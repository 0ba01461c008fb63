// chrono's casual English date parser, with its two costliest parsers skipped for a text they cannot match.
import { createRequire } from 'node:module';
import type { ParsedResult, Parser, ParsingContext } from 'chrono-node';
import type * as ChronoEn from 'chrono-node/en';

type ChronoModule = typeof ChronoEn;
type Chrono = ChronoModule['casual'];

/**
 * The pieces of chrono's repeated time-unit patterns ("3 hours ago", "two years and six months later"): its
 * `(\W|^)` boundary and optional "about" before the first unit, and the connector before each further unit
 * (chrono-node's locales/en/constants.js, TIME_UNITS_PATTERN; utils/pattern.js, repeatedTimeunitPattern).
 */
const UNITS_HEAD = String.raw`(\W|^)((?:(?:about|around)\s{0,3})?`;
const UNITS_CONNECTOR = String.raw`\s{0,5},?(?:\s*and)?\s{0,5}`;
const UNITS_REPEAT = '){0,10})';

/**
 * Assertions that look behind a match's start or refer back to a group: the one text-wide test `needOf` makes stands
 * for chrono's tests of each remaining part of the text only without them. A `\b` after a letter (chrono's `an?\b`)
 * looks at two characters of the match and is kept.
 */
const START_SENSITIVE = /\^|\(\?<[=!]|\\B|\\[1-9]|\\k<|(?<![A-Za-z?])\\b/;

/**
 * What every match of a repeated time-unit pattern holds: its last unit with what follows ("hours ago"), or null for a
 * pattern of another shape. `(\W|^)(about? UNIT (CONNECTOR UNIT){0,10}) TAIL` always ends in `UNIT TAIL`, so a text
 * without a match of `UNIT TAIL` has no match of the whole pattern, in itself or in any remainder chrono tries; and
 * `UNIT TAIL` compiles in a few milliseconds where chrono's pattern, with its ten unrolled repeats, takes ~100 ms.
 */
export function needOf(pattern: RegExp): RegExp | null {
  const source = pattern.source;
  if (!source.startsWith(UNITS_HEAD)) return null;
  const rest = source.slice(UNITS_HEAD.length);
  const connector = rest.indexOf(`(?:${UNITS_CONNECTOR}`);
  if (connector <= 0) return null;
  const unit = rest.slice(0, connector);
  const repeat = `(?:${UNITS_CONNECTOR}${unit}${UNITS_REPEAT}`;
  if (!rest.startsWith(repeat, connector)) return null;
  const tail = rest.slice(connector + repeat.length);
  // A pattern that ends with its units ("within 3 days") needs only a unit: almost every text has one.
  if (!tail || START_SENSITIVE.test(unit + tail)) return null;
  return new RegExp(unit + tail, pattern.flags.replace(/[gy]/g, ''));
}

/** Never matches: the pattern of a parser that cannot match the text. */
const NEVER = /(?!)/;

/**
 * One of chrono's parsers, with the pattern it gives for a text replaced by NEVER when the text lacks what every match
 * needs (`needOf`): chrono then compiles and runs that pattern only for texts it may match, and finds the same dates.
 */
function guarded(parser: Parser): Parser {
  let source = '';
  let need: RegExp | null = null;
  return {
    pattern(context: ParsingContext): RegExp {
      const pattern = parser.pattern(context);
      if (pattern.source !== source) {
        source = pattern.source;
        need = needOf(pattern);
      }
      return need && !need.test(context.text) ? NEVER : pattern;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

let casualParser: Chrono | null = null;

/**
 * chrono's casual English parser (what the package's `parse` calls) with its parsers guarded, loaded on first use and
 * without the package index, which also loads fifteen other locales (a quarter of a second of start-up). Required, not
 * imported: Vite's resolver (vitest) does not follow the package's pattern exports.
 */
function casual(): Chrono {
  if (casualParser) return casualParser;
  const chrono = createRequire(import.meta.url)('chrono-node/en') as ChronoModule;
  return (casualParser = new chrono.Chrono({ parsers: chrono.casual.parsers.map(guarded), refiners: chrono.casual.refiners }));
}

/**
 * The same text held two bytes a character: V8 compiles a case-insensitive pattern for the one-byte form of a string
 * ten times slower than for the two-byte form (chrono's "3 hours ago" pattern: ~95 ms against ~9 ms; each is compiled
 * for the form of the first text it reads), and chrono's patterns are all case-insensitive. A string of one character
 * beyond Latin-1 is held in two bytes, and a slice of it keeps its parent's form; the value, all that chrono can see,
 * is unchanged.
 */
const wideCopy = (text: string): string => `${text}\u0100`.slice(0, -1);

/**
 * The dates chrono's casual English parser finds in `text`, read against `reference`.
 * @example parseCasual('Three days ago, it rained.', new Date(2025, 0, 10, 12))[0]?.start.get('day') // 7
 */
export function parseCasual(text: string, reference: Date): ParsedResult[] {
  return casual().parse(wideCopy(text), reference);
}

