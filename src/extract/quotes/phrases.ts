// Speaker phrases: the noun phrase or pronoun that names who speaks, found before or after a cue, as a token range.
import { isRoleHead, isRolePreposition, LEX } from '../entities/index.js';
import {
  ARTIFACTS,
  AUTHOR_PREPOSITIONS,
  BETWEEN_SPEAKER_AND_VERB,
  CLAUSE_OPENERS,
  CONTENT_NOUNS,
  POSSESSIVE_PRONOUNS,
  QUOTED_AS_AUXILIARIES,
  RELATIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
} from './lexicon.js';
import type { Tokens } from './tokens.js';

/** Tokens [from, to) of a speaker phrase. */
export type TokenRange = [number, number];

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);
const isHead = (p: string): boolean => p === 'PROPN' || p === 'NOUN' || p === 'NUM';

/** The token before the parenthesis that closes at `k` ("Gov. John Kasich (R-OH)"). */
function beforeParenthesis(T: Tokens, k: number, floor: number): number {
  while (k >= floor && T.t(k) !== '(') k--;
  return k - 1;
}

/** The last token of the speaker phrase before verb `v`, past adverbs, auxiliaries, parentheses and "quoted as"; null if none. */
function speakerEndBefore(T: Tokens, v: number, floor: number): number | null {
  let k = v - 1;
  while (k >= floor && ((BETWEEN_SPEAKER_AND_VERB.test(T.t(k)) && T.t(k) !== 'told') || T.pos(k) === 'ADV' || T.pos(k) === 'AUX' || T.t(k) === "n't")) k--;
  // A parenthesis between subject and verb: "Gov. John Kasich (R-OH), said".
  if (T.t(k) === ')') k = beforeParenthesis(T, k, floor);
  if (T.t(k) === 'as' && T.t(k - 1) === 'quoted') {
    k -= 2;
    while (k >= floor && QUOTED_AS_AUXILIARIES.test(T.t(k))) k--;
  }
  if (k < floor) return null;
  if (T.t(k) === ')') k = beforeParenthesis(T, k, floor);
  return k;
}

/**
 * An appositive or relative clause set off by commas between subject and verb ("Yuri Ushakov, Putin's aide, said"), the
 * comma after it at `k`: the token ending the subject before it, or the speaker itself when the appositive is a name
 * after a description ("Its chief executive, Ruben Aske, told").
 */
function appositiveBefore(T: Tokens, k: number, floor: number): { end: number } | { speaker: TokenRange } | null {
  let c = k - 1;
  while (c >= floor && c > k - 25 && T.t(c) !== ',' && !T.isQuoteMark(c) && !T.isStop(c)) c--;
  if (c < floor || T.t(c) !== ',') return null;
  // A state tag closes a place inside the appositive ("X, speaking at a rally in Springfield, Ill., said"): the
  // appositive runs on to the comma before the place.
  if (isStateTag(T, c + 1, k)) return appositiveBefore(T, c, floor);
  // "Its chief executive, Ruben Aske, told": the name set off after a role phrase is the speaker, not the role.
  let named = c + 1 < k;
  for (let j = c + 1; j < k && named; j++) named = T.npPos(j) === 'PROPN' || (/^[.-]$/.test(T.t(j)) && j > c + 1);
  // So is the name after a description ("Another major neoconservative figure, Dan Senor, told"), but not a state tag
  // after a name ("Sen. Jim DeMint, R-S.C., said"): the phrase before the comma must be a description.
  if (named && isDescription(T, c - 1, floor)) return { speaker: [c + 1, k] };
  return { end: c - 1 };
}

/**
 * Tokens [a, b) are a state's abbreviation set off after a place ("Ill.", "Calif."): one abbreviated word the tagger
 * expands ("illinois"); "Jr." and "Inc." it leaves as written.
 */
function isStateTag(T: Tokens, a: number, b: number): boolean {
  const w = T.t(a);
  return b - a === 1 && /^\p{Lu}\p{Ll}*\.$/u.test(w) && !T.l(a).endsWith('.') && T.l(a).length >= w.length;
}

