// The split check: a 2-means of a story's members (cosine of IDF-weighted unit vectors, seeded by the member farthest
// from the centroid and the one farthest from it); a split when both halves are big enough, their centroids far apart,
// and no member bridges them. The members' terms get local numbers 0..K-1, so vectors are typed arrays and centroids
// dense arrays (no Map per member or per centroid); sums run in the order a map built member by member would, so the
// figures are the same to the bit.
import type { ClusterSettings } from './settings.js';
import type { Idf } from './idf.js';
import type { Sparse } from './vectors.js';

/** A member's unit vector over local term numbers, and its squared norm as summed. */
interface Unit {
  terms: Int32Array;
  w: Float64Array;
  sq: number;
}

/** A sum of unit vectors: dense weights, the terms in first-seen order, and the squared norm summed in that order. */
interface Sum {
  w: Float64Array;
  order: Int32Array;
  sq: number;
}

/** The members' unit vectors over local term numbers (by first appearance), and the number of terms. */
function units(members: readonly number[], vectorOf: (m: number) => Sparse, idf: Idf): { vs: Unit[]; size: number } {
  const local = new Map<number, number>();
  const vs = members.map((m) => {
    const v = vectorOf(m);
    const terms = new Int32Array(v.keys.length);
    const w = new Float64Array(v.keys.length);
    let n = 0;
    for (let i = 0; i < v.keys.length; i++) {
      const k = v.keys[i]!;
      let t = local.get(k);
      if (t === undefined) local.set(k, (t = local.size));
      terms[i] = t;
      w[i] = v.vals[i]! * idf.idf(k);
      n += w[i]! * w[i]!;
    }
    n = Math.sqrt(n) || 1;
    let sq = 0;
    for (let i = 0; i < w.length; i++) {
      w[i] = w[i]! / n;
      sq += w[i]! * w[i]!;
    }
    return { terms, w, sq };
  });
  return { vs, size: local.size };
}

/** The sum of the vectors `pick` accepts. */
function sum(vs: readonly Unit[], size: number, pick: (i: number) => boolean): Sum {
  const w = new Float64Array(size);
  const seen = new Uint8Array(size);
  const order: number[] = [];
  vs.forEach((v, i) => {
    if (!pick(i)) return;
    for (let j = 0; j < v.terms.length; j++) {
      const t = v.terms[j]!;
      if (!seen[t]) {
        seen[t] = 1;
        order.push(t);
      }
      w[t] = w[t]! + v.w[j]!;
    }
  });
  let sq = 0;
  for (const t of order) sq += w[t]! * w[t]!;
  return { w, order: Int32Array.from(order), sq };
}

function cosUnit(v: Unit, c: Sum): number {
  let dot = 0;
  for (let j = 0; j < v.terms.length; j++) dot += v.w[j]! * c.w[v.terms[j]!]!;
  return v.sq && c.sq ? dot / Math.sqrt(v.sq * c.sq) : 0;
}

function cosSums(a: Sum, b: Sum): number {
  let dot = 0;
  for (const t of a.order) dot += a.w[t]! * b.w[t]!;
  return a.sq && b.sq ? dot / Math.sqrt(a.sq * b.sq) : 0;
}

/** Index of the vector least similar to `c` (ties: the first). */
function farthest(vs: readonly Unit[], c: Sum): number {
  let best = 0;
  let low = Infinity;
  vs.forEach((v, i) => {
    const s = cosUnit(v, c);
    if (s < low) {
      low = s;
      best = i;
    }
  });
  return best;
}

/**
 * Two groups of `members` when they are far apart, else null. `keep` holds the earliest member.
 * @param vectorOf a member's stored (IDF-free) vector
 */
export function trySplit(members: readonly number[], vectorOf: (m: number) => Sparse, idf: Idf, s: ClusterSettings): { keep: number[]; leave: number[] } | null {
  if (members.length < 2 * s.splitMinSide) return null;
  const { vs, size } = units(members, vectorOf, idf);
  const a0 = farthest(vs, sum(vs, size, () => true));
  const b0 = farthest(vs, sum(vs, size, (i) => i === a0));
  if (a0 === b0) return null;
  let ca = sum(vs, size, (i) => i === a0);
  let cb = sum(vs, size, (i) => i === b0);
  let side: boolean[] = [];
  for (let round = 0; round < 4; round++) {
    const [a, b] = [ca, cb];
    side = vs.map((v) => cosUnit(v, a) >= cosUnit(v, b));
    ca = sum(vs, size, (i) => side[i]!);
    cb = sum(vs, size, (i) => !side[i]);
  }
  const inA = side.filter(Boolean).length;
  if (inA < s.splitMinSide || members.length - inA < s.splitMinSide) return null;
  if (cosSums(ca, cb) >= s.splitThreshold) return null;
  // A member close to both halves bridges them (what made them merge): they stay one story.
  if (vs.some((v) => cosUnit(v, ca) >= s.bridgeThreshold && cosUnit(v, cb) >= s.bridgeThreshold)) return null;
  const first = members.indexOf(Math.min(...members));
  const keepSide = side[first]!;
  return { keep: members.filter((_, i) => side[i] === keepSide), leave: members.filter((_, i) => side[i] !== keepSide) };
}
