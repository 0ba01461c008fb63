// The dossier page /d/<id>: section navigation and every panel, sharing one model and one way to open evidence.
import { ApiError, getDossier, listDossiers } from '../api.js';
import { announce, el, replaceChildren } from '../dom.js';
import { buildModel } from '../model.js';
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
];

function sectionNav(): HTMLElement {
  const links = SECTIONS.map(([id, label]) => el('li', {}, el('a', { attrs: { href: `#${id}` } }, label)));
  return el('nav', { class: 'sections', attrs: { 'aria-label': 'Dossier sections' } }, el('ul', {}, ...links));
}

async function titleOf(id: string): Promise<string | null> {
  try {
    return (await listDossiers()).find((item) => item.id === id)?.title ?? null;
  } catch {
    return null;
  }
}

function failure(main: HTMLElement, id: string, error: unknown): void {
  const notFound = error instanceof ApiError && error.code === 'not_found';
  const message = notFound ? `No finished dossier ${id} (it may still be running).` : `Could not load the dossier: ${(error as Error).message}`;
  replaceChildren(main, el('h1', {}, 'Dossier'), el('p', { class: 'error', attrs: { role: 'alert' } }, message), el('p', {}, el('a', { attrs: { href: '/' } }, 'Back to the start page')));
}

/** Renders the dossier `id` into `main`. */
export async function showDossier(main: HTMLElement, id: string): Promise<void> {
  replaceChildren(main, el('p', { class: 'hint' }, 'Loading the dossier…'));
  let dossier;
  try {
    dossier = await getDossier(id);
  } catch (error) {
    failure(main, id, error);
    return;
  }
  const title = (await titleOf(id)) ?? dossier.articles[0]?.title ?? 'Dossier';
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
  );
  pictures.draw();
  new ResizeObserver(() => pictures.draw()).observe(pictures.element);
  announce(`Dossier loaded: ${dossier.articles.length} articles.`);
}
