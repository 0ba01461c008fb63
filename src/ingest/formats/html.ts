// HTML pages (.xhtml too: the readable stage always read XHTML URLs as HTML; folders now pick the files up as well).
import { documentFormat } from './document.js';

export const html = documentFormat('html', 'HTML', ['.html', '.htm', '.xhtml'], 'text/html');
