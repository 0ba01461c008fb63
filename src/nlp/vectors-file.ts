// The compact word-vector file (built by scripts/build-vectors.ts), read without parsing: a magic line; the word count,
// dimensions and hash-table size; each word's offset into the word text; an open-addressing hash table (FNV-1a of the
// word, linear probing) from word to row; the words (plain ASCII, no separators); then one signed byte per dimension per
// word (the unit vector times 127). Loading copies three arrays out of the file and builds nothing per word.
import { avalanche, fnv1a } from '../core/util/hash.js';

export const VECTORS_FILE = 'models/word-vectors.bin';
const MAGIC = 'triangulate-vectors-2\n';
const SCALE = 127;
/** Header: the magic line, then count, dims, table size and text length as 32-bit numbers, padded to 4 bytes. */
const HEAD = Math.ceil((MAGIC.length + 16) / 4) * 4;
const EMPTY = -1;

/** Word vectors as read from the file; `rowOf` finds a word's row in `data` (rows of `dims` bytes). */
export interface WordVectors {
  readonly count: number;
  readonly dims: number;
  readonly data: Int8Array;
  /** The row of a word (exact, lower-case ASCII as stored), or -1. */
  rowOf(word: string): number;
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

/**
 * Reads the file's bytes.
 * @throws when they are not a vector file of this version or are cut short
 */
export function decodeVectors(bytes: Buffer): WordVectors {
  if (bytes.length < HEAD || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a triangulate word-vector file (or an older version): run npm run build');
  const [count, dims, size, textLength] = [0, 1, 2, 3].map((k) => bytes.readUInt32LE(MAGIC.length + 4 * k)) as [number, number, number, number];
  const tableAt = HEAD + 4 * (count + 1);
  const textAt = tableAt + 4 * size;
  const dataAt = textAt + textLength;
  if (bytes.length !== dataAt + count * dims) throw new Error('word-vector file is truncated: run npm run build');
  // Copies, so the arrays are aligned whatever the Buffer's offset in its memory.
  const offsets = new Uint32Array(bytes.buffer.slice(bytes.byteOffset + HEAD, bytes.byteOffset + tableAt));
  const table = new Int32Array(bytes.buffer.slice(bytes.byteOffset + tableAt, bytes.byteOffset + textAt));
  const text = new Uint8Array(bytes.buffer, bytes.byteOffset + textAt, textLength);
  const data = new Int8Array(bytes.buffer, bytes.byteOffset + dataAt, count * dims);
  const mask = size - 1;
  const rowOf = (word: string): number => {
    for (let at = slot(word, mask); ; at = (at + 1) & mask) {
      const row = table[at]!;
      if (row === EMPTY || sameWord(text, offsets[row]!, offsets[row + 1]!, word)) return row;
    }
  };
  return { count, dims, data, rowOf };
}

/** Cosine of two rows (both unit vectors, so their dot product), -1..1. */
export function rowCosine(v: WordVectors, a: number, b: number): number {
  const { data, dims } = v;
  let dot = 0;
  for (let d = 0, x = a * dims, y = b * dims; d < dims; d++) dot += data[x + d]! * data[y + d]!;
  return dot / (SCALE * SCALE);
}
