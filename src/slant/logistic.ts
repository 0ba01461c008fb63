// Logistic regression over sparse features: the scorer the slant stage uses, and the trainer the fit script uses.
import { rng } from '../core/util/random.js';
import type { Features } from './features.js';

export interface LogisticModel {
  bias: number;
  weights: ArrayLike<number>;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Probability of the positive class. */
export function predict(m: LogisticModel, x: Features): number {
  let z = m.bias;
  for (let k = 0; k < x.idx.length; k++) z += (m.weights[x.idx[k]!] ?? 0) * x.val[k]!;
  return sigmoid(z);
}

export interface TrainOptions {
  dim: number;
  /** L2 strength (per example, as in SGD-style regularisation). */
  l2: number;
  /** Features from this index on (the few dense cue features) get `l2Dense` instead of `l2`. */
  denseFrom?: number;
  l2Dense?: number;
  epochs: number;
  /** Seed of the example shuffle, so fits are reproducible. */
  seed: number;
  /** Weight each class by N / (2 · N_class), so the decision point 0.5 does not follow the training prior. */
  balanced: boolean;
}

// The fit's shuffle PRNG is the shared one; re-exported for the fit script.
export { rng };

/** Fit by AdaGrad-scaled SGD; L2 shrinks the weights an example touches (the data are small: hundreds of sentences). */
export function train(xs: Features[], ys: number[], o: TrainOptions): { bias: number; weights: Float64Array } {
  const w = new Float64Array(o.dim);
  const g2 = new Float64Array(o.dim).fill(1e-8);
  let b = 0;
  let gb2 = 1e-8;
  const pos = ys.filter((y) => y === 1).length;
  const cw = o.balanced ? [xs.length / (2 * Math.max(1, xs.length - pos)), xs.length / (2 * Math.max(1, pos))] : [1, 1];
  const order = xs.map((_, i) => i);
  const rand = rng(o.seed);
  const eta = 0.2;
  const denseFrom = o.denseFrom ?? o.dim;
  const l2Dense = o.l2Dense ?? o.l2;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const x = xs[i]!;
      const y = ys[i]!;
      let z = b;
      for (let k = 0; k < x.idx.length; k++) z += w[x.idx[k]!]! * x.val[k]!;
      const err = (sigmoid(z) - y) * cw[y]!;
      for (let k = 0; k < x.idx.length; k++) {
        const j = x.idx[k]!;
        const g = err * x.val[k]! + (j >= denseFrom ? l2Dense : o.l2) * w[j]!;
        g2[j]! += g * g;
        w[j]! -= (eta * g) / Math.sqrt(g2[j]!);
      }
      gb2 += err * err;
      b -= (eta * err) / Math.sqrt(gb2);
    }
  }
  return { bias: b, weights: w };
}

/** Macro-F1 over the two classes (the CheckThat! measure), with per-class F1. */
export function macroF1(gold: number[], pred: number[]): { macro: number; f1: [number, number] } {
  const f1 = [0, 1].map((c) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = pred[i];
      if (p === c && g === c) tp++;
      else if (p === c) fp++;
      else if (g === c) fn++;
    });
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  }) as [number, number];
  return { macro: (f1[0] + f1[1]) / 2, f1 };
}