/** A lower-case role or common noun at token `k` ("spokesman", "figure"), not a name. */
const isCommonNoun = (T: Tokens, k: number): boolean => (isRoleHead(T.t(k)) || T.npPos(k) === 'NOUN') && T.pos(k) !== 'PROPN';

/**
 * The phrase ending at token `k` describes someone rather than names them: it ends in a common noun ("the party's
 * spokesman"), or in a role noun serving a name ("A spokesman for the Democratic National Committee").
 */
function isDescription(T: Tokens, k: number, floor: number): boolean {
  if (isCommonNoun(T, k)) return true;
  let j = k;
  while (j > floor && j > k - 8 && (T.npPos(j) === 'PROPN' || T.pos(j) === 'DET' || T.pos(j) === 'ADJ' || /^[.-]$/.test(T.t(j)))) j--;
  // Not a place ("a fund-raiser in Corpus Christi, Tex.,": the state tag after it is no name).
  const serves = isRolePreposition(T.t(j)) && !LEX.placePreps.has(T.t(j).toLowerCase());
  return j < k && serves && /^\p{Ll}/u.test(T.t(j - 1)) && isCommonNoun(T, j - 1);
}

/** The pronoun or noun phrase ending at token `k` (its head is the last word), walking left to `floor`. */
function nounPhraseEndingAt(T: Tokens, k: number, floor: number): TokenRange | null {
  if (SUBJECT_PRONOUNS.test(T.t(k)) && T.pos(k) === 'PRON') return [k, k + 1];
  const end = k + 1;
  let hasHead = false;
  while (k >= floor && end - k <= 9) {
    const p = T.npPos(k);
    const w = T.t(k);
    if (isHead(p)) hasHead = true;
    else if (w === 'of' && hasHead && T.npPos(k - 1) === 'PROPN' && T.npPos(k + 1) === 'PROPN') {
      /* "Secretary of State Madeleine Albright" */
    } else if (p === 'ADJ' || p === 'PART' || (p === 'PUNCT' && /^[-–.]$/.test(w) && k > floor)) {
      /* part of the phrase */
    } else if (p === 'DET' || (p === 'PRON' && POSSESSIVE_PRONOUNS.test(w))) {
      k--;
      break;
    } else break;
    k--;
  }
  const start = k + 1;
  if (!hasHead || start >= end) return null;
  // The phrase ends in a noun (its head): "the governor", not "the governor's".
  return isHead(T.npPos(end - 1)) ? [start, end] : null;
}

/**
 * The subject phrase ending right before token `v` (skipping adverbs and auxiliaries), as a token range.
 * @param floor the first token the phrase may use (the sentence start)
 */
export function subjectBefore(T: Tokens, v: number, floor: number): TokenRange | null {
  let k = speakerEndBefore(T, v, floor);
  if (k === null) return null;
  if (T.t(k) === ',' && T.t(k - 1) === ')') k = beforeParenthesis(T, k - 1, floor);
  else if (T.t(k) === ',') {
    const app = appositiveBefore(T, k, floor);
    if (!app) return null;
    if ('speaker' in app) return app.speaker;
    k = app.end;
  }
  const np = withoutTime(T, nounPhraseEndingAt(T, k, floor), floor);
  return np && authorOf(T, np);
}

/**
 * A speaker phrase without the time adjunct ending it ("South Korean state media Friday evening" is the media); a phrase
 * that is only a time ("Trump on Tuesday said", "a report released last year found") gives way to the phrase before it: a
 * date or weekday never speaks.
 */
