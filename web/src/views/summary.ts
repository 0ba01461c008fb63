// The summary card: how many claims all outlets agree on, where they differ, what only one reports; each count opens
// its list, and each item opens its evidence.
import type { Claim } from '../../../src/core/types.js';
import { el, section } from '../dom.js';
import { claimArticles, type DossierModel } from '../model.js';

function claimItem(model: DossierModel, claim: Claim): HTMLElement {
  const outlets = claimArticles(claim).map((id) => model.outlet(id));
  const ref = claim.sources[0]!;
  const button = el('button', { class: 'link', attrs: { type: 'button' } }, claim.text);
  button.addEventListener('click', () => model.openSpan(ref, button));
  return el('li', {}, button, el('span', { class: 'who' }, ` — ${outlets.join(', ')}`));
}

function group(label: string, count: number, kind: string, items: HTMLElement[]): HTMLElement {
  const list = items.length ? el('ul', { class: 'claim-list' }, ...items) : el('p', { class: 'hint' }, 'None.');
  return el(
    'details',
    { class: `summary-group ${kind}`, attrs: { 'data-kind': kind } },
    el('summary', {}, el('span', { class: 'count' }, count), ` ${label}`),
    list,
  );
}

function conflictItem(model: DossierModel, index: number): HTMLElement {
  const conflict = model.dossier.conflicts[index]!;
  const values = conflict.values.map(
    (value) => `${value.value} (${[...new Set(value.sources.map((s) => model.outlet(s.article)))].join(', ')})`,
  );
  const link = el('a', { attrs: { href: `#conflict-${index}` } }, conflict.topic);
  return el('li', {}, link, el('span', { class: 'who' }, ` — ${values.join(' vs ')}`));
}

export function summaryView(model: DossierModel): HTMLElement {
  const { dossier } = model;
  const byStatus = (status: Claim['status']): Claim[] => model.orderedClaims.filter((claim) => claim.status === status);
  const consensus = byStatus('consensus');
  const partial = byStatus('partial');
  const unique = byStatus('unique');
  const outlets = new Set(dossier.articles.map((a) => model.outlet(a.id))).size;
  const card = el(
    'div',
    { class: 'summary-card' },
    el(
      'p',
      { class: 'lede' },
      `${dossier.articles.length} articles from ${outlets} outlets, ${dossier.claims.length} claims.`,
    ),
    group(
      'claims all outlets agree on',
      consensus.length,
      'consensus',
      consensus.map((c) => claimItem(model, c)),
    ),
    group(
      'points where outlets differ',
      dossier.conflicts.length,
      'conflicts',
      dossier.conflicts.map((_, i) => conflictItem(model, i)),
    ),
    group(
      'claims several outlets share',
      partial.length,
      'partial',
      partial.map((c) => claimItem(model, c)),
    ),
    group(
      'claims only one outlet reports',
      unique.length,
      'unique',
      unique.map((c) => claimItem(model, c)),
    ),
    dossier.diagnostics.length > 0 &&
      group(
        'notes on the inputs',
        dossier.diagnostics.length,
        'notes',
        dossier.diagnostics.map((d) => el('li', {}, `${d.source.split(/[\\/]/).pop() ?? d.source}: ${d.message}`)),
      ),
  );
  return section('summary', 'Summary', card);
}
