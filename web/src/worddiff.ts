// Word-level differences between two wordings of one quote (longest common subsequence over words, compared without
// case or punctuation).

export type DiffOp = { op: 'same' | 'added' | 'removed'; word: string };

/** Quotes longer than this are compared on their first words only: the table is words², and quotes are short. */
const MAX_WORDS = 600;

const key = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The operations turning `reference` into `other`, in reading order. */
export function wordDiff(reference: string, other: string): DiffOp[] {
  const a = (reference.match(/\S+/g) ?? []).slice(0, MAX_WORDS);
  const b = (other.match(/\S+/g) ?? []).slice(0, MAX_WORDS);
  const ka = a.map(key);
  const kb = b.map(key);
  const width = b.length + 1;
  const table = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        ka[i] === kb[j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && ka[i] === kb[j]) {
      ops.push({ op: 'same', word: b[j]! });
      i++;
      j++;
    } else if (i < a.length && (j >= b.length || table[(i + 1) * width + j]! >= table[i * width + j + 1]!)) {
      ops.push({ op: 'removed', word: a[i++]! });
    } else {
      ops.push({ op: 'added', word: b[j++]! });
    }
  }
  return ops;
}
