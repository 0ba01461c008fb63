// The neutral brief and the timeline; every sentence carries its citations; their stages.
export * from './brief.js';
export * from './options.js';
export * from './timeline.js';
export * from './stage.js';