function withoutTime(T: Tokens, range: TokenRange | null, floor: number): TokenRange | null {
  if (!range) return null;
  let end = range[1];
  while (end > range[0] && TIME_WORDS.has(T.t(end - 1).toLowerCase())) end--;
  if (end > range[0]) return [range[0], end];
  // Past the time's preposition or the participle it hangs on ("the report released last year found").
  const k = T.pos(range[0] - 1) === 'ADP' || T.pos(range[0] - 1) === 'VERB' ? range[0] - 2 : range[0] - 1;
  const before = k >= floor ? nounPhraseEndingAt(T, k, floor) : null;
  return before && before[0] < range[0] ? withoutTime(T, before, floor) : null;
}

/**
 * The phrase a relative pronoun right before cue `v` stands for ("the announcement from Kim, which read, …" is Kim's;
 * "the Kremlin, which said" the Kremlin's), or null when no relative pronoun after a comma comes before the cue.
 */
export function relativeAntecedent(T: Tokens, v: number, floor: number): TokenRange | null {
  const k = speakerEndBefore(T, v, floor);
  if (k === null || k - 2 < floor || !RELATIVE_PRONOUNS.has(T.t(k).toLowerCase()) || T.t(k - 1) !== ',') return null;
  const np = nounPhraseEndingAt(T, k - 2, floor);
  return np && authorOf(T, np);
}

/**
 * The sayer a phrase names: for a thing said with an owner ("Mr. Braley's apology noted") or an author after it ("a
 * statement from the committee said") that one, else the phrase itself ("the report said": the report is the source).
 */
