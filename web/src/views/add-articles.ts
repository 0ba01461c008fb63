// "Add articles": more links, text or files for this dossier; the server re-runs it as a new version, which then
// replaces the page's content.
import { addArticles } from '../api.js';
import { announce, el, section } from '../dom.js';
import { inputsForm } from './inputs-form.js';

export function addArticlesView(id: string, reload: () => void): HTMLElement {
  const form = inputsForm({
    idPrefix: 'add-',
    labelledBy: 'add-title',
    withTitle: false,
    submitLabel: 'Add and re-analyse',
    send: (data) => addArticles(id, data),
    done: () => {
      announce('Re-analysis done, showing the new version.');
      reload();
    },
  });
  return section(
    'add',
    'Add articles',
    el('details', {}, el('summary', {}, 'Another outlet’s report? Add it and the dossier is analysed again.'), form),
  );
}
