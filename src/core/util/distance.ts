// Sequence distances (tokens or characters). Edit distance is bit-parallel (Myers 1999, in Hyyrö's blocks of 32 rows):
// one pass of a few word operations per text symbol and pattern block, instead of one cell per symbol pair.

/** Scratch bit vectors of the pattern's symbols (`peq`), all zero between calls: one per code unit for characters. */
const CHAR_PEQ = new Int32Array(0x10000);
/** Scratch bit vectors for interned tokens, grown on demand; all zero between calls. */
let tokenPeq = new Int32Array(256);

/**
 * Horizontal deltas of the row between two pattern blocks, one byte per text position (+1: `carryP`, −1: `carryM`):
 * scratch grown on demand and reset per call. A byte per column reads and writes in one step, without bit masks.
 */
let carryP = new Uint8Array(256);
let carryM = new Uint8Array(256);

/**
 * Levenshtein distance of two symbol sequences, bit-parallel. `pattern` is split into blocks of 32 symbols; each block
 * scans the whole text, passing the horizontal deltas of its last row (`carryP`/`carryM`) to the next block.
 * @param pattern the shorter sequence (any length ≥ 1), as symbol ids < peq.length
 * @param text the other sequence
 * @param peq all-zero scratch, indexed by symbol id; left all zero
 */
function myers(pattern: Int32Array, text: Int32Array, peq: Int32Array): number {
  const m = pattern.length;
  const n = text.length;
  if (carryP.length < n) [carryP, carryM] = [new Uint8Array(n * 2), new Uint8Array(n * 2)];
  // Horizontal deltas entering the block's top row: +1 everywhere for the first block (D[0][j] = j).
  carryP.fill(1, 0, n);
  carryM.fill(0, 0, n);
  let score = m;
  for (let start = 0; start < m; start += 32) {
    const end = Math.min(m, start + 32);
    for (let k = start; k < end; k++) peq[pattern[k]!]! |= 1 << (k - start);
    const top = 1 << (end - start - 1);
    score = block(text, peq, end === m ? top : 0, score);
    for (let k = start; k < end; k++) peq[pattern[k]!] = 0;
  }
  return score;
}

/**
 * One block of 32 pattern rows over the whole text. The last block (`top`, the bit of the pattern's last symbol) moves
 * the score with its bottom row's horizontal delta; any other block (`top` 0) passes that delta on to the next block
 * through `carryP`/`carryM`.
 */
function block(text: Int32Array, peq: Int32Array, top: number, score: number): number {
  let pv = -1;
  let mv = 0;
  for (let j = 0; j < text.length; j++) {
    const pb = carryP[j]!;
    const mb = carryM[j]!;
    const eq = peq[text[j]!]!;
    const xv = eq | mv;
    const xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (!top) {
      carryP[j] = ph >>> 31;
      carryM[j] = mh >>> 31;
    } else if (ph & top) score++;
    else if (mh & top) score--;
    ph = (ph << 1) | pb;
    mh = (mh << 1) | mb;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  return score;
}

/**
 * Edit distance of two code sequences under `peq`, the shorter one as the pattern. A common prefix and suffix cost
 * nothing and are left out first (an optimal alignment keeps them matched), so the bit-parallel pass reads only the
 * middles where the two differ.
 */
function distanceOf(a: Int32Array, b: Int32Array, peq: Int32Array): number {
  let from = 0;
  let aEnd = a.length;
  let bEnd = b.length;
  while (from < aEnd && from < bEnd && a[from] === b[from]) from++;
  while (aEnd > from && bEnd > from && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  if (from === aEnd || from === bEnd) return aEnd - from + (bEnd - from);
  const x = from || aEnd < a.length ? a.subarray(from, aEnd) : a;
  const y = from || bEnd < b.length ? b.subarray(from, bEnd) : b;
  return x.length <= y.length ? myers(x, y, peq) : myers(y, x, peq);
}

/** Levenshtein distance over sequences: a TER without shifts. @example editDistance('kitten', 'sitting') === 3 */
export function editDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  // Symbols become small ids local to this pair, so the bit vectors are indexed by array position.
  const ids = new Map<T, number>();
  const code = (xs: ArrayLike<T>): Int32Array => {
    const out = new Int32Array(xs.length);
    for (let i = 0; i < xs.length; i++) {
      let id = ids.get(xs[i]!);
      if (id === undefined) ids.set(xs[i]!, (id = ids.size));
      out[i] = id;
    }
    return out;
  };
  return idsEditDistance(code(a), code(b), ids.size);
}

/**
 * Levenshtein distance of two sequences already given as symbol ids below `symbols` (equal symbols, equal ids), e.g.
 * ids kept per sentence so that a pair builds no table of its own.
 * @example idsEditDistance(Int32Array.of(0, 1, 2), Int32Array.of(0, 2), 3) === 1
 */
export function idsEditDistance(a: Int32Array, b: Int32Array, symbols: number): number {
  if (tokenPeq.length < symbols) tokenPeq = new Int32Array(Math.max(symbols, tokenPeq.length * 2));
  return distanceOf(a, b, tokenPeq);
}

/**
 * Character codes (UTF-16 code units) of a string in a typed array: indexing a string per cell is several times slower.
 * An Int32Array, as the token ids are: the distance loops then read one kind of array and V8 keeps them monomorphic.
 */
export function charCodes(s: string): Int32Array {
  const out = new Int32Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Edit distance of two strings given as UTF-16 code units (`charCodes`), e.g. precomputed once per sentence. */
export const codesEditDistance = (a: Int32Array, b: Int32Array): number => distanceOf(a, b, CHAR_PEQ);

/** 1 − character edit distance / longer length (1 for two empty strings), over code units precomputed by `charCodes`. */
export function codesEditRatio(a: Int32Array, b: Int32Array): number {
  const m = Math.max(a.length, b.length);
  return m ? 1 - codesEditDistance(a, b) / m : 1;
}

/** 1 − character edit distance / longer length (1 for two empty strings). */
export const charEditRatio = (a: string, b: string): number => codesEditRatio(charCodes(a), charCodes(b));

/** Length of the longest common subsequence. @example lcsLength(['a','b','c'], ['a','c']) === 2 */
export function lcsLength<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  if (!a.length || !b.length) return 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) cur[j] = ai === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Scratch rows of `idsLcsLength`, grown on demand. */
let lcsPrev = new Int32Array(256);
let lcsCur = new Int32Array(256);

/**
 * `lcsLength` of two id sequences (equal symbols, equal ids), in scratch rows: the matcher asks it of every sentence
 * pair, and two rows allocated per pair were garbage.
 * @example idsLcsLength(Int32Array.of(0, 1, 2), Int32Array.of(0, 2)) === 2
 */
export function idsLcsLength(a: Int32Array, b: Int32Array): number {
  if (!a.length || !b.length) return 0;
  if (lcsPrev.length <= b.length) [lcsPrev, lcsCur] = [new Int32Array(b.length * 2 + 1), new Int32Array(b.length * 2 + 1)];
  let prev = lcsPrev;
  let cur = lcsCur;
  prev.fill(0, 0, b.length + 1);
  cur[0] = 0;
  for (let i = 0; i < a.length; i++) {
    const ai = a[i]!;
    for (let j = 1; j <= b.length; j++) cur[j] = ai === b[j - 1]! ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length]!;
}
