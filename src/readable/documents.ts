// Reading every document into an article, with one id scheme for every command (`a1`, `a2`, … over readable articles).
import type { Article, Diagnostic, RawDocument } from '../core/types.js';
import { readDocument } from './read.js';

export interface ReadResult {
  raw: RawDocument;
  article: Article | null;
  diagnostics: Diagnostic[];
}

/**
 * Read each document; ids count only the articles read, so `analyze`, `read` and `quotes` name an article alike.
 * A reader that throws on one document becomes a `stage-failed` diagnostic for it, and the rest are still read.
 * @example readDocuments(raws).filter((r) => r.article).map((r) => r.article!.id) // ['a1', 'a2']
 */
export function readDocuments(raws: readonly RawDocument[]): ReadResult[] {
  let count = 0;
  return raws.map((raw) => {
    try {
      const { article, diagnostics } = readDocument(raw, { id: `a${count + 1}` });
      if (article) count += 1;
      return { raw, article, diagnostics };
    } catch (error) {
      const message = `reading failed: ${(error as Error).message}`;
      return { raw, article: null, diagnostics: [{ source: raw.source, rule: 'stage-failed', severity: 'error', message }] };
    }
  });
}
