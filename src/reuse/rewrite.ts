// Derived text: an article that tells another's sentences again in the same order, reworded. Verbatim passages are
// index.ts's shingles; here each sentence is its content words (function words and quoted speech left out: every report
// of an event quotes the same people) weighted by how rare they are across the story's sentences, and a pair is a
// rewrite when a long chain of one article's sentences finds its counterparts in the other in reading order.
import type { Article, Span } from '../core/types.js';
import settings from './data/settings.json' with { type: 'json' };
import functionWords from './data/function-words.json' with { type: 'json' };
import { checkedLowerSet } from '../core/util/lists.js';
import { sharedWeights } from './pairs.js';

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
}

/** Sentence ends: a stop (and closing marks) before a space and an opening capital, digit or mark; and line breaks. */
const SENTENCE_END = /[.!?]["”’)\]]*\s+(?=["“‘(\p{Lu}\p{N}])|\n+/gu;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const OPENING = new Set(['“', '"']);
const CLOSING: Record<string, string> = { '“': '”', '"': '"' };

/** The text with its quotations blanked, in one pass (an unclosed mark quotes nothing). */
function unquoted(text: string): string {
  const chars = [...text];
  let open = -1;
  let close = '';
  chars.forEach((c, i) => {
    if (open >= 0 && c === close) {
      for (let k = open; k <= i; k++) chars[k] = ' ';
      open = -1;
    } else if (open < 0 && OPENING.has(c)) {
      open = i;
      close = CLOSING[c]!;
    } else if (open >= 0 && c === '\n') open = -1;
  });
  return chars.join('');
}

/** A crude stem: possessive and common inflections off, so "visits", "visited" and "visiting" meet. */
function stem(w: string): string {
  let s = w.replace(/['’]s$/, '');
  if (s.length > 5 && s.endsWith('ies')) return `${s.slice(0, -3)}y`;
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (s.length > suffix.length + 3 && s.endsWith(suffix) && !(suffix === 's' && s.endsWith('ss'))) {
      s = s.slice(0, -suffix.length);
      break;
    }
  }
  return s;
}

/** Spans of the text's sentences, trimmed. */
function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (body) out.push({ start: start + lead, end: start + lead + body.length });
  };
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const stop = m[0].startsWith('\n') ? m.index : m.index + m[0].trimEnd().length;
    push(stop);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/** The content words of a sentence outside quotation marks, stemmed. */
function contentWords(sentence: string): string[] {
  const out: string[] = [];
  for (const m of unquoted(sentence).matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (FUNCTION_WORDS.has(w) || (w.length < 3 && !/\d/.test(w))) continue;
    out.push(stem(w));
  }
  return out;
}

/**
 * Sentences and term weights of a story: idf over every sentence of every article, so a word every report repeats
 * (the story's own names) weighs little and a rare detail weighs much.
 * @example storyTerms([a, b]).sentences[0].length // a's sentences
 */
export function storyTerms(articles: readonly Article[]): StoryTerms {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const sentences = articles.map((a) =>
    sentenceSpans(a.text).slice(0, S.maxSentences).flatMap((span): Sentence[] => {
      const terms = new Set<number>();
      for (const w of contentWords(a.text.slice(span.start, span.end))) {
        let id = ids.get(w);
        if (id === undefined) ids.set(w, (id = ids.size));
        terms.add(id);
      }
      if (terms.size < S.minSentenceTerms) return [];
      for (const t of terms) df[t] = (df[t] ?? 0) + 1;
      return [{ ...span, terms: Int32Array.from(terms).sort() }];
    }),
  );
  const total = sentences.reduce((n, list) => n + list.length, 0);
  const idf = Float64Array.from({ length: ids.size }, (_, t) => Math.log((total + 1) / ((df[t] ?? 0) + 0.5)));
  const bags = sentences.map((list) => {
    const bag = new Map<number, number>();
    for (const s of list) for (const t of s.terms) bag.set(t, idf[t]!);
    return bag;
  });
  return { sentences, idf, bags };
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
  /** Matched sentences, as spans of article a and article b, in a's reading order. */
  sentences: Array<{ a: Span; b: Span }>;
}

const textLength = (list: Sentence[]): number => list.reduce((n, s) => n + s.end - s.start, 0);

/**
 * How far articles i and j tell the same sentences in the same order (reworded or not).
 * @example rewriteOf(storyTerms([wire, rewrite]), 0, 1).share // 0.7
 */
export function rewriteOf(story: StoryTerms, i: number, j: number): Rewrite {
  const A = story.sentences[i]!;
  const B = story.sentences[j]!;
  const ab = inOrderChain(A, B, story.idf);
  const ba = inOrderChain(B, A, story.idf);
  const shareAB = ab.reduce((n, [x]) => n + A[x]!.end - A[x]!.start, 0) / (textLength(A) || 1);
  const shareBA = ba.reduce((n, [y]) => n + B[y]!.end - B[y]!.start, 0) / (textLength(B) || 1);
  const useAB = shareAB >= shareBA;
  const chain = useAB ? ab : ba;
  if (chain.length < S.minSentences) return { share: 0, sentences: [] };
  const sentences = chain.map(([x, y]) => (useAB ? { a: spanOf(A[x]!), b: spanOf(B[y]!) } : { a: spanOf(A[y]!), b: spanOf(B[x]!) }));
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
