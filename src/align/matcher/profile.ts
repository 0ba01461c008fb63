// A sentence's profile for matching: its words, stems, lemmas, content flags, names, numbers, verbs and hash buckets.
import { buildDoc, findNumbers, MONTH_NAMES, porterStem, tokenPos, tokenType, tokensIn, usSpelling, vectorRow, type Doc } from '../../nlp/index.js';
import { bucket } from '../../core/util/hash.js';
import { int32Of, int32OfSet } from '../../core/util/typed.js';
import { bagOf, type SortedBag } from './bag.js';
import { LIGHT, NEG, STOP, WEAK } from './words.js';

/** What the matcher knows about one sentence; build it once per sentence with `profile` and reuse it across pairs. */
export interface Profile {
  text: string;
  /** Lower-case surface forms of the word and number tokens (punctuation dropped). */
  words: string[];
  /** Stems, parallel to `words`. */
  stems: string[];
  /** Lower-case lemmas (dictionary forms), parallel to `words`. */
  lemmas: string[];
  /** True where the word is a content word (not in the function-word list). */
  content: boolean[];
  /** Stems of capitalised words that do not open the sentence (names, places, organisations). */
  caps: Set<string>;
  /** Numeric values written in the sentence, normalised ("3,000" and "3000" agree). */
  numbers: Set<string>;
  negations: number;
  /** Hash bucket of each stem (see `bucket`). */
  buckets: Int32Array;
  /** Hash buckets of the distinct stem bigrams (TF-KLD reads unigrams and bigrams, as in Ji & Eisenstein 2013). */
  bigramBuckets: Int32Array;
  /** Character trigram counts of the lower-cased, punctuation-free text (each trigram as a number, see `trigrams`). */
  tri: SortedBag;
  /** Content verbs (not function, attribution, negation or light verbs) as lemma -> stem: what the sentence says happened. */
  verbs: Map<string, string>;
  /** Index into `words` where each clause after the first starts (after a comma, semicolon, colon, dash or bracket). */
  clauses: number[];
}

/** Hash buckets of the shipped matcher tables; a profile's buckets must be built with the size of the tables it meets. */
export const DEFAULT_BUCKETS = 1 << 15;

