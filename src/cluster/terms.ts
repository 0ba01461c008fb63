// A lean tokenizer for clustering: one pass over an article's headline and text giving its weighted terms (words,
// capitalised names, adjacent-name pairs) and its word-shingle hashes for near-duplicate detection. No tagger: the
// clusterer must keep up with thousands of articles a second, and capitalisation carries most of what names give.
import lists from './data/terms.json' with { type: 'json' };
import { avalanche, fnv1a } from '../core/util/hash.js';
import { checkedLowerSet } from '../core/util/lists.js';
import { Memo, UNCACHED } from './memo.js';
import { TermSums } from './term-sums.js';
import { WEEKDAY_NAMES } from '../nlp/index.js';
import { frequencyRank, wordShare } from './background.js';
import type { ClusterSettings } from './settings.js';

const FUNCTION_WORDS = checkedLowerSet('cluster/data/terms.json#functionWords', lists.functionWords);
const REPORTING_WORDS = checkedLowerSet('cluster/data/terms.json#reportingWords', lists.reportingWords);
const SKIP = new Set([...FUNCTION_WORDS, ...REPORTING_WORDS]);

/** A non-ASCII letter or digit (ASCII ones are tested by code, the fast path). */
const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;

/** Per UTF-16 code unit past ASCII: 0 not looked at yet, 1 a word character, 2 not (curly quotes and dashes are common). */
const WORD_UNIT = new Uint8Array(65536);

/** True when text[i], of code `c`, is a letter, digit or combining mark. */
function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const known = WORD_UNIT[c]!;
  if (known) return known === 1;
  const word = WORD_CHAR_RE.test(text.charAt(i));
  WORD_UNIT[c] = word ? 1 : 2;
  return word;
}

const isWordAt = (text: string, i: number): boolean => isWordCode(text, i, text.charCodeAt(i));

/** A code that closes a sentence or a line: . ! ? : ; and line breaks. */
const closes = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10 || c === 58 || c === 59;

/** A term's 30-bit key (terms are kept as numbers, never as strings; 30 bits stay small integers in V8's maps). */
export const termKey = (term: string): number => avalanche(fnv1a(term)) & 0x3fffffff;

/** Plural and possessive endings off, so "protesters" and "protester's" meet; nothing cleverer. */
export function lightStem(w: string): string {
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  const n = w.length;
  if (n > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (n > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** An article's terms with one weight each, and its shingle hashes: views into scratch, valid until the next articleTerms. */
export interface ArticleTerms {
  /** Term keys, ascending. */
  keys: Uint32Array;
  /** Beside each key its weight: ln(1 + the sum of its occurrences' boosts), so repeats count less and less. */
  weights: Float64Array;
  /** Beside each key its share of general news articles (background.ts; 0 for a name pair or an unlisted word). */
  shares: Float64Array;
  /** One hash per word shingle of the text (headline excluded), in order. */
  shingles: Uint32Array;
  /**
   * The weekdays named (capitalised) in the headline or the lead, one bit each (Monday 1, Tuesday 2, … Sunday 64; 0:
   * none): a report names the day its event happened, so two reports naming only other days tell of other events.
   */
  weekdays: number;
}

/** Scratch of one article's scan: its term sums, and its words' hashes (for shingles). */
const SUMS = new TermSums();
let WORDS = new Uint32Array(4096);
let SHINGLES = new Uint32Array(4096);
let wordCount = 0;
let weekdays = 0;

function pushWord(hash: number): void {
  if (wordCount === WORDS.length) {
    const next = new Uint32Array(WORDS.length * 2);
    next.set(WORDS);
    WORDS = next;
  }
  WORDS[wordCount++] = hash;
}

/**
 * Hash of a lower-cased word (FNV-1a of its code units, 30 bits) -> its stem's term key, or -1 for a word never used
 * as a term. A memo: the word's string is built only on a miss. 2^18 slots (2 MB), direct-mapped; two words sharing a
 * 30-bit hash may share a term, as hashed terms do anyway. Built on first use: every command loads this module.
 */
let wordKeys: Memo | null = null;
/** Beside wordKeys (the same hashes, so the same slots): the word's frequency rank (background.ts), -1 when unlisted. */
let wordRanks: Memo | null = null;
/** The frequency rank of the word wordKey read last. */
let rank = -1;

/** Lower-case first code unit of each UTF-16 code unit past ASCII, filled on first use (0: not yet). */
const LOWER_UNIT = new Uint16Array(65536);

/** Lower-case code unit of `c` (ASCII by arithmetic). */
const lowerCode = (c: number): number =>
  c >= 65 && c <= 90 ? c + 32 : c < 128 ? c : LOWER_UNIT[c] || (LOWER_UNIT[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0));

/** The term key of text[at, end) (-1: too short or a listed word), memoised by `hash`; its frequency rank is left in `rank`. */
function wordKey(text: string, at: number, end: number, hash: number): number {
  const memo = (wordKeys ??= new Memo(18));
  const ranks = (wordRanks ??= new Memo(18));
  let k = memo.get(hash);
  if (k === UNCACHED) {
    const lower = text.slice(at, end).toLowerCase();
    const stem = lightStem(lower);
    k = lower.length < 2 || SKIP.has(lower) ? -1 : termKey(stem);
    rank = k === -1 ? -1 : frequencyRank(lower, stem);
    memo.set(hash, k);
    ranks.set(hash, rank);
  } else {
    rank = ranks.get(hash);
    if (rank === UNCACHED) rank = -1;
  }
  return k;
}

/** The 30-bit hash scan gives a word (FNV-1a of its lower-case code units). */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ lowerCode(word.charCodeAt(i)), 0x01000193);
  return (h >>> 2) & 0x3fffffff;
}

/**
 * Word hash of each weekday's full name -> its bit (nlp's weekday list: the longest word of each first-three-letter
 * group; abbreviations are left out, as "sun", "sat" and "wed" are words too). Weekdays are not terms (terms.json):
 * they are read apart, as a time.
 */
const WEEKDAY_BITS = ((): Map<number, number> => {
  const groups = [...new Set(WEEKDAY_NAMES.map((w) => w.slice(0, 3)))];
  const out = new Map<number, number>();
  groups.forEach((g, bit) => {
    const full = WEEKDAY_NAMES.filter((w) => w.startsWith(g)).sort((a, b) => b.length - a.length)[0]!;
    out.set(wordHash(full), 1 << bit);
  });
  if (out.size !== 7) throw new Error(`cluster/terms.ts: nlp's WEEKDAY_NAMES must give 7 weekdays, got ${groups.join(' ')}`);
  return out;
})();

/** True when text[i] is a capital letter. */
const isUpperAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : lowerCode(c) !== c;
};

