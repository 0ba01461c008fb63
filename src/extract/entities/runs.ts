// Name runs: maximal runs of capitalised words in a sentence (with "of", "van", "&" inside), each read into a name,
// its title, role, gender and kind.
import type { EntityKind } from '../../core/types.js';
import { isPartyLetter, WEEKDAY_NAMES } from '../../nlp/index.js';
import { SPEECH } from '../quotes/lexicon.js';
import { type EntityContext, sentenceRanges } from './context.js';
import { kindOf, statementFollows } from './kind.js';
import { roleOf } from './roles.js';
import { isBareTitle, splitTitle } from './titles.js';
import { ACRONYM, type Gender, GRAMMAR, isHonorific, isRoleHead, isRoleWord, LEX, stripDot, UPPER } from './words.js';

/** One capitalised run read as a name. */
export interface Run {
  /** Name tokens [a, b). */
  a: number;
  b: number;
  name: string;
  kind: EntityKind;
  strong: boolean;
  gender: Gender;
  role: string | null;
  honorific: boolean;
  /** A lone word opening its sentence: capitalised by position, so kept only when the same word recurs mid-sentence. */
  initial?: boolean;
  /** A person only because it is two to four capitalised words: the weakest evidence, overruled by "said in a statement". */
  weakPerson?: boolean;
  /** Followed by an institutional speech cue ("said in a statement"). */
  statement?: boolean;
}

/** The name runs of an article in text order, without lone sentence-opening words that are capitalised only by position. */
export function findRuns(ctx: EntityContext): Run[] {
  const runs: Run[] = [];
  for (const [sa, sb] of sentenceRanges(ctx)) {
    if (isHeading(ctx, sa, sb)) continue;
    let i = sa;
    while (i < sb) {
      const tag = partyTagEnd(ctx, i, sb);
      if (tag > i || !isCap(ctx, i)) {
        i = Math.max(tag, i + 1);
        continue;
      }
      const j = runEnd(ctx, i, sb);
      for (const [a, b] of splitAtOf(ctx, i, j, sa)) {
        const run = readRun(ctx, a, b);
        if (run) runs.push({ ...run, initial: run.a === sa && run.b - run.a === 1 });
      }
      i = j;
    }
  }
  return dropPositionalCapitals(runs);
}

/**
 * The end of a party-state tag opening at token i ("D-N.Y.", "R-Texas", "I-Vt." after a comma or an opening bracket),
 * or i when none opens there. The tag says which party and state a named person belongs to; it names no one itself.
 */
