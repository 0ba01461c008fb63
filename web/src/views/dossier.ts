// The dossier page /d/<id>: section navigation and every panel, sharing one model and one way to open evidence.
import { ApiError, getDossier, listDossiers, type DossierListItem } from '../api.js';
import { announce, el, replaceChildren } from '../dom.js';
import { buildModel } from '../model.js';
import { addArticlesView } from './add-articles.js';
import { articlesView } from './articles.js';
import { briefView } from './brief.js';
import { conflictsView } from './conflicts.js';
import { exportView } from './exports.js';
import { matrixView } from './matrix.js';
import { picturesView } from './pictures.js';
import { quotesView } from './quotes.js';
import { summaryView } from './summary.js';

const SECTIONS: Array<[string, string]> = [
  ['summary', 'Summary'],
  ['brief', 'Brief'],
  ['matrix', 'Claims × outlets'],
  ['articles', 'Articles'],
  ['quotes', 'Quotes'],
  ['conflicts', 'Differences'],
  ['pictures', 'Pictures'],
  ['export', 'Export'],
  ['add', 'Add articles'],
];

function sectionNav(): HTMLElement {
  const links = SECTIONS.map(([id, label]) => el('li', {}, el('a', { attrs: { href: `#${id}` } }, label)));
  return el('nav', { class: 'sections', attrs: { 'aria-label': 'Dossier sections' } }, el('ul', {}, ...links));
}

async function listed(id: string): Promise<DossierListItem | null> {
  try {
    return (await listDossiers()).find((item) => item.id === id) ?? null;
  } catch {
    return null;
  }
}

/** Seconds between looks at a dossier whose first analysis is still running. */
const RETRY_SECONDS = 3;

function failure(main: HTMLElement, id: string, error: unknown): void {
  const notFound = error instanceof ApiError && error.code === 'not_found';
  const message = notFound
    ? `No finished dossier ${id} (it may still be running).`
    : `Could not load the dossier: ${(error as Error).message}`;
  replaceChildren(
    main,
    el('h1', {}, 'Dossier'),
    el('p', { class: 'error', attrs: { role: 'alert' } }, message),
    el('p', {}, el('a', { attrs: { href: '/' } }, 'Back to the start page')),
  );
}

/** Renders the dossier `id` into `main`. */
export async function showDossier(main: HTMLElement, id: string): Promise<void> {
  replaceChildren(main, el('p', { class: 'hint', attrs: { role: 'status' } }, 'Loading the dossier…'));
  let dossier;
  try {
    dossier = await getDossier(id);
  } catch (error) {
    const item = error instanceof ApiError && error.code === 'not_found' ? await listed(id) : null;
    if (item?.state === 'running') {
      replaceChildren(
        main,
        el('h1', {}, item.title ?? 'Dossier'),
        el('p', { attrs: { role: 'status' } }, 'Still being analysed; this page opens it when it is ready.'),
      );
      const path = location.pathname;
      setTimeout(() => {
        if (location.pathname === path) void showDossier(main, id);
      }, RETRY_SECONDS * 1000);
      return;
    }
    failure(main, id, error);
    return;
  }
  const title = (await listed(id))?.title ?? dossier.articles[0]?.title ?? 'Dossier';
  document.title = `${title} — triangulate`;
  const model = buildModel(id, dossier);
  const articles = articlesView(model);
  model.openSpan = articles.show;
  const pictures = picturesView(model);
  replaceChildren(
    main,
    el('h1', {}, title),
    sectionNav(),
    summaryView(model),
    briefView(model),
    matrixView(model),
    articles.element,
    quotesView(model),
    conflictsView(model),
    pictures.element,
    exportView(id),
    addArticlesView(id, () => void showDossier(main, id)),
  );
  pictures.draw();
  new ResizeObserver(() => pictures.draw()).observe(pictures.element);
  announce(`Dossier loaded: ${dossier.articles.length} articles.`);
}
