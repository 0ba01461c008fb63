// How the reports name an article in a list: its outlet, else the opening words of its title.
import type { Article } from '../core/types.js';

/** Titles longer than this are cut at a word before it, with an ellipsis. */
const MAX_TITLE = 32;

/**
 * An article's outlet, else the opening words of its title; undefined when it has neither (each report then says which
 * fallback it prints: the HTML report the id, the Markdown one the file name).
 * @example articleLabel({ ...article, outlet: null, title: 'Thousands flee as Sella Dam gives way above Halloway' }) // 'Thousands flee as Sella Dam…'
 */
export function articleLabel(a: Article | undefined): string | undefined {
  if (a?.outlet) return a.outlet;
  if (a?.title) return a.title.length > MAX_TITLE ? `${a.title.slice(0, MAX_TITLE - 2).replace(/\s+\S*$/, '')}…` : a.title;
  return undefined;
}
