// Per-article facts: entities and roles, quotes and speakers, citations, claims.
export * from './attributions.js';
export * from './claims.js';
export * from './entities/index.js';
export * from './coref.js';
