// What is kept of an article once read: its metadata, text and the raw document it was read from (the store's row, the
// worker's result), made in one place from the reader's output.
import type { Article, RawDocument } from './types.js';

/** An article as the reader produced it, with the document it came from. */
export interface ArticleRecord {
  title: string | null;
  outlet: string | null;
  /** Where it was fetched from, when it came from the web. */
  url: string | null;
  /** The page's declared canonical URL, when it has one. */
  canonicalUrl: string | null;
  source: string;
  /** The cleaned text (what the dossier's offsets point into). */
  text: string;
  raw: RawDocument;
}

/**
 * The record of a read article: the URL it was fetched from when the page does not say its own.
 * @example articleRecord(raw, article).canonicalUrl // 'https://example.org/story' or null
 */
export function articleRecord(raw: RawDocument, article: Pick<Article, 'title' | 'outlet' | 'url' | 'canonicalUrl' | 'text'>): ArticleRecord {
  return {
    title: article.title,
    outlet: article.outlet,
    url: article.url ?? raw.hints?.url ?? null,
    canonicalUrl: article.canonicalUrl ?? null,
    source: raw.source,
    text: article.text,
    raw,
  };
}
