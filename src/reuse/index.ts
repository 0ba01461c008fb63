// Text reuse between every pair of articles (copied passages, sentences retold in other words, direction), the independent
// sources behind each shared claim; their stages.
export * from './find.js';
export * from './stage.js';
export * from './independence.js';
