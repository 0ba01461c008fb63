// Derived text: an article that tells another's sentences again in the same order, reworded. Verbatim passages are
// find.ts's shingles; here each sentence of the article's document model is its content words (function words and
// quoted speech left out: every report of an event quotes the same people), stemmed, weighted by how rare they are
// across the story's sentences, and a pair is a rewrite when a long chain of one article's sentences finds its
// counterparts in the other in reading order.
import type { Span } from '../core/types.js';
import settings from './data/settings.json' with { type: 'json' };
import functionWords from './data/function-words.json' with { type: 'json' };
import { checkedLowerSet } from '../core/util/lists.js';
import { sharedWeights } from './pairs.js';
import { porterStem, quotedAt, sentenceCount, sentenceSpan, sentenceTokens, tokenText, tokenType, type Doc } from '../nlp/index.js';
import { int32OfSet } from '../core/util/typed.js';

const S = settings.rewrite;
const FUNCTION_WORDS = checkedLowerSet('reuse/data/function-words.json#words', functionWords.words);

/** One sentence: its span and its content terms (ids into the story's term table, distinct). */
interface Sentence extends Span {
  terms: Int32Array;
}

/** The sentences of each article and the idf of each term over all of them. */
export interface StoryTerms {
  sentences: Sentence[][];
  idf: Float64Array;
  /** Per article: its distinct terms with the weight of each (summed idf over its sentences' distinct terms). */
  bags: Array<Map<number, number>>;
  /** Per article: the length of the sentences read, what a share is of. */
  lengths: number[];
}

/**
 * The stems of sentence s's content words outside quotations: words and figures, not function words (a title's full
 * stop aside: "Mr." is "mr"), not one or two letters, not a clitic ("n't", "'s").
 */
function contentStems(doc: Doc, s: number): string[] {
  const out: string[] = [];
  const [from, to] = sentenceTokens(doc, s);
  for (let t = from; t < to; t++) {
    const type = tokenType(doc, t);
    if (type !== 'word' && type !== 'number') continue;
    const w = tokenText(doc, t).toLowerCase().replace(/\.$/, '');
    if (!/^[\p{L}\p{N}]/u.test(w) || FUNCTION_WORDS.has(w) || (w.length < 3 && !/\d/.test(w))) continue;
    if (quotedAt(doc, doc.tokStart[t]!) < 0) out.push(porterStem(w));
  }
  return out;
}

/**
 * Sentences and term weights of a story, read from the articles' document models (`docs[i]` of article i): idf over
 * every sentence of every article, so a word every report repeats (the story's own names) weighs little and a rare
 * detail weighs much.
 * @example storyTerms(articles.map((a) => buildDoc(a.text, a.paragraphs))).sentences[0].length // a's sentences compared
 */
export function storyTerms(docs: readonly Doc[]): StoryTerms {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const read = docs.map((doc) => Array.from({ length: Math.min(sentenceCount(doc), S.maxSentences) }, (_, s) => s));
  const sentences = docs.map((doc, d) =>
    read[d]!.flatMap((s): Sentence[] => {
      const terms = new Set<number>();
      for (const w of contentStems(doc, s)) {
        let id = ids.get(w);
        if (id === undefined) ids.set(w, (id = ids.size));
        terms.add(id);
      }
      if (terms.size < S.minSentenceTerms) return [];
      for (const t of terms) df[t] = (df[t] ?? 0) + 1;
      return [{ ...sentenceSpan(doc, s), terms: int32OfSet(terms).sort() }];
    }),
  );
  // A share is of every sentence read, those all quotation or too short to compare included: a report made mostly of
  // the quotes every outlet carries is not a rewrite for its few narrative sentences alone.
  const lengths = read.map((list, d) => list.reduce((n, s) => n + docs[d]!.sentEnd[s]! - docs[d]!.sentStart[s]!, 0));
  const total = sentences.reduce((n, list) => n + list.length, 0);
  const idf = Float64Array.from({ length: ids.size }, (_, t) => Math.log((total + 1) / ((df[t] ?? 0) + 0.5)));
  const bags = sentences.map((list) => {
    const bag = new Map<number, number>();
    for (const s of list) for (const t of s.terms) bag.set(t, idf[t]!);
    return bag;
  });
  return { sentences, idf, bags, lengths };
}

/** Share of sentence x's weight found in sentence y (both term lists sorted). */
function contained(x: Sentence, y: Sentence, idf: Float64Array): number {
  let shared = 0;
  let all = 0;
  let j = 0;
  for (const t of x.terms) {
    all += idf[t]!;
    while (j < y.terms.length && y.terms[j]! < t) j++;
    if (y.terms[j] === t) shared += idf[t]!;
  }
  return all ? shared / all : 0;
}

