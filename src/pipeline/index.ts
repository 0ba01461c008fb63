// The one place that composes the stages; CLI, server and library all call it.
export * from './analyze.js';
export * from './articles.js';
export type { Models } from './models.js';
