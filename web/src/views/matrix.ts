// The claims × outlets coverage matrix, consensus first and unique last; each filled cell opens the span that states
// the claim in that outlet's article.
import type { Article, Claim } from '../../../src/core/types.js';
import { el, replaceChildren, section } from '../dom.js';
import type { DossierModel } from '../model.js';

/** Rows shown before "show all": enough for every shared claim of a typical story. */
const FIRST_ROWS = 40;

const STATUS_LABEL: Record<Claim['status'], string> = {
  consensus: 'all agree',
  partial: 'several',
  unique: 'one outlet',
};

function cell(model: DossierModel, claim: Claim, article: Article): HTMLElement {
  const refs = claim.sources.filter((ref) => ref.article === article.id);
  const first = refs[0];
  if (!first) return el('td', { class: 'empty' }, el('span', { class: 'visually-hidden' }, 'not stated'));
  const outlet = model.outlet(article.id);
  const button = el(
    'button',
    { class: 'cell', attrs: { type: 'button', 'data-claim': claim.id, 'data-article': article.id } },
    el('span', { attrs: { 'aria-hidden': 'true' } }, refs.length > 1 ? String(refs.length) : '●'),
    el(
      'span',
      { class: 'visually-hidden' },
      refs.length > 1
        ? `${outlet} states it in ${refs.length} passages: open the first`
        : `${outlet} states it: open the passage`,
    ),
  );
  button.addEventListener('click', () => model.openSpan(first, button));
  return el('td', { class: `filled s-${claim.status}` }, button);
}

function row(model: DossierModel, claim: Claim): HTMLElement {
  const head = el(
    'th',
    { attrs: { scope: 'row' } },
    el('span', { class: `badge s-${claim.status}` }, STATUS_LABEL[claim.status]),
    ' ',
    claim.text,
  );
  return el('tr', {}, head, ...model.dossier.articles.map((article) => cell(model, claim, article)));
}

export function matrixView(model: DossierModel): HTMLElement {
  const headers = model.dossier.articles.map((article) =>
    el('th', { attrs: { scope: 'col' } }, el('span', { class: 'col-name' }, model.outlet(article.id))),
  );
  const body = el('tbody');
  const table = el(
    'table',
    { class: 'matrix' },
    el(
      'caption',
      {},
      'Which outlet states which claim. A filled cell opens the passage; a number counts several passages.',
    ),
    el('thead', {}, el('tr', {}, el('th', { attrs: { scope: 'col' } }, 'Claim'), ...headers)),
    body,
  );
  const claims = model.orderedClaims;
  const more = el('p');
  const fill = (limit: number): void => {
    replaceChildren(body, ...claims.slice(0, limit).map((claim) => row(model, claim)));
    if (limit >= claims.length) {
      replaceChildren(more);
      return;
    }
    const button = el('button', { attrs: { type: 'button' } }, `Show all ${claims.length} claims`);
    button.addEventListener('click', () => {
      fill(claims.length);
      body.querySelectorAll<HTMLElement>('tr')[limit]?.querySelector<HTMLElement>('button')?.focus();
    });
    replaceChildren(more, button);
  };
  fill(FIRST_ROWS);
  const scroller = el(
    'div',
    { class: 'scroll-x', attrs: { tabindex: 0, role: 'region', 'aria-label': 'Coverage matrix, scrolls sideways' } },
    table,
  );
  return section('matrix', 'Claims × outlets', scroller, more);
}
