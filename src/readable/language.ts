// The language of a text by franc-min's trigram models and franc's own rule, with the trigrams read as integer ids.
// francAll scores every language of the script by looking each of the sample's trigrams up in each language's model (a
// string-keyed object); only the best language is wanted here, so each trigram is looked up once, in one table per
// script, and a language's distance is summed from the trigrams its model has. The answer is francAll's first (ties go to
// the first language in franc's data, as its stable sort leaves them); test/readable-language.test.ts holds them equal.
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { trigrams } from 'trigram-utils';

/** franc's own constants (franc-min 6.2.0 index.js): the longest sample it reads, the distance of an absent trigram. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;
/** What franc answers when it cannot tell. */
export const UNDETERMINED = 'und';

/** One script's languages: trigram ids, and each language's rank (model position) per id, -1 when absent. */
interface ScriptModel {
  ids: Map<string, number>;
  languages: Array<{ code: string; ranks: Int16Array }>;
}

const models = new Map<string, ScriptModel>();

/** The trigram tables of a script, built on first use (franc builds every script's at import). */
function scriptModel(script: string): ScriptModel | null {
  const languages = (data as Record<string, Record<string, string>>)[script];
  if (!languages) return null;
  let model = models.get(script);
  if (model) return model;
  const ids = new Map<string, number>();
  const lists = Object.entries(languages).map(([code, list]) => ({ code, grams: list.split('|') }));
  for (const { grams } of lists) for (const g of grams) if (!ids.has(g)) ids.set(g, ids.size);
  model = {
    ids,
    languages: lists.map(({ code, grams }) => {
      const ranks = new Int16Array(ids.size).fill(-1);
      // A trigram listed twice keeps its first position, as in franc (it walks the list backwards, the last write wins).
      grams.forEach((g, w) => {
        const id = ids.get(g)!;
        if (ranks[id] === -1) ranks[id] = w;
      });
      return { code, ranks };
    }),
  };
  models.set(script, model);
  return model;
}

/** The scripts' expressions without their global flag, to test one character. */
let charTests: RegExp[] | null = null;
/** Per UTF-16 code unit met so far, a bit per script (in `expressions` order) whose expression matches it: at most 65,536. */
const scriptBits = new Map<number, number>();

function bitsOf(code: number): number {
  let bits = scriptBits.get(code);
  if (bits === undefined) {
    charTests ??= Object.values(expressions).map((e) => new RegExp(e.source, e.flags.replace('g', '')));
    const ch = String.fromCharCode(code);
    bits = charTests.reduce((b, re, k) => (re.test(ch) ? b | (1 << k) : b), 0);
    scriptBits.set(code, bits);
  }
  return bits;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * How many matches of each script's expression `value` holds, in `expressions` order. Without surrogate pairs (most
 * text) a match is one code unit (the expressions' other alternatives are surrogate pairs), so the counts come from one
 * pass over the characters and a bit table per character instead of one list of matches per script.
 */
function scriptCounts(value: string): number[] {
  const scripts = Object.values(expressions);
  if (SURROGATE.test(value)) return scripts.map((expression) => value.match(expression)?.length ?? 0);
  const seen = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    seen.set(c, (seen.get(c) ?? 0) + 1);
  }
  const counts = scripts.map(() => 0);
  seen.forEach((n, c) => {
    const bits = bitsOf(c);
    if (bits) for (let k = 0; k < counts.length; k++) if (bits & (1 << k)) counts[k]! += n;
  });
  return counts;
}

/** The script most of `value`'s characters are written in, and its share (franc's getTopScript). */
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let topShare = -1;
  const counts = scriptCounts(value);
  for (const [k, script] of Object.keys(expressions).entries()) {
    const share = counts[k]! / value.length || 0;
    if (share > topShare) {
      topShare = share;
      top = script;
    }
  }
  return [top, topShare];
}

/** franc's distance of one language's `ranks` from the sample (`ids`/`counts`), summed until it reaches `limit`. */
function distanceTo(ranks: Int16Array, ids: number[], counts: number[], absent: number, limit: number): number {
  let distance = absent;
  for (let i = 0; i < ids.length && distance < limit; i++) {
    const rank = ranks[ids[i]!]!;
    distance += rank < 0 ? MAX_DIFFERENCE : Math.abs(counts[i]! - rank - 1);
  }
  return distance;
}

/** The language whose distance is measured first, as a bound for the others: what most news is written in. */
const LIKELY = 'eng';

/**
 * The language of `ids`/`counts` with the least franc distance; the first in data order among equals. Distances are
 * whole numbers, so once the likely language's distance `d` is known, a language is dropped as soon as its sum reaches
 * d + 1 (it can neither beat nor tie it): most languages stop after a few trigrams instead of at the running best.
 */
function nearest(model: ScriptModel, ids: number[], counts: number[], absent: number): string {
  const likely = model.languages.find((l) => l.code === LIKELY);
  const bound = likely ? distanceTo(likely.ranks, ids, counts, absent, Infinity) + 1 : Infinity;
  let best = UNDETERMINED;
  let bestDistance = Infinity;
  for (const { code, ranks } of model.languages) {
    const distance = distanceTo(ranks, ids, counts, absent, Math.min(bestDistance, bound));
    if (distance < bestDistance && distance < bound) {
      bestDistance = distance;
      best = code;
    }
  }
  return best;
}

/** The sample franc reads of `value`, its script's model and the sample's trigrams as ids, or the answer when no model decides. */
function readSample(value: string, minLength: number): { model: ScriptModel; ids: number[]; counts: number[]; absent: number } | string {
  if (!value || value.length < minLength) return UNDETERMINED;
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  const model = script === undefined ? null : scriptModel(script);
  if (!model) return script === undefined || share === 0 ? UNDETERMINED : script;
  const counts = new Map<string, number>();
  for (const g of trigrams(sample)) counts.set(g, (counts.get(g) ?? 0) + 1);
  const ids: number[] = [];
  const known: number[] = [];
  let absent = 0;
  // forEach, not for…of over the entries: no [trigram, count] pair per trigram.
  counts.forEach((count, g) => {
    const id = model.ids.get(g);
    if (id === undefined) absent += MAX_DIFFERENCE;
    else {
      ids.push(id);
      known.push(count);
    }
  });
  return { model, ids, counts: known, absent };
}

/**
 * franc's best language for `value` (ISO 639-3, or 'und'), as `francAll(value, { minLength })[0][0]`.
 * @example francBest('The committee said on Tuesday that it would vote again next week on the plan.', 10) === 'eng'
 */
export function francBest(value: string, minLength: number): string {
  const read = readSample(value, minLength);
  return typeof read === 'string' ? read : nearest(read.model, read.ids, read.counts, read.absent);
}
