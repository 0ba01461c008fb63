// The evidence chip: a button named after an outlet that opens and highlights the exact span it points at.
import type { SourceRef } from '../../../src/core/types.js';
import { el } from '../dom.js';
import type { DossierModel } from '../model.js';

/** A chip for `ref`, labelled with its article's outlet; a click opens the span (brief, timeline, conflicts). */
export function evidenceChip(model: DossierModel, ref: SourceRef): HTMLButtonElement {
  const outlet = model.outlet(ref.article);
  const chip = el(
    'button',
    {
      class: 'chip',
      attrs: {
        type: 'button',
        'data-article': ref.article,
        'data-start': ref.start,
        'data-end': ref.end,
        'aria-label': `Evidence in ${outlet}`,
      },
    },
    outlet,
  );
  chip.addEventListener('click', () => model.openSpan(ref, chip));
  return chip;
}
