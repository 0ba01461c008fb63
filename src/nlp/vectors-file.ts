// The compact word-vector file (built by scripts/build-vectors.ts), read without parsing: a magic line; the word count,
// dimensions and hash-table size; each word's offset into the word text; an open-addressing hash table (FNV-1a of the
// word, linear probing) from word to row; the words (plain ASCII, no separators); then one signed byte per dimension per
// word (the unit vector times 127). Loading reads the first three arrays and builds nothing per word; the vectors are
// read a block of rows at a time, as their words are looked up.
import { avalanche, fnv1a } from '../core/util/hash.js';

export const VECTORS_FILE = 'models/word-vectors.bin';
const MAGIC = 'triangulate-vectors-2\n';
const SCALE = 127;
/** Header: the magic line, then count, dims, table size and text length as 32-bit numbers, padded to 4 bytes. */
const HEAD = Math.ceil((MAGIC.length + 16) / 4) * 4;
const EMPTY = -1;

/** Word vectors as read from the file; `rowOf` finds a word's row in `data` (rows of `dims` bytes), read by then. */
export interface WordVectors {
  readonly count: number;
  readonly dims: number;
  readonly data: Int8Array;
  /** The row of a word (exact, lower-case ASCII as stored), or -1. */
  rowOf(word: string): number;
  /**
   * The row of a word as rowOf, without reading its vector: the rows follow the source's word frequency, so the row
   * is the word's frequency rank (0: the commonest). A caller wanting ranks alone never allocates the vectors.
   */
  rankOf(word: string): number;
}

const slot = (word: string, mask: number): number => avalanche(fnv1a(word)) & mask;

/** The hash table for `words`: twice as many slots as words, rounded up to a power of two. */
function hashTable(words: readonly string[]): Int32Array {
  let size = 1;
  while (size < words.length * 2) size <<= 1;
  const table = new Int32Array(size).fill(EMPTY);
  words.forEach((w, row) => {
    let at = slot(w, size - 1);
    while (table[at] !== EMPTY) at = (at + 1) & (size - 1);
    table[at] = row;
  });
  return table;
}

/**
 * The file's bytes for `words` (distinct, ASCII), each vector (from `vectorOf`) cut to unit length.
 * @throws on a word that is not ASCII or is repeated
 */
export function encodeVectors(words: readonly string[], dims: number, vectorOf: (word: string) => readonly number[]): Buffer {
  if (new Set(words).size !== words.length) throw new Error('word vectors: repeated word');
  const joined = words.join('');
  if (/[^\x20-\x7e]/.test(joined)) throw new Error('word vectors: words must be plain ASCII');
  const text = Buffer.from(joined, 'latin1');
  const offsets = new Uint32Array(words.length + 1);
  words.forEach((w, r) => (offsets[r + 1] = offsets[r]! + w.length));
  const table = hashTable(words);
  const head = Buffer.alloc(HEAD);
  head.write(MAGIC, 0, 'latin1');
  [words.length, dims, table.length, text.length].forEach((n, k) => head.writeUInt32LE(n, MAGIC.length + 4 * k));
  const data = Buffer.alloc(words.length * dims);
  words.forEach((w, r) => {
    const v = vectorOf(w);
    const norm = Math.hypot(...v) || 1;
    for (let d = 0; d < dims; d++) data.writeInt8(Math.round((v[d]! / norm) * SCALE), r * dims + d);
  });
  return Buffer.concat([head, Buffer.from(offsets.buffer), Buffer.from(table.buffer), text, data]);
}

/** Does `word` equal the ASCII bytes text[from, to)? */
function sameWord(text: Uint8Array, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (text[from + i] !== word.charCodeAt(i)) return false;
  return true;
}

/** Fills `into` with the file's bytes from `position` on. */
export type ReadAt = (into: Uint8Array, position: number) => void;

/** Rows of `data` read at once: 40 rows of 100 dimensions, a 4 KB page. */
const ROWS_PER_BLOCK = 40;

/**
 * Reads the file's bytes.
 * @throws when they are not a vector file of this version or are cut short
 */
export function decodeVectors(bytes: Buffer): WordVectors {
  return readVectors(bytes.length, (into, position) => {
    if (position + into.length > bytes.length) throw new Error('word-vector file is truncated: run npm run build');
    into.set(bytes.subarray(position, position + into.length));
  });
}

/**
 * Reads a vector file of `size` bytes through `readAt`: the words and their hash table at once, the vectors a block of
 * rows at a time, when `rowOf` first finds a word of the block. A search reads a few hundred of the file's 100,000 words:
 * reading the whole 12 MB took ~45 ms of a cold analysis, most of it the first touch of the memory. `data` holds every
 * row `rowOf` has returned (the rows the callers read); the others are zero until then.
 * @throws when the file is not a vector file of this version or is cut short
 */
export function readVectors(size: number, readAt: ReadAt): WordVectors {
  const head = new Uint8Array(HEAD);
  if (size < HEAD) throw new Error('not a triangulate word-vector file (or an older version): run npm run build');
  readAt(head, 0);
  const bytes = Buffer.from(head.buffer);
  if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a triangulate word-vector file (or an older version): run npm run build');
  const [count, dims, tableSize, textLength] = [0, 1, 2, 3].map((k) => bytes.readUInt32LE(MAGIC.length + 4 * k)) as [number, number, number, number];
  const tableAt = HEAD + 4 * (count + 1);
  const textAt = tableAt + 4 * tableSize;
  const dataAt = textAt + textLength;
  if (size !== dataAt + count * dims) throw new Error('word-vector file is truncated: run npm run build');
  const offsets = new Uint32Array(count + 1);
  readAt(new Uint8Array(offsets.buffer), HEAD);
  const table = new Int32Array(tableSize);
  readAt(new Uint8Array(table.buffer), tableAt);
  const text = new Uint8Array(textLength);
  readAt(text, textAt);
  // Allocated when a vector is first read: 10 MB that a caller of rankOf alone never needs.
  let data: Int8Array | null = null;
  const vectors = (): Int8Array => (data ??= new Int8Array(count * dims));
  const read = new Uint8Array(Math.ceil(count / ROWS_PER_BLOCK));
  const readBlock = (block: number): void => {
    const from = block * ROWS_PER_BLOCK * dims;
    const all = vectors();
    readAt(new Uint8Array(all.buffer, from, Math.min(ROWS_PER_BLOCK * dims, all.length - from)), dataAt + from);
    read[block] = 1;
  };
  const mask = tableSize - 1;
  const rankOf = (word: string): number => {
    for (let at = slot(word, mask); ; at = (at + 1) & mask) {
      const row = table[at]!;
      if (row === EMPTY || sameWord(text, offsets[row]!, offsets[row + 1]!, word)) return row;
    }
  };
  const rowOf = (word: string): number => {
    const row = rankOf(word);
    if (row >= 0 && !read[(row / ROWS_PER_BLOCK) | 0]) readBlock((row / ROWS_PER_BLOCK) | 0);
    return row;
  };
  return {
    count,
    dims,
    get data() {
      return vectors();
    },
    rowOf,
    rankOf,
  };
}

/** Cosine of two rows (both unit vectors, so their dot product), -1..1. */
export function rowCosine(v: WordVectors, a: number, b: number): number {
  const { data, dims } = v;
  let dot = 0;
  for (let d = 0, x = a * dims, y = b * dims; d < dims; d++) dot += data[x + d]! * data[y + d]!;
  return dot / (SCALE * SCALE);
}
