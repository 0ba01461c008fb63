// Stories over a stream: online clustering of arriving articles into stories (near-duplicates, weighted terms, time),
// and the B-cubed scorer the eval and the tests share.
export { Clusterer } from './clusterer.js';
export type { Assignment, ClusterArticle, Move, StorySummary } from './types.js';
export { clusterSettings, DEFAULT_SETTINGS, type ClusterSettings } from './settings.js';
export { bcubed, type BCubed } from './bcubed.js';