/** Scan one text into SUMS; pushes every word's hash into WORDS (for shingles) when `words` is true. */
function scan(text: string, s: ClusterSettings, base: number, words: boolean): void {
  const n = text.length;
  let prevEnd = 0;
  let prevName = -1;
  /** A sentence (or line) boundary since the previous word. */
  let closed = false;
  for (let i = 0; i < n; ) {
    let c = text.charCodeAt(i);
    if (!isWordCode(text, i, c)) {
      if (closes(c)) closed = true;
      i++;
      continue;
    }
    // One pass over the word: its extent and the FNV-1a hash of its lower case (30 bits). An inner apostrophe stays
    // in the word ("o'neill").
    const at = i;
    let h = 0x811c9dc5;
    for (;;) {
      h = Math.imul(h ^ lowerCode(c), 0x01000193);
      if (++i >= n) break;
      c = text.charCodeAt(i);
      if (isWordCode(text, i, c)) continue;
      if ((c !== 39 && c !== 0x2019) || i + 1 >= n || !isWordAt(text, i + 1)) break;
      h = Math.imul(h ^ lowerCode(c), 0x01000193);
      c = text.charCodeAt(++i);
    }
    const end = i;
    const hash = (h >>> 2) & 0x3fffffff;
    const key = wordKey(text, at, end, hash);
    if (words) pushWord(hash);
    const opens = at === 0 || prevEnd === 0 || closed;
    const gapIsSpace = !opens && at - prevEnd === 1;
    prevEnd = end;
    closed = false;
    if (key === -1) {
      if ((!words || at < s.leadChars) && isUpperAt(text, at)) weekdays |= WEEKDAY_BITS.get(hash) ?? 0;
      prevName = -1;
      continue;
    }
    const boost = base * (words && at < s.leadChars ? s.leadBoost : 1);
    const capital = isUpperAt(text, at);
    SUMS.bump(key, capital && !opens ? boost * s.entityBoost : boost, wordShare(rank, s.backgroundShare));
    // A run of capitalised words is a name: each adjacent pair is one term ("tara reid"), a sentence's first word included.
    if (capital && prevName !== -1 && gapIsSpace) SUMS.bump(avalanche(Math.imul(prevName ^ 0x5bd1e995, 0x01000193) ^ key) & 0x3fffffff, boost * s.nameBoost);
    prevName = capital ? key : -1;
  }
}

/** Shingle hashes: `n` consecutive word hashes combined. */
function shingleHashes(words: Uint32Array, n: number): Uint32Array {
  const count = Math.max(0, words.length - n + 1);
  if (SHINGLES.length < count) SHINGLES = new Uint32Array(count * 2);
  const out = SHINGLES.subarray(0, count);
  for (let i = 0; i < count; i++) {
    let h = 0x9e3779b9;
    for (let j = 0; j < n; j++) h = Math.imul(h ^ words[i + j]!, 0x01000193) + j;
    out[i] = avalanche(h >>> 0);
  }
  return out;
}

/**
 * The weighted terms and shingles of one article.
 * @example articleTerms('Quake hits Chile', 'A strong earthquake struck central Chile on Sunday.', settings).keys.length
 */
export function articleTerms(title: string | null | undefined, text: string, s: ClusterSettings): ArticleTerms {
  wordCount = 0;
  weekdays = 0;
  if (title) scan(title, s, s.titleBoost, false);
  scan(text, s, 1, true);
  const { keys, weights, shares } = SUMS.drain();
  return { keys, weights, shares, shingles: shingleHashes(WORDS.subarray(0, wordCount), s.shingleWords), weekdays };
}