export function authorOf(T: Tokens, range: TokenRange): TokenRange {
  const [start, end] = range;
  // "a statement from the committee": the author follows the thing said.
  for (let k = start + 1; k < end - 1; k++) if (AUTHOR_PREPOSITIONS.has(T.t(k).toLowerCase()) && ARTIFACTS.has(T.t(k - 1).toLowerCase())) return [k + 1, end];
  if (end - start < 2 || !ARTIFACTS.has(T.t(end - 1).toLowerCase())) return range;
  for (let k = start + 1; k < end; k++) if (/^['’]s?$/.test(T.t(k))) return [start, k];
  return range;
}

/**
 * The speaker phrase starting at token `k` (after an inverted cue: `said Ayotte campaign manager Jon Kohan`).
 * @param ceiling the first token past the phrase's reach (the paragraph or sentence end)
 */
export function subjectAfter(T: Tokens, k: number, ceiling: number): TokenRange | null {
  if (k >= ceiling) return null;
  if (T.pos(k) === 'PRON' && SUBJECT_PRONOUNS.test(T.t(k))) return [k, k + 1];
  const start = k;
  let lastHead = -1;
  while (k < ceiling && k - start < 12) {
    const p = T.npPos(k);
    const w = T.t(k);
    if (lastHead >= start && T.isCue(k) && p !== 'PROPN') break;
    // "a statement from the committee said": the phrase runs on to the thing's author.
    if (lastHead === k - 1 && AUTHOR_PREPOSITIONS.has(w.toLowerCase()) && ARTIFACTS.has(T.t(lastHead).toLowerCase())) {
      k++;
      continue;
    }
    if (lastHead >= start && (w === 'of' || w === 'and') && (T.pos(k + 1) === 'PROPN' || (w === 'and' && (T.pos(k + 1) === 'ADJ' || T.pos(k + 1) === 'NOUN')))) {
      k++;
      continue;
    }
    if (isHead(p)) lastHead = k;
    else if (NP_POS.has(p) || (p === 'PRON' && POSSESSIVE_PRONOUNS.test(w)) || (p === 'PUNCT' && /^[-–]$/.test(w))) {
      /* inside */
    } else break;
    k++;
  }
  if (lastHead < start) return null;
  return nameAfterDescription(T, [start, lastHead + 1], ceiling) ?? authorOf(T, [start, lastHead + 1]);
}

/**
 * The name set off after a description that ends in a common noun ("said the legislator, Representative Carl Seel."): the
 * name's tokens, up to the comma or stop that closes it; null when no name follows.
 */
function nameAfterDescription(T: Tokens, range: TokenRange, ceiling: number): TokenRange | null {
  const [, end] = range;
  if (T.npPos(end - 1) !== 'NOUN' || T.t(end) !== ',' || T.npPos(end + 1) !== 'PROPN') return null;
  let k = end + 1;
  while (k < ceiling && k - end <= 8 && (T.npPos(k) === 'PROPN' || (/^[.-]$/.test(T.t(k)) && T.npPos(k + 1) === 'PROPN'))) k++;
  const closes = k >= ceiling || /^[,.;:!?]$/.test(T.t(k)) || T.isQuoteMark(k);
  return closes ? [end + 1, k] : null;
}

/**
 * The subject of the nearest finite clause before token `ceiling`: who a participle cue ("…, telling reporters") or a
 * colon ("X weighed in: “…”") hangs on.
 */
export function clauseSubject(T: Tokens, floor: number, ceiling: number): TokenRange | null {
  for (let k = ceiling - 1; k >= floor; k--) {
    if (T.isQuoteMark(k)) return null;
    if (T.pos(k) !== 'VERB' && T.pos(k) !== 'AUX') continue;
    const sp = subjectBefore(T, k, floor);
    // A subject opens its clause: sentence start, a comma, a conjunction ("when protesters interrupted").
    if (sp && (sp[0] <= floor || /^[,;:—–(]$/.test(T.t(sp[0] - 1)) || T.pos(sp[0] - 1) === 'CCONJ' || T.pos(sp[0] - 1) === 'SCONJ' || T.isQuoteMark(sp[0] - 1))) return sp;
  }
  return null;
}

/** The owner before a noun of saying: "his" in "his televised claim", "Steele" in "Steele's claim"; null if none. */
function ownerBefore(T: Tokens, noun: number, floor: number): TokenRange | null {
  for (let p = noun - 1; p >= floor && p >= noun - 5; p--) {
    if (POSSESSIVE_PRONOUNS.test(T.t(p)) && T.pos(p) === 'PRON') return [p, p + 1];
    if (/^['’]s?$/.test(T.t(p))) return nounPhraseEndingAt(T, p - 1, floor);
    // Modifiers may stand between ("his televised claim"); an article or a comma closes the phrase.
    if (T.pos(p) === 'DET' || T.t(p) === ',' || T.isQuoteMark(p)) return null;
  }
  return null;
}

/**
 * Who owns the noun of saying whose "that" clause starts at token `that`: the possessor ("his claim that …") or the
 * author after it ("warnings from the Obama administration that …"), with the noun; null when no such noun is there.
 */
export function contentClauseOwner(T: Tokens, that: number, floor: number): { noun: number; owner: TokenRange } | null {
  if (CONTENT_NOUNS.has(T.t(that - 1).toLowerCase())) {
    const owner = ownerBefore(T, that - 1, floor);
    return owner && { noun: that - 1, owner };
  }
  for (let n = that - 2; n >= floor && n >= that - 8; n--) {
    if (!CONTENT_NOUNS.has(T.t(n).toLowerCase())) continue;
    return AUTHOR_PREPOSITIONS.has(T.t(n + 1).toLowerCase()) && n + 2 < that ? { noun: n, owner: [n + 2, that] } : null;
  }
  return null;
}

/**
 * A speaker phrase found right before a cue, unless it is an object: after a verb or preposition ("issued a statement
 * Tuesday saying", "the letter addressed to Trump indicates") the subject of the clause it hangs on speaks instead;
 * after a word opening a clause ("hours after Trump told reporters") the phrase is that clause's subject and stays.
 * @param participle the cue is a participle after a comma ("…, telling reporters"), whose subject is the clause's anyway
 */
export function unlessObject(T: Tokens, sp: TokenRange, floor: number, participle: boolean): TokenRange {
  const before = sp[0] - 1;
  if (sp[0] <= floor || (CLAUSE_OPENERS.has(T.t(before).toLowerCase()) && !participle)) return sp;
  return T.pos(before) === 'VERB' || T.pos(before) === 'ADP' ? (clauseSubject(T, floor, sp[0]) ?? sp) : sp;
}
