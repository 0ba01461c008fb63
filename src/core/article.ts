// Building an Article from text that is already clean (tests, evals, library users with their own reader).
import type { Article, Span } from './types.js';

/** Paragraph spans of a text whose paragraphs are separated by blank lines (or single newlines). */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) spans.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return spans;
}

/**
 * An Article over `text` as given (nothing removed), with paragraphs found from its line breaks.
 * @param fields any metadata to set (title, outlet, published, …)
 * @example articleFromText('a1', 'First paragraph.\n\nSecond.', { outlet: 'Harbour Post' })
 */
export function articleFromText(id: string, text: string, fields: Partial<Article> = {}): Article {
  return {
    id,
    source: id,
    title: null,
    outlet: null,
    byline: null,
    published: null,
    text,
    paragraphs: paragraphSpans(text),
    removed: [],
    syndication: null,
    ...fields,
  };
}
