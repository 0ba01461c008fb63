// Sentence boundaries of news text: wink-nlp splits at full stops that news style uses inside sentences (party-state
// tags, titles, initials, decimals and calibres, a quote's own full stop before "said"). This repairs its split.
import { checkedSet } from '../core/util/lists.js';
import joins from './data/sentence-joins.json' with { type: 'json' };
import { MAX_SENTENCE_CHARS } from './limits.js';

const NEVER_FINAL = checkedSet('nlp/data/sentence-joins.json#neverFinal', joins.neverFinal);
const PARTY = checkedSet('nlp/data/sentence-joins.json#partyLetters', joins.partyLetters, false);
const OPENERS = checkedSet('nlp/data/sentence-joins.json#openersAfterLetter', joins.openersAfterLetter);

/** The word (letters and dots) that ends text[..end), with its trailing full stop removed. */
function lastWord(text: string, end: number): string {
  const m = /([\p{L}.]+)\.[”"’')\]]*$/u.exec(text.slice(Math.max(0, end - 40), end));
  return m ? m[1]! : '';
}

/** Is `w` a party's letter of a party-state tag ("D" of "D-N.Y.", "R" of "R-Texas")? */
export const isPartyLetter = (w: string): boolean => PARTY.has(w);

/** "D-R." before "I., said": a party-state tag ("D-R.I.", "R-N.Y.") cut after its first state initial. */
function splitPartyTag(text: string, end: number, next: string): boolean {
  const m = /(?:^|[\s(])([A-Z])-[A-Z]\.$/.exec(text.slice(Math.max(0, end - 6), end));
  return m !== null && PARTY.has(m[1]!) && /^[A-Z][a-z]?\.(?:[,)]|\s)/.test(next);
}

/** Initials: "J." ending one part and "R." or "Tolkien" opening the next, without a sentence-ending word before them. */
function splitInitials(text: string, end: number, next: string): boolean {
  return /(?:^|[\s(])[A-Z]\.$/.test(text.slice(Math.max(0, end - 3), end)) && /^[A-Z]\.(?:\s|$)/.test(next);
}

/**
 * True when wink-nlp's boundary between the part ending at `end` and the part starting at `next` (same paragraph) is not a
 * sentence end: the next part starts in lower case ("“We will win.” said Smith", "(D-Calif.) and 18 members"), with a
 * comma or closing bracket, or with a
 * digit glued to a full stop ("a .22 calibre", "2.5"), the full stop belongs to a title or abbreviation that never ends a
 * sentence ("Sen.", "Approx."), or it cuts a party-state tag or a run of initials.
 * @example isFalseBoundary('Sen. Jack Reed, D-R.I., said no.', 17, 19) === true
 */
export function isFalseBoundary(text: string, end: number, next: number): boolean {
  const rest = text.slice(next, next + 12);
  const first = rest[0] ?? '';
  if (/\p{Ll}/u.test(first) && !/^\p{Ll}+\p{Lu}/u.test(rest)) return true;
  // "Sens. Tim Kaine (D-Va.)" | ", who is…": no sentence starts with a comma or a closing bracket.
  if (/^[,;:)\]]/.test(first)) return true;
  if (/\d/.test(first) && next === end) return true;
  if (!text.slice(0, end).endsWith('.')) return false;
  if (NEVER_FINAL.has(lastWord(text, end))) return true;
  return splitPartyTag(text, end, rest) || splitInitials(text, end, rest);
}

/** The token texts of a Doc being built, by index: what `splitAfterLetters` reads. */
type TokenText = (t: number) => string;

/**
 * Is token `t` a letter that ends its sentence ("…chose plan A. She said…")? A single capital with its full stop after a
 * lower-case word, followed by a word no surname can be (`openersAfterLetter`). An initial follows a name or a title and
 * precedes a surname ("John F. Kennedy"), so it never matches.
 */
function endsOnLetter(tok: TokenText, t: number, last: number): boolean {
  if (t < 1 || t >= last || !LETTER_DOT.test(tok(t))) return false;
  return LOWER_WORD.test(tok(t - 1)) && UPPER_START.test(tok(t + 1)) && OPENERS.has(tok(t + 1).toLowerCase());
}
// Read once per token of every article: module constants, as a literal is a new object each time it is evaluated.
const LETTER_DOT = /^\p{Lu}\.$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * The rows with every sentence that runs on past a letter ending a sentence (`endsOnLetter`) split there: wink-nlp reads
 * "plan A." as an initial and joins "She said…" to it.
 */
export function splitAfterLetters(rows: SentenceRows, tok: TokenText, tokStart: readonly number[], tokEnd: readonly number[]): SentenceRows {
  const out: SentenceRows = { start: [], end: [], tokStart: [], tokEnd: [], para: [] };
  const push = (a: number, b: number, para: number): void => {
    out.start.push(tokStart[a]!);
    out.end.push(tokEnd[b - 1]!);
    out.tokStart.push(a);
    out.tokEnd.push(b);
    out.para.push(para);
  };
  // A row spans its tokens exactly (start of the first, end of the last), so every piece is pushed from its tokens.
  for (let s = 0; s < rows.start.length; s++) {
    let from = rows.tokStart[s]!;
    const to = rows.tokEnd[s]!;
    for (let t = from + 1; t < to - 1; t++) {
      if (!endsOnLetter(tok, t, to - 1)) continue;
      push(from, t + 1, rows.para[s]!);
      from = t + 1;
    }
    push(from, to, rows.para[s]!);
  }
  return out;
}

/** Sentence rows as buildDoc collects them: character span, token span and paragraph of each sentence. */
export interface SentenceRows {
  start: number[];
  end: number[];
  tokStart: number[];
  tokEnd: number[];
  para: number[];
}

/**
 * The rows with every false boundary (`isFalseBoundary`) between two sentences of one paragraph joined, unless the joined
 * sentence would be longer than MAX_SENTENCE_CHARS: the later stages' work grows faster than a sentence's length.
 */
export function joinFalseBoundaries(text: string, rows: SentenceRows): SentenceRows {
  const out: SentenceRows = { start: [], end: [], tokStart: [], tokEnd: [], para: [] };
  for (let s = 0; s < rows.start.length; s++) {
    const last = out.start.length - 1;
    const fits = last >= 0 && rows.end[s]! - out.start[last]! <= MAX_SENTENCE_CHARS;
    if (fits && out.para[last] === rows.para[s] && isFalseBoundary(text, out.end[last]!, rows.start[s]!)) {
      out.end[last] = rows.end[s]!;
      out.tokEnd[last] = rows.tokEnd[s]!;
      continue;
    }
    out.start.push(rows.start[s]!);
    out.end.push(rows.end[s]!);
    out.tokStart.push(rows.tokStart[s]!);
    out.tokEnd.push(rows.tokEnd[s]!);
    out.para.push(rows.para[s]!);
  }
  return out;
}
