import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type * as ChronoEn from 'chrono-node/en';
import { needOf, parseCasual } from '../src/nlp/date-parser.js';

const chrono = createRequire(import.meta.url)('chrono-node/en') as typeof ChronoEn;
const REF = new Date(2025, 10, 20, 12);
/** A parsing context enough for a parser's pattern (none of the English parsers reads it). */
const CONTEXT = { text: '', option: {}, reference: REF } as never;

/** chrono's results as plain values: where, what text, and every known component. */
const shape = (results: ChronoEn.ParsedResult[]) =>
  results.map((r) => ({ index: r.index, text: r.text, start: r.start.date().toISOString(), end: r.end?.date().toISOString() ?? null, tags: [...r.tags()].sort() }));

const TEXTS = [
  'Three days ago, it rained. Two years and six months later, it rained again.',
  'The talks, held a day before the vote, ended hours after midnight on Tuesday.',
  'About 3 weeks, 2 days and 4 hours from now the rocket will fly; the test ran 5 minutes earlier than planned.',
  'The minister resigned. He said nothing about it on Friday, November 14, 2025.',
  'Officials met in the capital and turned out to agree. No date is named before the end.',
  'A couple of years ago. half an hour later. the day after. a few weeks before.',
];

describe('parseCasual', () => {
  it('finds what chrono’s casual parser finds', () => {
    for (const text of TEXTS) expect(shape(parseCasual(text, REF)), text).toEqual(shape(chrono.casual.parse(text, REF)));
  });
  it('guards chrono’s repeated time-unit patterns that end in a word ("ago", "later"), and no other', () => {
    const guarded = chrono.casual.parsers.filter((p) => needOf(p.pattern(CONTEXT)) !== null);
    expect(guarded.map((p) => p.constructor.name).sort()).toEqual(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']);
  });
  it('needs what every match of the pattern holds', () => {
    for (const parser of chrono.casual.parsers) {
      const pattern = parser.pattern(CONTEXT);
      const need = needOf(pattern);
      if (!need) continue;
      for (const text of TEXTS) {
        const g = new RegExp(pattern.source, `${pattern.flags}g`);
        for (const m of text.matchAll(g)) expect(need.test(m[0]), m[0]).toBe(true);
      }
    }
  });
  it('derives no need for another shape of pattern', () => {
    expect(needOf(/(\W|^)(this|last)\s*(week)/i)).toBeNull();
  });
});
