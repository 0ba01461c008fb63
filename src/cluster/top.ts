// Keeping the n best of a stream of scored items without sorting them all: the candidate stories of a lookup, the query
// terms of an article.

/**
 * Put `item` of weight `w` into the `n` best so far: `items` and `weights` side by side, heaviest first, ties to the
 * smaller item.
 * @example const items: number[] = [], weights: number[] = []; insertTop(items, weights, 2, 7, 0.5) // items [7]
 */
export function insertTop(items: number[], weights: number[], n: number, item: number, w: number): void {
  const full = items.length >= n;
  if (n === 0 || (full && !(w > weights[n - 1]! || (w === weights[n - 1]! && item < items[n - 1]!)))) return;
  // Shift the lighter ones down one place (the last falls off when full), without splice's array of removed items.
  let at = full ? n - 1 : items.length;
  while (at > 0 && (w > weights[at - 1]! || (w === weights[at - 1]! && item < items[at - 1]!))) {
    items[at] = items[at - 1]!;
    weights[at] = weights[at - 1]!;
    at--;
  }
  items[at] = item;
  weights[at] = w;
}
