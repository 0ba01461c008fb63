// The inputs form shared by the start page (new dossier) and the dossier page (add articles): links, pasted text and
// files (chosen or dropped); sends them, follows the job's progress from its event stream and reports the outcome.
import { followJob, type CreatedJob, type Progress } from '../api.js';
import { el, replaceChildren } from '../dom.js';

const ACCEPT = '.html,.htm,.txt,.md,.jsonl,.rss,.atom,.xml,.json,.opml';

export interface InputsFormOptions {
  /** Prefix of the controls' ids (two forms never share a page, but ids stay unique anyway). */
  idPrefix: string;
  /** Id of the heading that names the form. */
  labelledBy: string;
  withTitle: boolean;
  submitLabel: string;
  send(data: FormData): Promise<CreatedJob>;
  done(dossierId: string): void;
}

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
    { class: 'drop', attrs: { 'aria-describedby': `${input.id}-hint` } },
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

const progressText = (p: Progress): string => (p.total > 0 ? `${p.stage}: ${p.done} of ${p.total}` : p.stage);

function formData(form: HTMLFormElement, dropped: File[]): FormData {
  const data = new FormData(form);
  for (const file of dropped) data.append('files', file, file.name);
  for (const [name, value] of [...data.entries()]) {
    if (value instanceof File && !value.name && value.size === 0) data.delete(name);
  }
  for (const name of ['title', 'urls', 'text']) if (!String(data.get(name) ?? '').trim()) data.delete(name);
  return data;
}

/** Sends the form, then shows the job's progress in `status` until it is done (→ `options.done`) or failed. */
async function submit(
  data: FormData,
  status: HTMLElement,
  button: HTMLButtonElement,
  options: InputsFormOptions,
): Promise<void> {
  button.disabled = true;
  const bar = el('progress', { attrs: { max: 1, 'aria-label': 'Analysis progress' } });
  const line = el('p', {}, 'Sending…');
  replaceChildren(status, line, bar);
  const fail = (message: string): void => {
    button.disabled = false;
    replaceChildren(status, el('p', { class: 'error', attrs: { role: 'alert' } }, message));
  };
  try {
    const job = await options.send(data);
    line.textContent = 'Queued…';
    followJob(job.links.events, {
      progress: (p) => {
        line.textContent = progressText(p);
        if (p.total > 0) bar.value = p.done / p.total;
      },
      done: (dossierId) => options.done(dossierId || job.dossierId),
      failed: (_code, message) => fail(`The analysis failed: ${message}`),
    });
  } catch (error) {
    fail((error as Error).message);
  }
}

export function inputsForm(options: InputsFormOptions): HTMLFormElement {
  const id = (name: string): string => `${options.idPrefix}${name}`;
  const dropped: File[] = [];
  const fileInput = el('input', {
    id: id('files'),
    attrs: { type: 'file', name: 'files', multiple: true, accept: ACCEPT },
  });
  const chosen = el('p', { class: 'hint', attrs: { 'aria-live': 'polite' } });
  const showChosen = (): void => {
    const names = [...Array.from(fileInput.files ?? []), ...dropped].map((f) => f.name);
    chosen.textContent = names.length ? `Files: ${names.join(', ')}` : '';
  };
  const status = el('div', { class: 'progress', attrs: { role: 'status', 'aria-live': 'polite' } });
  const button = el('button', { attrs: { type: 'submit' } }, options.submitLabel);
  const title = el('input', { id: id('title'), attrs: { name: 'title', type: 'text', autocomplete: 'off' } });
  const form = el(
    'form',
    { class: 'create', attrs: { 'aria-labelledby': options.labelledBy } },
    options.withTitle ? field(id('title'), 'Title (optional)', title) : null,
    field(
      id('urls'),
      'Links, one per line',
      el('textarea', { id: id('urls'), attrs: { name: 'urls', rows: 4, 'aria-describedby': `${id('urls')}-hint` } }),
      'Article pages or feeds (RSS, Atom).',
    ),
    field(id('text'), 'Or paste an article', el('textarea', { id: id('text'), attrs: { name: 'text', rows: 6 } })),
    field(
      id('files'),
      'Files',
      dropZone(fileInput, dropped, showChosen),
      'Saved pages (.html), text, Markdown, JSONL, feeds or OPML.',
    ),
    chosen,
    el('p', {}, button),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(formData(form, dropped), status, button, options);
  });
  return form;
}
