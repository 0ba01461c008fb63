// The document model and the readers every stage shares: tokens and sentences (Doc), dates, numbers, WordNet senses.
export * from './doc.js';
export * from './dates.js';
export * from './numbers.js';
export * from './wink.js';
export * from './wordnet.js';
