// Plain-text articles; the first line may be the headline.
import { documentFormat } from './document.js';

export const text = documentFormat('text', 'plain text', ['.txt'], 'text/plain');
