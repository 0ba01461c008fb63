// A canonical order of articles for the cross-article stages, so a dossier does not depend on the order of its inputs.
import { createHash } from 'node:crypto';
import type { Article } from '../core/types.js';

/** Compare two strings with their digit runs as numbers ("feed.jsonl:9" before "feed.jsonl:10"), code points otherwise. */
export function naturalCompare(x: string, y: string): number {
  const px = x.match(/\d+|\D+/g) ?? [];
  const py = y.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(px.length, py.length); i++) {
    const [a, b] = [px[i]!, py[i]!];
    if (a === b) continue;
    if (/^\d/.test(a) && /^\d/.test(b)) return Number(a) - Number(b) || a.length - b.length;
    return a < b ? -1 : 1;
  }
  return px.length - py.length;
}

const contentHash = (a: Article): string => createHash('sha256').update(a.title ?? '').update('\u0000').update(a.text).digest('hex');

/**
 * The positions of `articles` in canonical order: by source (the path, URL or `file:line` the article came from), then
 * by a hash of their content for articles from one source (stdin, JSONL rows with one URL). Alignment, entity merging
 * and the brief take a group's first member as its representative wording and break ties by position, so reordering
 * the inputs changed the claims, their consensus labels and the brief; in this order the same inputs, given in any
 * order, give the same dossier. Source rather than content first: a folder (and the eval) already reads in name order,
 * so its dossiers stay as they were.
 * @example canonicalOrder(articles).map((i) => articles[i]!.source) // ['a.txt', 'b.html', 'feed.jsonl:9', 'feed.jsonl:10']
 */
export function canonicalOrder(articles: readonly Article[]): number[] {
  const hashes = articles.map(contentHash);
  const compare = (i: number, j: number): number =>
    naturalCompare(articles[i]!.source, articles[j]!.source) || (hashes[i]! < hashes[j]! ? -1 : hashes[i]! > hashes[j]! ? 1 : i - j);
  return articles.map((_, i) => i).sort(compare);
}
