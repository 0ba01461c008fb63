// Occurrence conflicts: one outlet says a dated event takes place, another that it does not ("it could take place on
// Tuesday" / "it would not be held this Tuesday"), for one event: the same subject, or a pronoun naming the same thing.
import type { ArticleClaim, DateMention } from '../../core/facts.js';
import { findingRank, type ConflictContext, type ConflictDetector, type ConflictPair, type Finding } from './context.js';
import { meets } from './timed.js';
import matcherWords from '../data/matcher-words.json' with { type: 'json' };
import cues from '../data/conflict-cues.json' with { type: 'json' };

const alternation = (words: readonly string[]): string => words.map((w) => w.replace(/ /g, '\\s+')).join('|');
// An occurrence phrase closing the text before a day, with only gap words between ("take place on", "be held this").
const PHRASE_END = new RegExp(`(?<![\\p{L}])(?:${alternation(cues.occurrencePhrases)})(?:\\s+(?:${alternation(cues.occurrenceGaps)}))*\\s*$`, 'iu');
const NEGATIONS = new Set(matcherWords.negations);
const VERB_GROUP = new Set(cues.occurrenceVerbGroup);
const PRONOUNS = new Set(cues.subjectPronouns);
const OPENERS = new Set(cues.nounPhraseOpeners);
const BREAKS = new Set([...cues.clauseBreaks, ...cues.reportingWords, ...cues.subjectBreaks]);
const NOT_SUBJECT = new Set([...matcherWords.stopwords, ...matcherWords.weakWords, ...cues.titleWords, ...BREAKS]);
const WORD = /[\p{L}][\p{L}’'-]*/gu;

/** One claim's statement that something does or does not take place on a day. */
export interface Occurrence {
  mention: DateMention;
  /** Said not to take place ("would not be held"). */
  negated: boolean;
  /** What takes place, as lower-case words: the subject's, or the noun phrases a pronoun may refer to. */
  subject: Set<string>;
  /** The words as written, from the subject to the day ("it could take place on Tuesday"). */
  text: string;
  /** The subject is a pronoun, read back to the noun phrases before it: a weaker tie than a written subject. */
  pronoun: boolean;
}

const isNegation = (w: string): boolean => NEGATIONS.has(w) || w.endsWith("n't") || w.endsWith('n’t');

/** The lower-case words of a text with their offsets. */
const wordsOf = (text: string): Array<{ w: string; at: number }> => [...text.matchAll(WORD)].map((m) => ({ w: m[0].toLowerCase(), at: m.index ?? 0 }));

/**
 * The verb group closing `words` ("could", "would not be", "will no longer"): the index of the word before it (-1 when
 * none) and whether a negation is in it.
 */
function verbGroup(words: ReadonlyArray<{ w: string }>): { k: number; negated: boolean } {
  let k = words.length - 1;
  let negated = false;
  for (; k >= 0 && (VERB_GROUP.has(words[k]!.w) || isNegation(words[k]!.w)); k--) negated ||= isNegation(words[k]!.w);
  return { k, negated };
}

/**
 * The heads of a text's common noun phrases: the last word of each run of lower-case words after an opener, up to a
 * function word or punctuation ("the address, but" -> address; "his State of the Union address to" -> address).
 */
function nounHeads(text: string): Set<string> {
  const out = new Set<string>();
  for (const part of text.split(/[^\p{L}’'\s-]+/u)) {
    const words = part.split(/\s+/).filter(Boolean);
    for (let k = 0; k < words.length; k++) {
      if (!OPENERS.has(words[k]!.toLowerCase())) continue;
      let head = '';
      for (let n = k + 1; n < words.length && !NOT_SUBJECT.has(words[n]!.toLowerCase()); n++) head = words[n]!;
      if (head && head === head.toLowerCase() && head.length > 3) out.add(head);
    }
  }
  return out;
}

/** The claim before `i` in the same article, or ''. */
const claimBefore = (ctx: ConflictContext, i: number): string => (i > 0 && ctx.claims[i - 1]!.article === ctx.claims[i]!.article ? ctx.claims[i - 1]!.text : '');

/**
 * The verb group and subject before an occurrence phrase ending at `end` of claim `c`: whether a negation is among the
 * auxiliaries, where the subject starts and its words (a pronoun's: the noun phrases before it in the claim and in
 * `before`, the claim before), or null when no word precedes the verb group.
 */
function subjectBefore(c: ArticleClaim, end: number, before: string): { negated: boolean; start: number; subject: Set<string>; pronoun: boolean } | null {
  const words = wordsOf(c.text.slice(0, end));
  const { k, negated } = verbGroup(words);
  const first = words[k];
  if (!first) return null;
  if (PRONOUNS.has(first.w)) return { negated, start: first.at, subject: nounHeads(`${before}. ${c.text.slice(0, first.at)}`), pronoun: true };
  // A written subject: its words back to a clause break, at most occurrenceSubjectWords, function words aside ("The
  // summit between the two ministers" -> summit, two, ministers).
  const subject = new Set<string>();
  let start = first.at;
  for (let n = k; n >= 0 && k - n < cues.occurrenceSubjectWords; n--) {
    const { w, at } = words[n]!;
    if (BREAKS.has(w) || /[,;:.()—–]/.test(c.text.slice(at + w.length, start))) break;
    if (!NOT_SUBJECT.has(w)) subject.add(w);
    start = at;
  }
  return { negated, start, subject, pronoun: false };
}

/**
 * What a claim says takes place, or not, on a day: an occurrence phrase right before a day-grain date, with its verb
 * group and subject (empty when none is found).
 * @param before the claim before it in its article, where a pronoun's noun phrase may be
 */
function readOccurrences(c: ArticleClaim, before: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (const mention of c.dates) {
    if (mention.grain !== 'day' || mention.start < c.start || mention.end > c.end) continue;
    const phrase = PHRASE_END.exec(c.text.slice(0, mention.start - c.start));
    const found = phrase && subjectBefore(c, phrase.index, before);
    if (found) out.push({ mention, ...found, text: c.text.slice(found.start, mention.end - c.start) });
  }
  return out;
}

/** Per context, each claim's occurrences: made once, a claim sits in many pairs. */
const cache = new WeakMap<ConflictContext, Map<number, Occurrence[]>>();

/**
 * What claim `i` says takes place, or not, on a day, of a subject it names.
 * @example occurrencesOf(ctx, 4) // [{ mention: { text: 'this Tuesday', … }, negated: true, subject: {'address', …}, text: 'it would not be held this Tuesday' }]
 */
export function occurrencesOf(ctx: ConflictContext, i: number): Occurrence[] {
  let byClaim = cache.get(ctx);
  if (!byClaim) cache.set(ctx, (byClaim = new Map()));
  let out = byClaim.get(i);
  if (!out) byClaim.set(i, (out = readOccurrences(ctx.claims[i]!, claimBefore(ctx, i)).filter((o) => o.subject.size > 0)));
  return out;
}

/** An occurrence's normalised value: its day, "not " before it when denied. */
const valueOf = (o: Occurrence): string => `${o.negated ? 'not ' : ''}${o.mention.date}`;

/** One event: the same day and a subject word in common. */
const sameOccurrence = (x: Occurrence, y: Occurrence): boolean => x.mention.date === y.mention.date && meets(x.subject, y.subject);

/** Does `article` say elsewhere what `x` says (the same event, the same way)? Then it does not dispute it. */
function articleAgrees(ctx: ConflictContext, article: string, x: Occurrence): boolean {
  for (let i = 0; i < ctx.claims.length; i++)
    if (ctx.claims[i]!.article === article && occurrencesOf(ctx, i).some((y) => sameOccurrence(x, y) && y.negated === x.negated)) return true;
  return false;
}

/** One event said to take place on a day by one claim and not to by the other, neither article saying both. */
function occurrenceFindings(pair: ConflictPair, ctx: ConflictContext): Finding[] {
  for (const x of occurrencesOf(ctx, pair.i))
    for (const y of occurrencesOf(ctx, pair.j)) {
      if (x.negated === y.negated || !sameOccurrence(x, y)) continue;
      if (articleAgrees(ctx, pair.b.article, x) || articleAgrees(ctx, pair.a.article, y)) continue;
      const confidence = x.pronoun || y.pronoun ? cues.confidence.occurrencePronoun : cues.confidence.occurrence;
      return [{ unit: 'occurs', a: [valueOf(x)], b: [valueOf(y)], rank: findingRank.date(pair, 'day'), confidence }];
    }
  return [];
}

/** How a value reads: the claim's words from the subject to the day ("it would not be held this Tuesday"). */
function occurrenceLabel(c: ArticleClaim, _unit: string, value: string): string {
  const o = readOccurrences(c, '').find((x) => valueOf(x) === value);
  return o ? o.text : value;
}

/** Whether a dated event takes place: one outlet says it does on a day, another that it does not; a reader of the outcome detector (outcome.ts). */
export const occurrenceDetector: ConflictDetector = {
  kind: 'outcome',
  detect: occurrenceFindings,
  label: occurrenceLabel,
};