function partyTagEnd(ctx: EntityContext, i: number, sb: number): number {
  const { tok } = ctx;
  const tight = (k: number): boolean => tok.start(k) === tok.end(k - 1);
  if (i < 1 || i + 2 >= sb || !isPartyLetter(tok.t(i)) || !/^[,(]$/.test(tok.t(i - 1))) return i;
  if (tok.t(i + 1) !== '-' || !tight(i + 1) || !tight(i + 2) || !UPPER.test(tok.t(i + 2))) return i;
  let k = i + 3;
  // The state: initials and full stops written tight ("N", ".", "Y."), or a name of up to two words ("New York").
  while (k < sb && (tight(k) ? /^[\p{L}.]+$/u.test(tok.t(k)) : k === i + 3 && UPPER.test(tok.t(k)))) k++;
  return k;
}

/** Read once per word of a run: a module constant (a literal is a new object each time it is evaluated). */
const LETTER_START = /^\p{L}/u;

/** A short line in Title Case is a heading ("Presidential Flattery"): its capitals name nothing. */
function isHeading(ctx: EntityContext, sa: number, sb: number): boolean {
  const { tok } = ctx;
  let words = 0;
  let caps = 0;
  for (let k = sa; k < sb; k++) {
    if (!LETTER_START.test(tok.t(k))) continue;
    words++;
    if (UPPER.test(tok.t(k))) caps++;
  }
  return words <= 8 && caps >= Math.max(2, 0.75 * words) && !/[.!?]$/.test(tok.t(sb - 1));
}

/** Does token i begin or continue a name: a capitalised proper noun, or a capitalised word mid-sentence? */
function isCap(ctx: EntityContext, i: number): boolean {
  const { tok } = ctx;
  const w = tok.t(i);
  if (!UPPER.test(w) || w === 'I') return false;
  const pos = tok.pos(i);
  if (pos === 'PROPN') return true;
  // A capitalised common noun mid-sentence is usually part of a name ("Foreign Ministry"); at a sentence start it is not.
  if (ctx.sentFirst.has(i) || (i > 0 && /^[“"‘'«(]$/.test(tok.t(i - 1)))) return false;
  // The tagger reads some surnames as verbs ("Lena Moor/VERB"): a capitalised verb mid-sentence right after a name is a name.
  const slip =
    pos === 'VERB' &&
    (tok.pos(i + 1) === 'PROPN' || (tok.pos(i - 1) === 'PROPN' && !SPEECH.verbs.has(w.toLowerCase())));
  return pos === 'NOUN' || pos === 'ADJ' || pos === 'X' || slip;
}

/** The end of the capitalised run opening at token i: capitals, joined by a connector only when a capital follows it. */
function runEnd(ctx: EntityContext, i: number, sb: number): number {
  const { tok } = ctx;
  let j = i + 1;
  while (j < sb) {
    if (isCap(ctx, j)) j++;
    else if (hyphenJoins(ctx, j, sb)) j += 2;
    else if (hyphenJoins(ctx, j + 1, sb) && isCap(ctx, j + 2)) j += 3;
    else if (joinsNames(ctx, j) && j + 1 < sb && isCap(ctx, j + 1)) j++;
    else break;
  }
  // A weekday after a name of two words or more is the time, not the name's end ("Radio Norr Sunday evening reported");
  // after one word it may be the name ("Super Tuesday").
  if (j - i > 2 && isWeekday(tok.t(j - 1))) j--;
  return j;
}

/** Does token j join the capitals around it into one name: "of", "van", or "for" after an institution word ("Center for …")? */
function joinsNames(ctx: EntityContext, j: number): boolean {
  const w = ctx.tok.t(j);
  // "and" ends a name ("Smith and Jones" are two); it is a connector only at a title's edge.
  if (w === 'and') return false;
  return GRAMMAR.connectors.has(w) || (GRAMMAR.bodyConnectors.has(w) && LEX.orgWords.has(stripDot(ctx.tok.t(j - 1))));
}

/**
 * Does token k, a hyphen written tight between two words, join them into one name word ("Jong-un", "Jean-Luc",
 * "al-Assad")? The tokenizer splits such words; a spaced dash ("Kim - who") is punctuation.
 */
function hyphenJoins(ctx: EntityContext, k: number, sb: number): boolean {
  const { tok } = ctx;
  if (k < 1 || k + 1 >= sb || tok.t(k) !== '-') return false;
  return tok.end(k - 1) === tok.start(k) && tok.end(k) === tok.start(k + 1) && /^\p{L}/u.test(tok.t(k + 1));
}

/**
 * The names in the capitalised run [i, j) that an "of" joins: one name ("Bank of England"), or two where the words
 * before "of" name no institution. "News of Mattis" opening a sentence is a common noun capitalised by position before
 * a name; "Shinzo Abe of Japan", "Senator Mark Warner of Virginia" are a person and the place they come from.
 */
function splitAtOf(ctx: EntityContext, i: number, j: number, sa: number): Array<[number, number]> {
  const { tok } = ctx;
  let k = i + 1;
  while (k < j - 1 && tok.t(k) !== 'of') k++;
  if (k >= j - 1) return [[i, j]];
  const institution = (w: string): boolean =>
    LEX.orgWords.has(stripDot(w)) || LEX.placeSuffixes.has(stripDot(w)) || LEX.places.has(w.toLowerCase());
  const head = tok.t(k - 1);
  // An outlet's last word ("News", "Times") ends a name; it never heads one through "of".
  const heads = (w: string): boolean => (institution(w) && !LEX.outletWords.has(stripDot(w))) || isRoleWord(w) || isHonorific(w);
  if (i === sa && k === i + 1 && !heads(head)) return [[k + 1, j]];
  // "Senator Charles E. Grassley, Republican of Iowa,": a party member and a state.
  if (k === i + 1 && LEX.partyMembers.has(head.toLowerCase()) && LEX.places.has(tok.slice(k + 1, j).toLowerCase()))
    return [[i, k], [k + 1, j]];
  const words: string[] = [];
  for (let q = i; q < k; q++) words.push(tok.t(q));
  // "United States of America" is one place: the words before "of" must not already name one.
  const personal = k - i >= 2 && !words.some(institution) && !institution(words.join(' ')) && !isRoleHead(head);
  return personal && LEX.places.has(tok.slice(k + 1, j).toLowerCase()) ? [[i, k], [k + 1, j]] : [[i, j]];
}

/** A weekday written out ("Sunday"): abbreviations are left, as they are also words of names ("The Sun"). */
const isWeekday = (w: string): boolean => w.length >= 6 && WEEKDAY_NAMES.includes(w.toLowerCase());

/** Read the capitalised run [i, j): its title prefix, the name proper, role, gender and kind; null when it names nothing. */
function readRun(ctx: EntityContext, i: number, j: number): Run | null {
  const { tok } = ctx;
  const title = splitTitle(ctx, i, j);
  // Drop connectors at the edges.
  let p = title.start;
  while (p < j && GRAMMAR.connectors.has(tok.t(p))) p++;
  let e = j;
  while (e > p && GRAMMAR.connectors.has(tok.t(e - 1))) e--;
  if (p >= e) return null;
  // Tokens written tight ("Jong", "-", "un") are one word of the name.
  const words: string[] = [];
  for (let k = p; k < e; k++) {
    if (k > p && tok.start(k) === tok.end(k - 1) && (tok.t(k) === '-' || tok.t(k - 1) === '-')) words[words.length - 1] += tok.t(k);
    else words.push(tok.t(k));
  }
  const name = words.join(' ').replace(/\s+([’'])/g, '$1');
  if (!namesSomething(name, words)) return null;
  const { role, gender } = roleOf(ctx, i, p, e, title);
  const { kind, strong, weakPerson } = kindOf(ctx, { i, p, e, name, words, honorific: title.honorific, role });
  return {
    a: p,
    b: e,
    name,
    kind,
    strong,
    gender,
    role,
    honorific: title.honorific,
    weakPerson,
    statement: statementFollows(ctx, e),
  };
}

/** Not a pronoun, a lone title word, a date word ("Monday", "March") or a title without a name. */
function namesSomething(name: string, words: readonly string[]): boolean {
  if (name.length < 2 && !/^\p{Lu}$/u.test(name)) return false;
  const l = name.toLowerCase();
  if (LEX.pronouns.has(l) || (words.length === 1 && isRoleHead(l))) return false;
  if (words.every((w) => LEX.notNames.has(stripDot(w)))) return false;
  return !isBareTitle(words);
}

/** Drop a lone weak word opening its sentence unless the same word recurs mid-sentence (or looks like an acronym). */
function dropPositionalCapitals(runs: Run[]): Run[] {
  const midWords = new Set(runs.filter((r) => !r.initial).flatMap((r) => r.name.toLowerCase().split(' ')));
  return runs.filter((r) => !(r.initial && !r.strong && !midWords.has(r.name.toLowerCase()) && !ACRONYM.test(r.name)));
}
