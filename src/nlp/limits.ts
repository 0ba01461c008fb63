// The document model's work limits, in one place: each bounds a cost that grows faster than the text (issue #11).
// Real news stays far inside them (NeuS, PolNeAR, NewsWCL50: no sentence over 1,000 characters, no article over 34,000),
// so they only bite on hostile or broken input, where they turn minutes or a stack overflow into linear time.

/**
 * Characters of an article the pipeline analyses; the rest is cut, with a diagnostic, before the nlp stage. Five times
 * the longest article of the eval sets; a long-form feature of 15,000 words fits.
 */
export const MAX_ARTICLE_CHARS = 200_000;

/**
 * Characters wink-nlp reads at a time, and the longest a sentence can be. Longer paragraphs are read in pieces cut after
 * a sentence end where there is one (else at a space): claims, matching and timelines cost more than linear time in a
 * sentence's length (a 1,000,000-character sentence took ~60 s beside the bundled examples).
 */
export const MAX_SENTENCE_CHARS = 2_000;

/**
 * Characters without white space that wink-nlp reads as one run: its tokeniser and its feature regexes are superlinear
 * in a run's length (200,000 letters took ~100 s; a longer run overflowed the stack and left the engine broken). A run
 * this long is not a word; URLs of news pages are shorter. Longer runs are read in pieces of this size.
 */
export const MAX_RUN_CHARS = 256;

/** Quotation marks open at once that the quotation scanner tracks; deeper marks are read as text (real nesting: 3). */
export const MAX_QUOTE_DEPTH = 16;

/** Words whose WordNet senses are kept memoised; the memo is emptied when full, so it never outgrows a long run. */
export const MAX_MEMO_WORDS = 50_000;
