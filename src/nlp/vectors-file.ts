// The compact word-vector file (built by scripts/build-vectors.ts): a magic line, the word count and dimensions, the words
// joined by newlines, then one signed byte per dimension per word (the unit vector times 127).
export const VECTORS_FILE = 'models/word-vectors.bin';
const MAGIC = 'triangulate-vectors-1\n';
const SCALE = 127;

/** Word vectors as read from the file: `index` maps a word to its row in `data` (rows of `dims` bytes). */
export interface WordVectors {
  readonly index: ReadonlyMap<string, number>;
  readonly data: Int8Array;
  readonly dims: number;
}

/** The file's bytes for `words`, each vector (from `vectorOf`) cut to unit length. */
export function encodeVectors(words: readonly string[], dims: number, vectorOf: (word: string) => readonly number[]): Buffer {
  const text = Buffer.from(words.join('\n'), 'utf8');
  const head = Buffer.alloc(MAGIC.length + 12);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(words.length, MAGIC.length);
  head.writeUInt32LE(dims, MAGIC.length + 4);
  head.writeUInt32LE(text.length, MAGIC.length + 8);
  const data = Buffer.alloc(words.length * dims);
  words.forEach((w, r) => {
    const v = vectorOf(w);
    const norm = Math.hypot(...v) || 1;
    for (let d = 0; d < dims; d++) data.writeInt8(Math.round((v[d]! / norm) * SCALE), r * dims + d);
  });
  return Buffer.concat([head, text, data]);
}

/**
 * Reads the file's bytes.
 * @throws when they are not a vector file of this version or are cut short
 */
export function decodeVectors(bytes: Buffer): WordVectors {
  if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a triangulate word-vector file (or an older version): run npm run build');
  const count = bytes.readUInt32LE(MAGIC.length);
  const dims = bytes.readUInt32LE(MAGIC.length + 4);
  const textLength = bytes.readUInt32LE(MAGIC.length + 8);
  const textStart = MAGIC.length + 12;
  const dataStart = textStart + textLength;
  if (bytes.length !== dataStart + count * dims) throw new Error('word-vector file is truncated: run npm run build');
  const words = bytes.toString('utf8', textStart, dataStart).split('\n');
  const index = new Map(words.map((w, r) => [w, r]));
  return { index, data: new Int8Array(bytes.buffer, bytes.byteOffset + dataStart, count * dims), dims };
}

/** Cosine of two rows (both unit vectors, so their dot product), -1..1. */
export function rowCosine(v: WordVectors, a: number, b: number): number {
  const { data, dims } = v;
  let dot = 0;
  for (let d = 0, x = a * dims, y = b * dims; d < dims; d++) dot += data[x + d]! * data[y + d]!;
  return dot / (SCALE * SCALE);
}
