// The dossier as a self-contained HTML page and as Markdown.
export * from './html.js';
export * from './markdown.js';
