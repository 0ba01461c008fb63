// Observable Plot under the page's CSP: Plot adds a <style> element to every chart and legend, which `style-src 'self'`
// would block (and report); those rules live in style.css under the class below, so the elements are dropped before
// the chart joins the document. Inline `style` properties Plot sets go through CSSOM, which the CSP allows.
import * as Plot from '@observablehq/plot';

export const PLOT_CLASS = 'tg-plot';

/** Plot.plot with the page's class and fonts, without inline <style> elements. */
export function plot(options: Plot.PlotOptions): SVGSVGElement | HTMLElement {
  const chart = Plot.plot({ className: PLOT_CLASS, ...options });
  for (const style of chart.querySelectorAll('style')) style.remove();
  // The chart is a picture inside a labelled role="img" holder with the same facts as text beside it; Plot's
  // aria-labels on bare <g> groups are not allowed there (axe: aria-prohibited-attr).
  for (const group of chart.querySelectorAll('g[aria-label]')) group.removeAttribute('aria-label');
  for (const svg of [chart, ...chart.querySelectorAll('svg')])
    if (svg.tagName.toLowerCase() === 'svg') svg.setAttribute('aria-hidden', 'true');
  if (chart.tagName.toLowerCase() === 'style') throw new Error('plot: unexpected chart element');
  return chart;
}

/** Width for a chart in `container`: its laid-out width, bounded so text stays readable. */
export function chartWidth(container: HTMLElement, max = 900): number {
  const width = container.clientWidth || document.documentElement.clientWidth - 32;
  return Math.max(280, Math.min(max, Math.floor(width)));
}

/** Cuts a label to `max` characters with an ellipsis (axis labels must fit a phone). */
export const shorten = (label: string, max: number): string =>
  label.length > max ? `${label.slice(0, max - 1)}…` : label;

export { Plot };
