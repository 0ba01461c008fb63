// The neutral brief: each sentence with one chip per cited outlet; a chip opens and highlights the exact span.
import type { BriefSentence } from '../../../src/core/types.js';
import { el, section } from '../dom.js';
import type { DossierModel } from '../model.js';
import { evidenceChip } from './evidence.js';
import { alsoReported } from '../../../src/render/also.js';

const SECTION_LABEL: Record<string, string> = {
  consensus: 'all agree',
  majority: 'most agree',
  'single-source': 'one source',
  conflict: 'outlets differ',
};

function sentence(model: DossierModel, item: BriefSentence): HTMLElement {
  const chips = item.sources.map((ref) => evidenceChip(model, ref));
  const label = item.section
    ? el('span', { class: `badge b-${item.section}` }, SECTION_LABEL[item.section] ?? item.section)
    : null;
  return el(
    'li',
    {},
    label,
    label ? ' ' : null,
    item.text,
    ' ',
    el('span', { class: 'chips' }, ...chips),
    alsoReportedBy(model, item),
  );
}

/**
 * The outlets of the sentence's claim whose own spans word the fact differently (not cited: a chip points only at a span
 * that states the sentence), so an "all agree" sentence with one chip still says who else reports it.
 */
function alsoReportedBy(model: DossierModel, item: BriefSentence): HTMLElement | null {
  const names = alsoReported(item, model.claims, (id) => model.outlet(id)).map((o) => o.outlet);
  if (!names.length) return null;
  const shown = names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
  return el('span', { class: 'also' }, ` also reported, in other words, by ${shown}`);
}

export function briefView(model: DossierModel): HTMLElement {
  const items = model.dossier.brief;
  const body = items.length
    ? el('ol', { class: 'brief' }, ...items.map((item) => sentence(model, item)))
    : el('p', { class: 'hint' }, 'No brief: the articles gave no sentence to cite.');
  return section(
    'brief',
    'Brief',
    el('p', { class: 'hint' }, 'Every sentence names the outlets it rests on; a chip shows the exact passage.'),
    body,
  );
}
