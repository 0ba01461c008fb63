// The one loader for word lists shipped as data: a list with a duplicate or an empty entry is a defect of the data file,
// reported at load with the file and the entry, never silently deduplicated.

/**
 * Check a word list read from a data file and return it unchanged.
 * @param where names the file and key in the error (e.g. 'extract/data/speech-verbs.json#verbs')
 * @param caseless compare entries ignoring case (default true: lists are matched case-insensitively)
 * @example const verbs = checkedList('extract/data/speech-verbs.json#verbs', data.verbs)
 */
export function checkedList(where: string, items: readonly string[], caseless = true): readonly string[] {
  const seen = new Set<string>();
  for (const item of items) {
    if (typeof item !== 'string' || !item.trim()) throw new Error(`${where}: empty entry in a word list`);
    const key = caseless ? item.toLowerCase() : item;
    if (seen.has(key)) throw new Error(`${where}: "${item}" is listed twice`);
    seen.add(key);
  }
  return items;
}

/** `checkedList` as a Set, for membership tests. */
export const checkedSet = (where: string, items: readonly string[], caseless = true): ReadonlySet<string> =>
  new Set(checkedList(where, items, caseless));

/** `checkedList` lower-cased into a Set, for lists matched against lower-cased words. */
export const checkedLowerSet = (where: string, items: readonly string[]): ReadonlySet<string> =>
  new Set(checkedList(where, items).map((x) => x.toLowerCase()));