/** Longest chain of (x sentence, its best y sentence) pairs with y never going back (several x may share one y: merged sentences). */
function inOrderChain(xs: Sentence[], ys: Sentence[], idf: Float64Array): Array<[number, number]> {
  const matched: Array<[number, number]> = [];
  xs.forEach((x, i) => {
    let best = -1;
    let bestScore = S.sentenceMatch;
    ys.forEach((y, j) => {
      const c = contained(x, y, idf);
      if (c >= bestScore) {
        bestScore = c;
        best = j;
      }
    });
    if (best >= 0) matched.push([i, best]);
  });
  // Longest non-decreasing subsequence of the y indices (patience sorting), kept with back links.
  const tails: number[] = [];
  const tailAt: number[] = [];
  const back: number[] = [];
  matched.forEach(([, y], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! <= y) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = y;
    tailAt[lo] = k;
    back[k] = lo ? tailAt[lo - 1]! : -1;
  });
  const chain: Array<[number, number]> = [];
  for (let k = tailAt[tails.length - 1] ?? -1; k >= 0; k = back[k]!) chain.push(matched[k]!);
  chain.reverse();
  // A rewrite merges two or three sentences into one; one long sentence standing for many is chance, not rewriting.
  const uses = new Map<number, number>();
  return chain.filter(([, y]) => {
    const n = (uses.get(y) ?? 0) + 1;
    uses.set(y, n);
    return n <= S.maxMerged;
  });
}

/** A pair told again sentence by sentence: the share of the told-again article (the larger of the two directions) and the sentence pairs. */
export interface Rewrite {
  /** 0..1: share of the text of the article whose sentences are told again in the other, in order. */
  share: number;
  /** Matched sentences of both directions, as spans of article a and article b, in a's reading order. */
  sentences: Array<{ a: Span; b: Span }>;
}

/**
 * How far articles i and j tell the same sentences in the same order (reworded or not).
 * @example rewriteOf(storyTerms([wire, rewrite]), 0, 1).share // 0.7
 */
export function rewriteOf(story: StoryTerms, i: number, j: number): Rewrite {
  const A = story.sentences[i]!;
  const B = story.sentences[j]!;
  const ab = inOrderChain(A, B, story.idf);
  const ba = inOrderChain(B, A, story.idf);
  const shareAB = ab.reduce((n, [x]) => n + A[x]!.end - A[x]!.start, 0) / (story.lengths[i] || 1);
  const shareBA = ba.reduce((n, [y]) => n + B[y]!.end - B[y]!.start, 0) / (story.lengths[j] || 1);
  const useAB = shareAB >= shareBA;
  const chain = useAB ? ab : ba;
  if (chain.length < S.minSentences) return { share: 0, sentences: [] };
  // The evidence is the sentence pairs of both directions: a sentence the document model leaves merged ("…act as a. She
  // added…") stands for one sentence in one direction and for two in the other.
  const pairs: Array<[number, number]> = useAB ? [...chain] : chain.map(([x, y]): [number, number] => [y, x]);
  const other: Array<[number, number]> = useAB ? ba.map(([x, y]): [number, number] => [y, x]) : ab;
  const seen = new Set(pairs.map(([x, y]) => x * B.length + y));
  if (other.length >= S.minSentences) pairs.push(...other.filter(([x, y]) => !seen.has(x * B.length + y)));
  const sentences = pairs.map(([x, y]) => ({ a: spanOf(A[x]!), b: spanOf(B[y]!) }));
  sentences.sort((p, q) => p.a.start - q.a.start || p.b.start - q.b.start);
  return { share: Math.round(Math.max(shareAB, shareBA) * 1e4) / 1e4, sentences };
}

const spanOf = (s: Sentence): Span => ({ start: s.start, end: s.end });

/**
 * Pairs of articles worth comparing sentence by sentence: every pair of a story of up to `allPairsUpTo` articles; in a
 * larger one, those sharing at least `candidateShare` of the smaller
 * article's content weight, counted over words held by at most `maxTermShare` of the articles and at most
 * `maxTermArticles` (a story's own names say nothing about copying). Found through a term index, so unrelated pairs cost nothing.
 * @example rewriteCandidates(storyTerms(articles)) // [[0, 1], [2, 5]]
 */
export function rewriteCandidates(story: StoryTerms): Array<[number, number]> {
  const n = story.bags.length;
  if (n <= S.allPairsUpTo) return Array.from({ length: n }, (_, i) => Array.from({ length: n - i - 1 }, (_, k): [number, number] => [i, i + k + 1])).flat();
  const cap = Math.max(2, Math.min(S.maxTermArticles, Math.floor(S.maxTermShare * n)));
  const shared = sharedWeights(story.bags.map((bag) => bag.keys()), (t, holders) => (holders > cap ? 0 : story.idf[t]!));
  const mass = story.bags.map((bag) => [...bag.values()].reduce((s, w) => s + w, 0));
  const out: Array<[number, number]> = [];
  shared.forEach((i, j, w) => {
    if (w >= S.candidateShare * Math.min(mass[i]!, mass[j]!)) out.push([i, j]);
  });
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
