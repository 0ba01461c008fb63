// B-cubed precision, recall and F1 of a clustering against gold classes (Bagga & Baldwin 1998; Amigó et al. 2009): per
// item, the share of its predicted cluster that shares its gold class, and the share of its gold class in its cluster.

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  /** Items scored (those with both a prediction and a gold class). */
  n: number;
}

/**
 * @param predicted item -> predicted cluster
 * @param gold item -> gold class; items missing from either side are not scored
 * @example bcubed(new Map([['a', 1], ['b', 1]]), new Map([['a', 'x'], ['b', 'y']])).precision // 0.5
 */
export function bcubed<P, G>(predicted: ReadonlyMap<string, P>, gold: ReadonlyMap<string, G>): BCubed {
  const items = [...predicted.keys()].filter((k) => gold.has(k));
  const pairCount = new Map<string, number>();
  const predCount = new Map<P, number>();
  const goldCount = new Map<G, number>();
  const pairKey = new Map<string, string>();
  const ids = { p: new Map<P, number>(), g: new Map<G, number>() };
  const idOf = <T>(m: Map<T, number>, x: T): number => {
    let v = m.get(x);
    if (v === undefined) m.set(x, (v = m.size));
    return v;
  };
  for (const k of items) {
    const p = predicted.get(k)!;
    const g = gold.get(k)!;
    const pk = `${idOf(ids.p, p)}|${idOf(ids.g, g)}`;
    pairKey.set(k, pk);
    pairCount.set(pk, (pairCount.get(pk) ?? 0) + 1);
    predCount.set(p, (predCount.get(p) ?? 0) + 1);
    goldCount.set(g, (goldCount.get(g) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const k of items) {
    const both = pairCount.get(pairKey.get(k)!)!;
    precision += both / predCount.get(predicted.get(k)!)!;
    recall += both / goldCount.get(gold.get(k)!)!;
  }
  const n = items.length;
  precision = n ? precision / n : 0;
  recall = n ? recall / n : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, n };
}
