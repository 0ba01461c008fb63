// Conflicts: the same thing told with different values, each outlet's value with its evidence passage.
import type { Conflict, ConflictValue } from '../../../src/core/types.js';
import { el, section } from '../dom.js';
import { spanText, type DossierModel } from '../model.js';
import { evidenceChip } from './evidence.js';

function valueView(model: DossierModel, value: ConflictValue): HTMLElement {
  const evidence = value.sources.map((ref) =>
    el('li', {}, evidenceChip(model, ref), el('blockquote', {}, spanText(model, ref))),
  );
  return el(
    'li',
    { class: 'conflict-value' },
    el('p', { class: 'value' }, value.value),
    el('ul', { class: 'evidence' }, ...evidence),
  );
}

function conflictView(model: DossierModel, conflict: Conflict, index: number): HTMLElement {
  const about = [
    conflict.kind,
    conflict.confidence !== undefined ? `confidence ${Math.round(conflict.confidence * 100)}%` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return el(
    'li',
    { id: `conflict-${index}`, class: 'conflict', attrs: { tabindex: -1 } },
    el('h3', {}, conflict.topic),
    about ? el('p', { class: 'hint' }, about) : null,
    el('ul', { class: 'values' }, ...conflict.values.map((value) => valueView(model, value))),
  );
}

export function conflictsView(model: DossierModel): HTMLElement {
  const conflicts = model.dossier.conflicts;
  const body = conflicts.length
    ? el('ol', { class: 'conflicts' }, ...conflicts.map((c, i) => conflictView(model, c, i)))
    : el('p', { class: 'hint' }, 'No conflicting values found.');
  return section('conflicts', 'Where outlets differ', body);
}
