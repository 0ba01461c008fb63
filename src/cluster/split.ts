// The split check: a 2-means of a story's members (cosine of IDF-weighted unit vectors, seeded by the member farthest
// from the centroid and the one farthest from it); a split when both halves are big enough, their centroids far apart,
// and no member bridges them.
import type { ClusterSettings } from './settings.js';
import type { Idf, Sparse } from './vectors.js';

type Vec = Map<number, number>;

function unit(v: Sparse, idf: Idf): Vec {
  const out: Vec = new Map();
  let n = 0;
  for (let i = 0; i < v.keys.length; i++) {
    const w = v.vals[i]! * idf.idf(v.keys[i]!);
    out.set(v.keys[i]!, w);
    n += w * w;
  }
  n = Math.sqrt(n) || 1;
  for (const [k, w] of out) out.set(k, w / n);
  return out;
}

function sum(vs: readonly Vec[]): Vec {
  const out: Vec = new Map();
  for (const v of vs) for (const [k, w] of v) out.set(k, (out.get(k) ?? 0) + w);
  return out;
}

function cos(a: Vec, b: Vec): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, w] of a) {
    na += w * w;
    const x = b.get(k);
    if (x !== undefined) dot += w * x;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Index of the vector least similar to `c` (ties: the first). */
function farthest(vs: readonly Vec[], c: Vec): number {
  let best = 0;
  let low = Infinity;
  vs.forEach((v, i) => {
    const s = cos(v, c);
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
  const vs = members.map((m) => unit(vectorOf(m), idf));
  const a0 = farthest(vs, sum(vs));
  const b0 = farthest(vs, vs[a0]!);
  if (a0 === b0) return null;
  let ca = vs[a0]!;
  let cb = vs[b0]!;
  let side: boolean[] = [];
  for (let round = 0; round < 4; round++) {
    side = vs.map((v) => cos(v, ca) >= cos(v, cb));
    ca = sum(vs.filter((_, i) => side[i]));
    cb = sum(vs.filter((_, i) => !side[i]));
  }
  const inA = side.filter(Boolean).length;
  if (inA < s.splitMinSide || members.length - inA < s.splitMinSide) return null;
  if (cos(ca, cb) >= s.splitThreshold) return null;
  // A member close to both halves bridges them (what made them merge): they stay one story.
  if (vs.some((v) => cos(v, ca) >= s.bridgeThreshold && cos(v, cb) >= s.bridgeThreshold)) return null;
  const first = members.indexOf(Math.min(...members));
  const keepSide = side[first]!;
  return { keep: members.filter((_, i) => side[i] === keepSide), leave: members.filter((_, i) => side[i] !== keepSide) };
}
