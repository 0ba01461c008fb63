// Reading: raw bytes -> one clean Article (text, paragraphs, metadata, what was removed and why), the articles of a run
// in canonical order, and the extraction scores the eval uses; its stage.
export * from './read.js';
export { scorePage, aggregate, scoreExtraction, tokens, shingles } from './score.js';
export type { PageScore, ExtractionScore } from './score.js';
export * from './documents.js';
export * from './order.js';
export * from './stage.js';
