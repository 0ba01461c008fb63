// The document model and the readers every stage shares: tokens, sentences and quotations (Doc), dates, numbers, WordNet senses; the size budget and stage nlp.
export * from './doc.js';
export * from './cursor.js';
export * from './quotation.js';
export * from './sentences.js';
export * from './dates.js';
export * from './numbers.js';
export * from './wink.js';
export * from './wordnet.js';
export * from './limits.js';
export * from './budget.js';
export * from './stage.js';
export * from './vectors.js';
export * from './vectors-file.js';
export * from './spelling.js';
