// Per-outlet slant as charts: the share of sentences that read as the writer's opinion, and the loaded words used;
// a table beside gives the figures and examples of the words.
import type { Slant } from '../../../src/core/types.js';
import { el } from '../dom.js';
import type { DossierModel } from '../model.js';
import { chartWidth, Plot, plot, shorten } from '../plot.js';

interface Row {
  outlet: string;
  opinionShare: number;
  opinion: number;
  sentences: number;
  loaded: number;
  hedges: number;
  examples: string;
}

function rows(model: DossierModel): Row[] {
  return model.dossier.slant.map((slant: Slant) => {
    const opinion = slant.sentences.filter((s) => s.opinion).length;
    return {
      outlet: model.outlet(slant.article),
      opinionShare: slant.sentences.length ? opinion / slant.sentences.length : 0,
      opinion,
      sentences: slant.sentences.length,
      loaded: slant.loaded.length,
      hedges: slant.hedges.length,
      examples: [...new Set(slant.loaded.map((w) => w.text.toLowerCase()))].slice(0, 5).join(', '),
    };
  });
}

function bars(data: Row[], width: number, x: 'opinionShare' | 'loaded', label: string): SVGSVGElement | HTMLElement {
  const labelChars = width < 500 ? 14 : 28;
  return plot({
    width,
    height: 40 + data.length * 24,
    marginLeft: Math.min(180, labelChars * 6.5),
    ariaLabel: label,
    x: { label, grid: true, percent: x === 'opinionShare', ticks: width < 500 ? 4 : 8 },
    y: { label: null, domain: data.map((d) => d.outlet), tickFormat: (name: string) => shorten(name, labelChars) },
    marks: [Plot.barX(data, { x, y: 'outlet', fill: x === 'loaded' ? '#b5542a' : '#3a6ea5' }), Plot.ruleX([0])],
  });
}

function table(data: Row[]): HTMLElement {
  const head = el(
    'tr',
    {},
    ...['Outlet', 'Opinion sentences', 'Loaded words', 'Hedges', 'Examples'].map((h) =>
      el('th', { attrs: { scope: 'col' } }, h),
    ),
  );
  const body = data.map((r) =>
    el(
      'tr',
      {},
      el('th', { attrs: { scope: 'row' } }, r.outlet),
      el('td', {}, `${r.opinion} of ${r.sentences}`),
      el('td', {}, r.loaded),
      el('td', {}, r.hedges),
      el('td', {}, r.examples),
    ),
  );
  const grid = el(
    'table',
    { class: 'figures' },
    el('caption', {}, 'Slant figures per outlet'),
    el('thead', {}, head),
    el('tbody', {}, ...body),
  );
  return el(
    'div',
    { class: 'scroll-x', attrs: { tabindex: 0, role: 'region', 'aria-label': 'Slant figures, scrolls sideways' } },
    grid,
  );
}

export function slantPicture(model: DossierModel): { element: HTMLElement; draw(): void } {
  const data = rows(model);
  const figure = el('div', {
    class: 'chart',
    attrs: { role: 'img', 'aria-label': 'Slant charts; the table below gives the same figures' },
  });
  const draw = (): void => {
    const width = chartWidth(figure);
    figure.replaceChildren(
      bars(data, width, 'opinionShare', 'Opinion sentences (%) →'),
      bars(data, width, 'loaded', 'Loaded words →'),
    );
  };
  const element = el(
    'div',
    { class: 'picture', attrs: { 'aria-labelledby': 'pic-slant' } },
    el('h3', { id: 'pic-slant' }, 'Slant by outlet'),
    figure,
    table(data),
  );
  return { element, draw };
}
