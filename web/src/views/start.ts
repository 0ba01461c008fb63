// The start page: a new dossier from links, pasted text or files (with the job's progress, then the dossier opens),
// and the dossiers already made.
import { createDossier, listDossiers, type DossierListItem } from '../api.js';
import { announce, el, replaceChildren } from '../dom.js';
import { inputsForm } from './inputs-form.js';

function listItem(item: DossierListItem): HTMLElement {
  const name = item.title || `Dossier ${item.id}`;
  const when = new Date(item.updatedAt);
  const label =
    item.state === 'done'
      ? el('a', { attrs: { href: `/d/${encodeURIComponent(item.id)}` } }, name)
      : el('span', {}, name);
  const details = `${item.articleCount} articles · ${item.state}${Number.isNaN(when.getTime()) ? '' : ` · ${when.toLocaleString()}`}`;
  return el('li', {}, label, el('span', { class: 'hint' }, ` — ${details}`));
}

async function fillList(target: HTMLElement): Promise<void> {
  try {
    const items = await listDossiers();
    replaceChildren(
      target,
      items.length
        ? el('ul', { class: 'dossiers' }, ...items.map(listItem))
        : el('p', { class: 'hint' }, 'No dossiers yet.'),
    );
  } catch (error) {
    replaceChildren(target, el('p', { class: 'error' }, `Could not list the dossiers: ${(error as Error).message}`));
  }
}

/** Renders the start page into `main`; `navigate` opens a dossier page. */
export function showStart(main: HTMLElement, navigate: (path: string) => void): void {
  document.title = 'triangulate';
  const form = inputsForm({
    idPrefix: '',
    labelledBy: 'create-title',
    withTitle: true,
    submitLabel: 'Analyse',
    send: createDossier,
    done: (dossierId) => {
      announce('Analysis done, opening the dossier.');
      navigate(`/d/${encodeURIComponent(dossierId)}`);
    },
  });
  const list = el('div', {}, el('p', { class: 'hint' }, 'Loading…'));
  replaceChildren(
    main,
    el('h1', {}, 'Lay out one story from many outlets'),
    el(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'create-title' } },
      el('h2', { id: 'create-title' }, 'New dossier'),
      form,
    ),
    el(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'list-title' } },
      el('h2', { id: 'list-title' }, 'Dossiers'),
      list,
    ),
  );
  void fillList(list);
}