// Patterns read once per token of every profiled span: module constants, as a literal in a loop is a new object each time.
const ING_END = /ing$/i;
const UPPER_START = /^\p{Lu}/u;
const LETTER_START = /^\p{L}/u;
const OPENING_MARK = /^["“‘(]$/;
const COMMAS = /,/g;
const PLACEHOLDER_DETERMINER = /^(?:some|that|someone)$/i;

/** wink's per-token outputs for one text, in token order. */
interface Tokens {
  values: string[];
  types: string[];
  pos: string[];
  lemmas: string[];
  stems: string[];
}

/**
 * Is the verb at `i` a predicate of its own, not a modifier or a side clause? Attributive participles ("the leaked
 * call") and compounds ("Russian-focused") describe a noun, and bare -ing forms ("…, emphasizing that…") hang a side
 * clause on the main one; a progressive ("was advising") and a gerund after a preposition ("by withdrawing") are still
 * predicates.
 */
function predicate(pos: string[], values: string[], i: number): boolean {
  const prev = pos[i - 1] ?? '';
  const next = pos[i + 1] ?? '';
  if ((prev === 'DET' || prev === 'ADJ') && (next === 'NOUN' || next === 'PROPN' || next === 'ADJ')) return false;
  // A gerund after a preposition says what was done ("went against Mattis by abruptly withdrawing troops").
  const by = (k: number): boolean => pos[k] === 'ADP' && values[k]?.toLowerCase() === 'by';
  const gerund = by(i - 1) || (prev === 'ADV' && by(i - 2));
  if (ING_END.test(values[i] ?? '') && prev !== 'AUX' && !gerund) return false;
  // The second half of a hyphenated compound ("Russian-focused", "state-run") describes a noun; it states nothing.
  if (values[i - 1] === '-') return false;
  return true;
}

/**
 * A capitalised word inside a sentence is part of a name the tagger read as a verb ("Pike's Ford", "Grant Park"), unless
 * the sentence capitalises most of its words (a Title Case headline).
 */
const inName = (values: readonly string[], i: number, titleCase: boolean): boolean =>
  !titleCase && i > 0 && UPPER_START.test(values[i] ?? '') && !OPENING_MARK.test(values[i - 1] ?? '');

/** A headline in Title Case ("Lohan Checks Into Rehab") capitalises its verbs too: most of its words are capitalised. */
function isTitleCase(values: readonly string[]): boolean {
  const words = values.filter((v) => LETTER_START.test(v));
  return words.filter((v) => UPPER_START.test(v)).length * 2 > words.length;
}

/** A content verb that says what happened: not a function, weak, negation or light verb, and a predicate of its own. */
function isEventVerb(t: Tokens, i: number, w: string, lemma: string, titleCase: boolean): boolean {
  if (t.pos[i] !== 'VERB' || inName(t.values, i, titleCase)) return false;
  if (STOP.has(lemma) || WEAK.has(lemma) || WEAK.has(w) || NEG.has(lemma) || LIGHT.has(lemma)) return false;
  return predicate(t.pos, t.values, i);
}

/**
 * Character trigrams of the words joined by spaces, padded with a space at each end, as a bag of numbers: each trigram
 * is its three UTF-16 code units in base 2^16 (below 2^48, so exact).
 */
function trigrams(words: string[]): SortedBag {
  const flat = ` ${words.join(' ')} `;
  const codes = new Float64Array(flat.length - 2);
  for (let i = 0; i < codes.length; i++) codes[i] = (flat.charCodeAt(i) * 0x10000 + flat.charCodeAt(i + 1)) * 0x10000 + flat.charCodeAt(i + 2);
  return bagOf(codes);
}

/** A word between quotation marks is named, not used: the "no" of 'the lone "no" vote' negates nothing. */
const QUOTE_MARK = /^["“”'‘’]$/;
const quotedWord = (values: readonly string[], i: number): boolean => QUOTE_MARK.test(values[i - 1] ?? '') && QUOTE_MARK.test(values[i + 1] ?? '');

/** Punctuation that ends a clause inside a sentence (a comma of "Kim and Moon, who met…"; "— the first since 1980"). */
const CLAUSE_BREAK = /^[,;:()\u2013\u2014]$|^--$/;

const HYPHENATED = /^\p{Ll}+-\p{Ll}+$/u;

/**
 * A hyphenated word that English also writes solid, in its solid form ("re-open" -> "reopen", "fund-raiser" ->
 * "fundraiser"), so outlets that spell it differently share it; the word vectors' vocabulary (nlp/vectors.ts, the 100,000
 * commonest words of news and web text) says which are written solid. Null for any other word ("short-term").
 */
function solidForm(w: string): string | null {
  if (!HYPHENATED.test(w)) return null;
  const solid = w.replace('-', '');
  return vectorRow(solid) >= 0 ? solid : null;
}

/**
 * The solid form of tokens t, t+1, t+2 when they are a word cut at its hyphen ("fund", "-", "raiser", written without
 * spaces) that English also writes solid; null otherwise.
 */
function solidAcross(doc: Doc, t: number, to: number, end: number): string | null {
  if (t + 2 >= to || doc.tokEnd[t + 2]! > end || doc.text[doc.tokStart[t + 1]!] !== '-' || doc.tokEnd[t + 1]! - doc.tokStart[t + 1]! !== 1) return null;
  if (doc.tokEnd[t]! !== doc.tokStart[t + 1]! || doc.tokEnd[t + 1]! !== doc.tokStart[t + 2]!) return null;
  return solidForm(`${doc.text.slice(doc.tokStart[t]!, doc.tokEnd[t]!)}-${doc.text.slice(doc.tokStart[t + 2]!, doc.tokEnd[t + 2]!)}`.toLowerCase());
}

/** Month number by month word ("sept" -> 9): the twelve names in order, then abbreviations read by their first letters. */
const MONTH_NUMBER = new Map(MONTH_NAMES.map((w, k) => [w, k < 12 ? k + 1 : MONTH_NAMES.findIndex((f) => f.startsWith(w.slice(0, 3))) + 1]));
/** A number glued to a slash and a number: a month/day ("9/11", "7/7"), read by SLASH_DAY, no figure of its own. */
const SLASH_DATE = /\d\/\d/;
const SLASH_DAY = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g;

/**
 * The month of a written date whose day is number token i ("Sept. 11": 9), else 0. A day is compared as a date, not as a
 * figure: "families of Sept. 11 victims" and "the 9/11 victims" name one day (`date:9-11`), and two dates differ only
 * from each other, never from an amount.
 */
function dayOfDate(values: readonly string[], i: number): number {
  const before = values[i - 1] === '.' ? (values[i - 2] ?? '') : (values[i - 1] ?? '');
  return UPPER_START.test(before) ? (MONTH_NUMBER.get(before.toLowerCase().replace(/\.$/, '')) ?? 0) : 0;
}

/** The word-level parts of a profile, gathered over the tokens. */
function wordParts(t: Tokens): Omit<Profile, 'text' | 'buckets' | 'bigramBuckets' | 'tri'> {
  const p = { words: [] as string[], stems: [] as string[], lemmas: [] as string[], content: [] as boolean[], caps: new Set<string>(), numbers: new Set<string>(), negations: 0, verbs: new Map<string, string>(), clauses: [] as number[] };
  const titleCase = isTitleCase(t.values);
  t.values.forEach((v, i) => {
    const type = t.types[i];
    if (CLAUSE_BREAK.test(v) && p.words.length > 0 && p.clauses.at(-1) !== p.words.length) p.clauses.push(p.words.length);
    if (type !== 'word' && type !== 'number' && type !== 'currency') return;
    // One spelling for words outlets write two ways: "re-open"/"reopen", "criticised"/"criticized".
    const lower = v.toLowerCase();
    const solid = solidForm(lower);
    const w = solid ?? usSpelling(lower);
    const stem = w !== lower ? porterStem(w) : (t.stems[i] ?? w).toLowerCase();
    if ((NEG.has(w) || NEG.has(stem)) && !quotedWord(t.values, i)) p.negations++;
    const lemma = solid ? w : usSpelling((t.lemmas[i] ?? w).toLowerCase());
    if (isEventVerb(t, i, w, lemma, titleCase)) p.verbs.set(lemma, stem);
    if (type === 'number') {
      const month = dayOfDate(t.values, i);
      const n = Number(w.replace(COMMAS, ''));
      if (month) p.numbers.add(`date:${month}-${n}`);
      else if (Number.isFinite(n)) p.numbers.add(String(n));
    }
    if (p.words.length > 0 && UPPER_START.test(v)) p.caps.add(stem);
    p.words.push(w);
    p.stems.push(stem);
    p.lemmas.push(lemma);
    p.content.push(!STOP.has(w) && type !== 'currency');
  });
  return p;
}

// Typographic apostrophes and quotes read as plain ones: the n’t of "hadn’t" must be the n't of "hadn't" (or its
// negation goes unseen and the pair reads as a polarity flip). One character for one, so offsets stay put.
const TYPOGRAPHIC = /[‘’ʼ“”]/;
// Most tokens hold no such mark: one test instead of two replaces, read once per token of every profiled span.
const plainText = (text: string): string => (TYPOGRAPHIC.test(text) ? text.replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"') : text);

/** The profile of a text from its tokens. */
function fromTokens(text: string, plain: string, tokens: Tokens, size: number): Profile {
  const parts = wordParts(tokens);
  for (const n of findNumbers(plain)) if (!SLASH_DATE.test(plain.slice(Math.max(0, n.start - 3), n.end + 3))) parts.numbers.add(String(Math.round(n.value * 1000) / 1000));
  for (const m of plain.matchAll(SLASH_DAY)) parts.numbers.add(`date:${Number(m[1])}-${Number(m[2])}`);
  const { stems } = parts;
  const buckets = int32Of(stems, (s) => bucket(s, size));
  const bigrams = new Set<number>();
  for (let i = 0; i + 1 < stems.length; i++) bigrams.add(bucket(`\u0002${stems[i]} ${stems[i + 1]}`, size));
  return { text, ...parts, buckets, bigramBuckets: int32OfSet(bigrams), tri: trigrams(parts.words) };
}

/**
 * Tokenise, stem and summarise one sentence for matching.
 * @param text a sentence or short claim
 * @param size number of hash buckets of the tables it will be scored with
 * @example profile('Talks ended on Friday.').stems // ['talk', 'end', 'on', 'friday']
 */
export function profile(text: string, size: number = DEFAULT_BUCKETS): Profile {
  // A sentence on its own is a one-paragraph document: the same doc model as the articles', no engine of the matcher's.
  const plain = plainText(text);
  const p = profileSpan(buildDoc(plain, [{ start: 0, end: plain.length }]), 0, plain.length, size);
  p.text = text;
  return p;
}

/**
 * The profile of text[start, end) of a document from the document's own tokens (tagged in their sentence), so the
 * text is not read by wink again; for claims, which carry their article offsets.
 * @param doc the article's Doc
 * @example profileSpan(doc, claim.start, claim.end).stems
 */
export function profileSpan(doc: Doc, start: number, end: number, size: number = DEFAULT_BUCKETS, masks: readonly Mask[] = []): Profile {
  if (masks.length) return readSpan(doc, start, end, size, masks);
  // One span is profiled once per Doc, whoever asks (alignment, conflicts, the brief's restatement scorer), so the
  // features built on a profile (matcher/sketch.ts) are built once too.
  let spans = spanCache.get(doc);
  if (!spans) spanCache.set(doc, (spans = new Map()));
  const key = `${start}:${end}:${size}`;
  let p = spans.get(key);
  if (!p) spans.set(key, (p = readSpan(doc, start, end, size, masks)));
  return p;
}

/** Unmasked span profiles per Doc, kept as long as the Doc is. */
const spanCache = new WeakMap<Doc, Map<string, Profile>>();

function readSpan(doc: Doc, start: number, end: number, size: number, masks: readonly Mask[]): Profile {
  const [from, to] = tokensIn(doc, start, end);
  const tokens: Tokens = { values: [], types: [], pos: [], lemmas: [], stems: [] };
  const emitted = new Set<Mask>();
  for (let t = from; t < to; t++) {
    const [s, e] = [Math.max(start, doc.tokStart[t]!), Math.min(end, doc.tokEnd[t]!)];
    // An empty mask inserts its words before the first token at or after it (a subject a clause leaves unsaid).
    for (const m of masks) {
      if (m.start !== m.end || m.start > s || emitted.has(m)) continue;
      emitted.add(m);
      placeholder(tokens, m.with);
    }
    const mask = masks.find((m) => s < m.end && m.start < e);
    if (mask) {
      // A masked value reads as its placeholder words, once, however many tokens it covers.
      if (!emitted.has(mask)) placeholder(tokens, mask.with);
      emitted.add(mask);
      continue;
    }
    const joined = solidAcross(doc, t, to, end);
    if (joined) {
      // "fund - raiser" as the tokenizer cut it: one word, as outlets that write it solid have it.
      tokens.values.push(joined);
      tokens.types.push('word');
      tokens.pos.push(tokenPos(doc, t + 2));
      tokens.lemmas.push(joined);
      tokens.stems.push(porterStem(joined));
      t += 2;
      continue;
    }
    const value = plainText(doc.text.slice(s, e));
    // A token the span cuts ("a.m." of "…by 5 a.m." when the claim ends before the period) is the part inside it,
    // as if the span were read alone.
    const cut = s > doc.tokStart[t]! || e < doc.tokEnd[t]!;
    tokens.values.push(value);
    tokens.types.push(tokenType(doc, t));
    tokens.pos.push(tokenPos(doc, t));
    tokens.lemmas.push(cut ? value.toLowerCase() : plainText(doc.lemmas[t]!));
    tokens.stems.push(porterStem(value));
  }
  const text = maskedText(doc.text, start, end, masks);
  return fromTokens(text, plainText(text), tokens, size);
}

/** text[start, end) with each mask's span replaced by its words. */
function maskedText(text: string, start: number, end: number, masks: readonly Mask[]): string {
  let out = text.slice(start, end);
  for (const m of [...masks].sort((a, b) => b.start - a.start)) {
    if (m.start < start || m.end > end) continue;
    const words = m.start === m.end ? `${m.with} ` : m.with;
    out = `${out.slice(0, m.start - start)}${words}${out.slice(m.end - start)}`;
  }
  return out;
}

/**
 * A span of a Doc read as other words: a figure as "some", a date as "that day", a name as "someone", a pronoun as the
 * name it stands for; an empty span (start = end) inserts its words there.
 */
export interface Mask {
  start: number;
  end: number;
  with: string;
}

/** The placeholder's words as tokens: plain words, tagged as the determiner or noun they stand for. */
function placeholder(tokens: Tokens, words: string): void {
  for (const w of words.split(/\s+/).filter(Boolean)) {
    tokens.values.push(w);
    tokens.types.push(LETTER_START.test(w) ? 'word' : 'punctuation');
    tokens.pos.push(PLACEHOLDER_DETERMINER.test(w) ? (w === 'someone' ? 'PRON' : 'DET') : 'NOUN');
    tokens.lemmas.push(w.toLowerCase());
    tokens.stems.push(porterStem(w));
  }
}

/**
 * True when token `i` of `x` is a name word right before another name word that `other` contains ("Steve" in
 * "Steve Witkoff" when the other says "Witkoff"): name variants of one person differ in such leading words.
 */
export function nameBefore(x: Profile, i: number, other: Set<string>): boolean {
  const next = x.stems[i + 1];
  return next !== undefined && x.caps.has(x.stems[i]!) && x.caps.has(next) && other.has(next);
}

/** True when token `i` of `p` is a content word that is not weak (attribution, day, title words). */
export const isStrong = (p: Profile, i: number): boolean => p.content[i]! && !WEAK.has(p.words[i]!) && !WEAK.has(p.stems[i]!);

/** `strongStems` per profile: alignment asks for them once per pair a profile is in. */
const strongCache = new WeakMap<Profile, ReadonlySet<string>>();

/** Distinct stems of the content words that are not weak (attribution, day, title words): what a claim is about. Shared: read only. */
export function strongStems(p: Profile): ReadonlySet<string> {
  let out = strongCache.get(p);
  if (!out) {
    const set = new Set<string>();
    p.stems.forEach((s, i) => {
      if (isStrong(p, i)) set.add(s);
    });
    strongCache.set(p, (out = set));
  }
  return out;
}
