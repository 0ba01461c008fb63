// Text reuse between every pair of articles, with the copied passages and their direction; its stage.
export * from './find.js';
export * from './stage.js';
