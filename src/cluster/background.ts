// What general news says of a word before a stream has said anything: the share of news articles holding it, from its
// rank in the word vectors' vocabulary (listed by frequency). An article's vector keeps only its heaviest terms, chosen
// at arrival; on a young stream its own IDF cannot tell "police" from "Qeshm" (each in one or two articles so far), so
// the choice of which terms to keep leans on general news too.
import { wordRank } from '../nlp/index.js';

/**
 * A word's frequency rank (0: the commonest) in the word vectors' vocabulary, else its stem's; -1 when neither is
 * listed (names, numbers and words rarer than the vocabulary's 100,000).
 * @example frequencyRank('police', 'police') // 123
 */
export function frequencyRank(lower: string, stem: string): number {
  const r = wordRank(lower);
  return r >= 0 || stem === lower ? r : wordRank(stem);
}

/**
 * The share of news articles holding a word of frequency rank `rank`: a word's frequency falls as 1 / rank (Zipf's
 * law), so min(1, scale / (rank + 1)); 0 for a word not listed.
 * @example wordShare(123, 50) // 0.40
 */
export const wordShare = (rank: number, scale: number): number => (rank < 0 ? 0 : Math.min(1, scale / (rank + 1)));

/** Where selectionIdf writes (needed until the next arrival only). */
let SELECT = new Float64Array(1024);

/**
 * Beside each of an article's terms, the idf its terms are chosen by: the stream's idf (its `n` articles after `prior`
 * holding none of its terms: Idf) with `news` articles of general news before them, a term held by its share of those.
 * news 0: the stream's idf. A view valid until the next call.
 * @param counts beside each term, the stream's articles holding it (this one included)
 * @param shares beside each term, its share of general news (wordShare)
 */
export function selectionIdf(counts: ArrayLike<number>, shares: ArrayLike<number>, n: number, prior: number, news: number): Float64Array {
  if (SELECT.length < counts.length) SELECT = new Float64Array(counts.length * 2);
  const top = Math.log(n + prior + news + 1);
  for (let i = 0; i < counts.length; i++) SELECT[i] = top - Math.log(counts[i]! + news * shares[i]! + 0.5);
  return SELECT.subarray(0, counts.length);
}
