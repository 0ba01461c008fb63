// Word-level diff of two renderings of one quote: what was omitted, added or changed, and a verdict on the difference.
import type { QuoteVariant } from '../core/types.js';

/** Words of a quote for comparison: lower-case, punctuation dropped, curly apostrophes made straight. */
export function quoteWords(text: string): string[] {
  // "deal-maker" and "dealmaker" are one word in two spellings.
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/(\p{L})[-‐](\p{L})/gu, '$1$2').match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
}

type Op = { kind: 'eq' | 'del' | 'ins'; word: string };

/** Longest-common-subsequence alignment of two word lists (quotes are short; capped to keep it cheap). */
function align(a: string[], b: string[]): Op[] {
  const A = a.slice(0, 400);
  const B = b.slice(0, 400);
  const n = A.length;
  const m = B.length;
  const dp: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) dp[i]![j] = A[i] === B[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (A[i] === B[j]) {
      ops.push({ kind: 'eq', word: A[i]! });
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) ops.push({ kind: 'del', word: A[i++]! });
    else ops.push({ kind: 'ins', word: B[j++]! });
  }
  while (i < n) ops.push({ kind: 'del', word: A[i++]! });
  while (j < m) ops.push({ kind: 'ins', word: B[j++]! });
  return ops;
}

/** Index of `needle` as a contiguous run inside `hay`, or -1. */
export function findRun(hay: string[], needle: string[]): number {
  if (!needle.length || needle.length > hay.length) return -1;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** Length of the longest run of words the two share, counting only the words `counts` accepts (all by default). */
export function longestCommonRun(a: string[], b: string[], counts: (w: string) => boolean = () => true): number {
  let best = 0;
  const prev = new Uint16Array(b.length + 1);
  const cur = new Uint16Array(b.length + 1);
  // Runs are tracked by length (to know a run continues) and scored by the words `counts` accepts.
  const prevScore = new Uint16Array(b.length + 1);
  const curScore = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      cur[j] = prev[j - 1]! + 1;
      curScore[j] = prevScore[j - 1]! + (counts(a[i - 1]!) ? 1 : 0);
      if (curScore[j]! > best) best = curScore[j]!;
    }
    prev.set(cur);
    prevScore.set(curScore);
    cur.fill(0);
    curScore.fill(0);
  }
  return best;
}

/**
 * Compare a quote with the group's reference wording.
 * @param reference the reference rendering's text
 * @param other the rendering to judge
 * @example diffQuote('That is what a dealmaker does', 'what a dealmaker does').verdict === 'fragment'
 */
export function diffQuote(reference: string, other: string): Omit<QuoteVariant, 'quote'> {
  const a = quoteWords(reference);
  const b = quoteWords(other);
  const ops = align(a, b);
  const omitted: string[] = [];
  const added: string[] = [];
  const changed: Array<{ from: string; to: string }> = [];
  // A run of deletions next to a run of insertions is a substitution: pair them word by word.
  for (let k = 0; k < ops.length; ) {
    if (ops[k]!.kind === 'eq') {
      k++;
      continue;
    }
    const dels: string[] = [];
    const ins: string[] = [];
    while (k < ops.length && ops[k]!.kind !== 'eq') {
      const op = ops[k++]!;
      (op.kind === 'del' ? dels : ins).push(op.word);
    }
    const pairs = Math.min(dels.length, ins.length);
    for (let p = 0; p < pairs; p++) changed.push({ from: dels[p]!, to: ins[p]! });
    omitted.push(...dels.slice(pairs));
    added.push(...ins.slice(pairs));
  }
  const same = ops.filter((o) => o.kind === 'eq').length;
  let verdict: QuoteVariant['verdict'];
  if (!omitted.length && !added.length && !changed.length) verdict = 'same';
  else if (findRun(a, b) >= 0) verdict = 'fragment';
  else if (findRun(b, a) >= 0) verdict = 'extended';
  else if (same >= 0.6 * Math.min(a.length, b.length) && changed.length + omitted.length + added.length <= Math.max(3, 0.4 * Math.max(a.length, b.length)))
    verdict = 'altered';
  else if (same >= 0.6 * Math.min(a.length, b.length) && longestCommonRun(a, b) >= 4) {
    // Mostly shared, but cut on one side and extended on the other: a differing selection of the words, with changes.
    verdict = changed.length ? 'altered' : findRun(a, b.slice(0, 3)) >= 0 || findRun(b, a.slice(0, 3)) >= 0 ? 'extended' : 'altered';
  } else verdict = 'paraphrase';
  if (verdict === 'fragment' || verdict === 'extended') {
    // A pure cut or extension has no substitutions: report the extra words as omitted / added.
    for (const c of changed) {
      omitted.push(c.from);
      added.push(c.to);
    }
    changed.length = 0;
  }
  return { verdict, omitted, added, changed };
}
