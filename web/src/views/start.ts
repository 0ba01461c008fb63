// The start page: paste links or text, drop or choose files; POST /api/dossiers, follow the job's progress, then open
// the dossier. Below, the dossiers already made.
import { createDossier, followJob, listDossiers, type DossierListItem, type Progress } from '../api.js';
import { announce, el, replaceChildren } from '../dom.js';

const ACCEPT = '.html,.htm,.txt,.md,.jsonl,.rss,.atom,.xml,.json,.opml';

function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  return el(
    'div',
    { class: 'field' },
    el('label', { attrs: { for: id } }, label),
    hint ? el('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
    control,
  );
}

function dropZone(input: HTMLInputElement, files: File[], onChange: () => void): HTMLElement {
  const zone = el(
    'div',
    { class: 'drop', attrs: { 'aria-describedby': 'files-hint' } },
    el('p', {}, 'Drop saved pages or text files here, or choose them:'),
    input,
  );
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    files.push(...Array.from(event.dataTransfer?.files ?? []));
    onChange();
  });
  input.addEventListener('change', onChange);
  return zone;
}

function progressText(p: Progress): string {
  return p.total > 0 ? `${p.stage}: ${p.done} of ${p.total}` : p.stage;
}

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

function formData(form: HTMLFormElement, dropped: File[]): FormData {
  const data = new FormData(form);
  for (const file of dropped) data.append('files', file, file.name);
  for (const [name, value] of [...data.entries()]) {
    if (value instanceof File && !value.name && value.size === 0) data.delete(name);
  }
  for (const name of ['title', 'urls', 'text']) if (!String(data.get(name) ?? '').trim()) data.delete(name);
  return data;
}

/** Renders the start page into `main`; `navigate` opens a dossier page. */
export function showStart(main: HTMLElement, navigate: (path: string) => void): void {
  document.title = 'triangulate';
  const dropped: File[] = [];
  const fileInput = el('input', {
    id: 'files',
    attrs: { type: 'file', name: 'files', multiple: true, accept: ACCEPT },
  });
  const chosen = el('p', { class: 'hint', attrs: { 'aria-live': 'polite' } });
  const showChosen = (): void => {
    const names = [...Array.from(fileInput.files ?? []), ...dropped].map((f) => f.name);
    chosen.textContent = names.length ? `Files: ${names.join(', ')}` : '';
  };
  const status = el('div', { class: 'progress', attrs: { role: 'status', 'aria-live': 'polite' } });
  const submit = el('button', { attrs: { type: 'submit' } }, 'Analyse');
  const form = el(
    'form',
    { class: 'create', attrs: { 'aria-labelledby': 'create-title' } },
    field(
      'title',
      'Title (optional)',
      el('input', { id: 'title', attrs: { name: 'title', type: 'text', autocomplete: 'off' } }),
    ),
    field(
      'urls',
      'Links, one per line',
      el('textarea', { id: 'urls', attrs: { name: 'urls', rows: 4, 'aria-describedby': 'urls-hint' } }),
      'Article pages or feeds (RSS, Atom).',
    ),
    field('text', 'Or paste an article', el('textarea', { id: 'text', attrs: { name: 'text', rows: 6 } })),
    field(
      'files',
      'Files',
      dropZone(fileInput, dropped, showChosen),
      'Saved pages (.html), text, Markdown, JSONL, feeds or OPML.',
    ),
    chosen,
    el('p', {}, submit),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void start(form, formData(form, dropped), status, submit, navigate);
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

async function start(
  form: HTMLFormElement,
  data: FormData,
  status: HTMLElement,
  submit: HTMLButtonElement,
  navigate: (path: string) => void,
): Promise<void> {
  submit.disabled = true;
  const bar = el('progress', { attrs: { max: 1, 'aria-label': 'Analysis progress' } });
  const line = el('p', {}, 'Sending…');
  replaceChildren(status, line, bar);
  const fail = (message: string): void => {
    submit.disabled = false;
    replaceChildren(status, el('p', { class: 'error', attrs: { role: 'alert' } }, message));
    form.querySelector<HTMLElement>('textarea, input')?.focus();
  };
  try {
    const job = await createDossier(data);
    line.textContent = 'Queued…';
    followJob(job.links.events, {
      progress: (p) => {
        line.textContent = progressText(p);
        if (p.total > 0) bar.value = p.done / p.total;
      },
      done: (dossierId) => {
        announce('Analysis done, opening the dossier.');
        navigate(`/d/${encodeURIComponent(dossierId || job.dossierId)}`);
      },
      failed: (_code, message) => fail(`The analysis failed: ${message}`),
    });
  } catch (error) {
    fail((error as Error).message);
  }
}
