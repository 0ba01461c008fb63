// The split check: a 2-means of a story's members (cosine of IDF-weighted unit vectors, seeded by the member farthest
// from the centroid and the one farthest from it); a split when both halves are big enough, their centroids far apart,
// and no member bridges them. The members' terms get local numbers 0..K-1 and their unit vectors sit end to end in two
// typed arrays; a centroid is a dense array. Sums run in the order a map built member by member would (terms in first-
// seen order), so the figures are the same to the bit as with maps.
import type { Idf } from './idf.js';
import { IntTable, MISSING } from './int-table.js';
import type { ClusterSettings } from './settings.js';
import type { Sparse } from './vectors.js';

/** The members' unit vectors end to end: member i holds entries start[i] .. start[i + 1]; sq[i] its squared norm as summed. */
interface Units {
  start: Int32Array;
  terms: Int32Array;
  w: Float64Array;
  sq: Float64Array;
  /** Local term numbers in use (0..size-1). */
  size: number;
}

/** A sum of unit vectors: dense weights, the terms in first-seen order, and the squared norm summed in that order. */
interface Sum {
  w: Float64Array;
  order: Int32Array;
  sq: number;
}

function units(members: readonly number[], vectorOf: (m: number) => Sparse, idf: Idf): Units {
  const vs = members.map(vectorOf);
  const start = new Int32Array(vs.length + 1);
  vs.forEach((v, i) => (start[i + 1] = start[i]! + v.keys.length));
  const terms = new Int32Array(start[vs.length]!);
  const w = new Float64Array(terms.length);
  const sq = new Float64Array(vs.length);
  const local = new IntTable(terms.length * 2);
  /** Each local term's idf, looked up once (members of one story share most of their terms). */
  const idfOf = new Float64Array(terms.length);
  for (let m = 0; m < vs.length; m++) {
    const v = vs[m]!;
    const at = start[m]!;
    let n = 0;
    for (let i = 0; i < v.keys.length; i++) {
      const k = v.keys[i]!;
      let t = local.get(k);
      if (t === MISSING) {
        t = local.size;
        local.set(k, t);
        idfOf[t] = idf.idf(k);
      }
      terms[at + i] = t;
      const x = v.vals[i]! * idfOf[t]!;
      w[at + i] = x;
      n += x * x;
    }
    n = Math.sqrt(n) || 1;
    let s = 0;
    for (let i = at; i < start[m + 1]!; i++) {
      w[i] = w[i]! / n;
      s += w[i]! * w[i]!;
    }
    sq[m] = s;
  }
  return { start, terms, w, sq, size: local.size };
}

/** The sum of the members whose `side` entry is `pick` (side null: every member). */
function sum(u: Units, side: Uint8Array | null, pick: number): Sum {
  const w = new Float64Array(u.size);
  const order = new Int32Array(u.size);
  let seen = 0;
  for (let m = 0; m + 1 < u.start.length; m++) {
    if (side && side[m] !== pick) continue;
    for (let j = u.start[m]!; j < u.start[m + 1]!; j++) {
      const t = u.terms[j]!;
      // Weights are positive: a zero entry is a term not seen yet.
      if (w[t] === 0) order[seen++] = t;
      w[t] = w[t]! + u.w[j]!;
    }
  }
  let sq = 0;
  for (let o = 0; o < seen; o++) sq += w[order[o]!]! * w[order[o]!]!;
  return { w, order: order.subarray(0, seen), sq };
}

/** Member m alone, as a sum. */
function single(u: Units, m: number): Sum {
  const side = new Uint8Array(u.sq.length);
  side[m] = 1;
  return sum(u, side, 1);
}

/** Cosine of member m with a sum. */
function cosMember(u: Units, m: number, c: Sum): number {
  let dot = 0;
  for (let j = u.start[m]!; j < u.start[m + 1]!; j++) dot += u.w[j]! * c.w[u.terms[j]!]!;
  return u.sq[m] && c.sq ? dot / Math.sqrt(u.sq[m]! * c.sq) : 0;
}

function cosSums(a: Sum, b: Sum): number {
  let dot = 0;
  for (const t of a.order) dot += a.w[t]! * b.w[t]!;
  return a.sq && b.sq ? dot / Math.sqrt(a.sq * b.sq) : 0;
}

/** The member least similar to `c` (ties: the first). */
function farthest(u: Units, c: Sum): number {
  let best = 0;
  let low = Infinity;
  for (let m = 0; m < u.sq.length; m++) {
    const s = cosMember(u, m, c);
    if (s < low) {
      low = s;
      best = m;
    }
  }
  return best;
}

/**
 * Two groups of `members` when they are far apart, else null. `keep` holds the earliest member.
 * @param vectorOf a member's stored (IDF-free) vector
 */
export function trySplit(members: readonly number[], vectorOf: (m: number) => Sparse, idf: Idf, s: ClusterSettings): { keep: number[]; leave: number[] } | null {
  if (members.length < 2 * s.splitMinSide) return null;
  const u = units(members, vectorOf, idf);
  const a0 = farthest(u, sum(u, null, 0));
  let ca = single(u, a0);
  const b0 = farthest(u, ca);
  if (a0 === b0) return null;
  let cb = single(u, b0);
  // side[m]: 1 with a, 0 with b.
  const side = new Uint8Array(members.length);
  for (let round = 0; round < 4; round++) {
    for (let m = 0; m < members.length; m++) side[m] = cosMember(u, m, ca) >= cosMember(u, m, cb) ? 1 : 0;
    ca = sum(u, side, 1);
    cb = sum(u, side, 0);
  }
  const inA = side.reduce((n, x) => n + x, 0);
  if (inA < s.splitMinSide || members.length - inA < s.splitMinSide) return null;
  if (cosSums(ca, cb) >= s.splitThreshold) return null;
  // A member close to both halves bridges them (what made them merge): they stay one story.
  for (let m = 0; m < members.length; m++) if (cosMember(u, m, ca) >= s.bridgeThreshold && cosMember(u, m, cb) >= s.bridgeThreshold) return null;
  const first = members.indexOf(Math.min(...members));
  const keepSide = side[first]!;
  return { keep: members.filter((_, i) => side[i] === keepSide), leave: members.filter((_, i) => side[i] !== keepSide) };
}
