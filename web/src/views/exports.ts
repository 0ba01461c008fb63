// Export buttons: the API's own JSON, Markdown and self-contained HTML renderings, as downloads.
import { el, section } from '../dom.js';
import { dossierPath } from '../api.js';

const FORMATS: Array<{ format: string; label: string }> = [
  { format: 'json', label: 'JSON' },
  { format: 'md', label: 'Markdown' },
  { format: 'html', label: 'HTML report' },
];

export function exportView(id: string): HTMLElement {
  const links = FORMATS.map(({ format, label }) =>
    el(
      'a',
      { class: 'button', attrs: { href: `${dossierPath(id)}?format=${format}&download=1`, download: true } },
      `Download ${label}`,
    ),
  );
  return section('export', 'Export', el('p', { class: 'exports' }, ...links));
}
