// ROUGE-N and ROUGE-L F1 (Lin 2004) on lower-cased word tokens, without stemming or stop-word removal; same for every system.

const tokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function ngrams(words: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i += 1) {
    const key = words.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const f1 = (overlap: number, predicted: number, gold: number): number =>
  overlap === 0 ? 0 : (2 * (overlap / predicted) * (overlap / gold)) / (overlap / predicted + overlap / gold);

/** ROUGE-N F1 of `prediction` against `reference`. */
export function rougeN(prediction: string, reference: string, n: number): number {
  const p = ngrams(tokens(prediction), n);
  const g = ngrams(tokens(reference), n);
  let overlap = 0;
  let pTotal = 0;
  let gTotal = 0;
  for (const c of p.values()) pTotal += c;
  for (const [k, c] of g) {
    gTotal += c;
    overlap += Math.min(c, p.get(k) ?? 0);
  }
  return f1(overlap, pTotal, gTotal);
}

/** ROUGE-L F1: longest common subsequence of the two token sequences (summary-level, as one sequence each). */
export function rougeL(prediction: string, reference: string): number {
  const a = tokens(prediction);
  const b = tokens(reference);
  if (!a.length || !b.length) return 0;
  let prev = new Uint16Array(b.length + 1);
  let row = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    [prev, row] = [row, prev];
  }
  return f1(prev[b.length]!, a.length, b.length);
}

/** The first sentences of `sentences` that fit in `budget` words; a first sentence longer than the budget is cut. */
export function truncateWords(sentences: readonly string[], budget: number): string {
  const out: string[] = [];
  let used = 0;
  for (const s of sentences) {
    const n = tokens(s).length;
    if (used + n > budget) {
      if (!out.length) out.push(s.split(/\s+/).slice(0, budget).join(' '));
      break;
    }
    out.push(s);
    used += n;
  }
  return out.join(' ');
}
