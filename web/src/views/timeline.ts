// The timeline drawn on a time axis (one row per outlet, a dot per dated statement), and the same entries as a list
// whose chips open each statement's evidence.
import type { TimelineEntry } from '../../../src/core/types.js';
import { el } from '../dom.js';
import { timelineDate } from '../dates.js';
import type { DossierModel } from '../model.js';
import { chartWidth, Plot, plot, shorten } from '../plot.js';
import { evidenceChip } from './evidence.js';

interface Point {
  date: Date;
  outlet: string;
  text: string;
}

function points(model: DossierModel, entries: readonly TimelineEntry[]): Point[] {
  const out: Point[] = [];
  for (const entry of entries) {
    const date = timelineDate(entry.date);
    if (!date) continue;
    for (const outlet of new Set(entry.sources.map((ref) => model.outlet(ref.article))))
      out.push({ date, outlet, text: `${entry.date}: ${entry.text}` });
  }
  return out;
}

function entryItem(model: DossierModel, entry: TimelineEntry): HTMLElement {
  const chips = entry.sources.map((ref) => evidenceChip(model, ref));
  const when = el(
    'time',
    { attrs: { datetime: entry.date } },
    entry.inferred ? `${entry.date} (year inferred)` : entry.date,
  );
  return el('li', {}, when, ' ', entry.text, ' ', el('span', { class: 'chips' }, ...chips));
}

/** Draws into `figure` at its current width (called again when the width changes). */
export function drawTimeline(model: DossierModel, figure: HTMLElement): void {
  const data = points(model, model.dossier.timeline);
  if (!data.length) {
    figure.replaceChildren(el('p', { class: 'hint' }, 'No dated events.'));
    return;
  }
  const width = chartWidth(figure);
  const outlets = [...new Set(data.map((p) => p.outlet))];
  const labelChars = width < 500 ? 14 : 28;
  const chart = plot({
    width,
    height: 50 + outlets.length * 28,
    marginLeft: Math.min(180, labelChars * 6.5),
    ariaLabel: 'Timeline: dated statements by outlet',
    x: { type: 'utc', label: null, grid: true, ticks: width < 500 ? 3 : 8 },
    y: { domain: outlets, label: null, tickFormat: (name: string) => shorten(name, labelChars) },
    marks: [Plot.dot(data, { x: 'date', y: 'outlet', r: 5, fill: 'currentColor', fillOpacity: 0.6, title: 'text' })],
  });
  figure.replaceChildren(chart);
}

export function timelinePicture(model: DossierModel): { element: HTMLElement; draw(): void } {
  const figure = el('div', {
    class: 'chart',
    attrs: { role: 'img', 'aria-label': 'Timeline chart; the list below gives the same entries' },
  });
  const entries = [...model.dossier.timeline].sort((a, b) => a.date.localeCompare(b.date));
  const list = el('ol', { class: 'timeline' }, ...entries.map((entry) => entryItem(model, entry)));
  const element = el(
    'div',
    { class: 'picture', attrs: { 'aria-labelledby': 'pic-timeline' } },
    el('h3', { id: 'pic-timeline' }, 'Timeline'),
    figure,
    list,
  );
  return { element, draw: () => drawTimeline(model, figure) };
}
