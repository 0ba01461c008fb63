// Across articles: entity merge, quote groups and their differences, claim matching and groups, conflicts.
export * from './people/index.js';
export * from './claims/index.js';
export * from './matcher/index.js';
export * from './restatement.js';
export * from './stage.js';
