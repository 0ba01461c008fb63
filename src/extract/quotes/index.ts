// Who said what, by surface cues: direct quotes from the doc's quotation spans, block quotes, reported speech, with their
// cue verbs and speaker phrases.
import type { Span } from '../../core/types.js';
import { type Doc, quotations } from '../../nlp/index.js';
import { findBlockQuotes } from './block.js';
import { quoteContext, type RawAttribution } from './context.js';
import { findDirectQuotes } from './direct.js';
import { findReportedSpeech } from './reported.js';

export type { RawAttribution } from './context.js';

/**
 * Find the attributions of one article: direct quotes (with their cue and speaker phrase, continuation quotes sharing
 * their relation), block quotes after "said:", and reported speech ("X said that …", "…, X said", "according to X, …").
 * @param doc the article's document model (`buildDoc(article.text, article.paragraphs)`), whose quotation spans are read
 * @param paragraphs the article's paragraph spans (the ones the doc was built with)
 * @example extractQuotes(buildDoc('“Fine,” he said.'), [{start: 0, end: 16}])[0].text === 'Fine,'
 */
export function extractQuotes(doc: Doc, paragraphs: Span[]): RawAttribution[] {
  const ctx = quoteContext(doc, paragraphs, quotations(doc));
  // Order matters: reported speech skips the cues direct quotes used and folds the quotes inside it into partial ones.
  findDirectQuotes(ctx);
  findBlockQuotes(ctx);
  findReportedSpeech(ctx);
  return ctx.out.sort((x, y) => x.start - y.start);
}
