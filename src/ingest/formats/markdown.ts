// Markdown articles, with optional YAML front matter (read by the readable stage).
import { documentFormat } from './document.js';

export const markdown = documentFormat('markdown', 'Markdown', ['.md', '.markdown'], 'text/markdown');
