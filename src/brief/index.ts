// The neutral brief and the timeline; every sentence carries its citations.
export * from './brief.js';
export * from './options.js';
export * from './timeline.js';
