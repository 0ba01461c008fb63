// The article body a page declares itself (schema.org microdata, itemprop="articleBody"): a check on Readability's pick.
import { domBlocks, type Block } from './blocks.js';
import settings from './data/settings.json' with { type: 'json' };

const S = settings.html.declaredBody;
const MARKER = new RegExp(S.marker, 'i');
const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * The blocks of the one element the page marks as its article body, read before Readability changes the document; null
 * when the page marks none or several (then there is nothing clear to check against).
 * @example declaredBody(doc, html) // [{ text: 'The council voted…', kind: 'p', linkChars: 0 }, …] or null
 */
export function declaredBody(doc: Document, html: string): Block[] | null {
  if (!MARKER.test(html)) return null;
  const found = doc.querySelectorAll(S.selector);
  if (found.length !== 1) return null;
  const blocks = domBlocks(found[0]!);
  return blocks.length ? blocks : null;
}

/** Share of the distinct words of `reading` that `declared` holds too (1 when `reading` has none). */
export function inside(reading: Block[], declared: Block[]): number {
  const have = words(reading.map((b) => b.text).join(' '));
  if (!have.size) return 0;
  const want = words(declared.map((b) => b.text).join(' '));
  let n = 0;
  for (const w of have) if (want.has(w)) n++;
  return n / have.size;
}

/**
 * True when most of a reading lies outside the declared body: Readability chose another part of the page (a login box,
 * a list of links). A declared body larger than the article (a whole content column) does not trigger it.
 */
export const outsideDeclared = (reading: Block[], declared: Block[] | null): boolean => !!declared && inside(reading, declared) < S.minInside;
