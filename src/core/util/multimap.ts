// Maps of lists (postings, groups): the one way values are gathered under a key.

/**
 * Append `value` to the list `map` holds under `key`, starting the list when there is none.
 * @example const byArticle = new Map<string, number[]>(); pushTo(byArticle, 'a1', 3); byArticle.get('a1') // [3]
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
