// The reuse graph of the HTML report: one node per article on a circle, one edge per pair that copies, excerpts or
// rewrites the other or shares passages worth reporting (reuse's MIN_REPORTED_SCORE) (thicker for more reuse, dashed for a rewrite, an arrow from
// the source to the copy when known).
import type { Article, Dossier, Reuse } from '../core/types.js';
import { esc } from './escape.js';
import { MIN_REPORTED_SCORE } from '../reuse/index.js';

/** The drawing is WIDTH x HEIGHT with the circle of articles in the middle, leaving room for labels left and right. */
const WIDTH = 640;
const HEIGHT = 400;
const RADIUS = 140;
const COLOUR: Record<NonNullable<Reuse['relation']>, string> = {
  copy: '#9b1c1c',
  excerpt: '#b45309',
  rewrite: '#1d4f91',
  'shared-passages': '#888888',
};

const label = (a: Article): string => a.outlet ?? a.title ?? a.source.split(/[\\/]/).pop() ?? a.id;
const short = (s: string): string => (s.length > 24 ? `${s.slice(0, 23)}…` : s);

/**
 * The reuse graph as inline SVG (presentation attributes only, so the report's CSP needs no style exception), or '' when
 * no pair is related.
 * @example reuseGraphSvg(dossier) // '<svg …>…</svg>'
 */
export function reuseGraphSvg(d: Dossier): string {
  const edges = d.reuse.filter((r) => r.relation && (r.relation !== 'shared-passages' || r.score >= MIN_REPORTED_SCORE));
  if (!edges.length) return '';
  const at = new Map<string, [number, number]>();
  d.articles.forEach((a, i) => {
    const angle = (2 * Math.PI * i) / d.articles.length - Math.PI / 2;
    at.set(a.id, [WIDTH / 2 + RADIUS * Math.cos(angle), HEIGHT / 2 + RADIUS * Math.sin(angle)]);
  });
  const lines = edges.map((r) => {
    const [from, to] = r.direction === 'b->a' ? [r.b, r.a] : [r.a, r.b];
    const [x1, y1] = at.get(from) ?? [0, 0];
    const [x2, y2] = at.get(to) ?? [0, 0];
    // Stop short of the node so the arrow head shows.
    const len = Math.hypot(x2 - x1, y2 - y1) || 1;
    const ex = x2 - ((x2 - x1) / len) * 14;
    const ey = y2 - ((y2 - y1) / len) * 14;
    const relation = r.relation!;
    const title = `${relation}, ${Math.round(r.score * 100)}%${r.direction ? '' : ', direction unknown'}`;
    const style = `stroke="${COLOUR[relation]}" stroke-width="${(1 + 6 * r.score).toFixed(1)}"${relation === 'rewrite' ? ' stroke-dasharray="6 4"' : ''}${r.direction ? ' marker-end="url(#arrow)"' : ''}`;
    return `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${ex.toFixed(1)}" y2="${ey.toFixed(1)}" ${style}><title>${esc(title)}</title></line>`;
  });
  const nodes = d.articles.map((a) => {
    const [x, y] = at.get(a.id)!;
    const anchor = x < WIDTH / 2 - 10 ? 'end' : x > WIDTH / 2 + 10 ? 'start' : 'middle';
    const dx = anchor === 'end' ? -12 : anchor === 'start' ? 12 : 0;
    const ty = y + (anchor === 'middle' ? (y < HEIGHT / 2 ? -14 : 22) : 4);
    const dot = `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="8" fill="#1d2a3a"><title>${esc(label(a))}</title></circle>`;
    return `<g>${dot}<text x="${(x + dx).toFixed(1)}" y="${ty.toFixed(1)}" text-anchor="${anchor}" font-size="12">${esc(short(label(a)))}</text></g>`;
  });
  const legend = Object.entries(COLOUR)
    .map(([k, c], i) => `<text x="8" y="${HEIGHT - 60 + i * 14}" font-size="11" fill="${c}">— ${k}</text>`)
    .join('');
  return `<svg class="reuse-graph" role="img" aria-label="Reuse graph: who copies or rewrites whom" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" xmlns="http://www.w3.org/2000/svg">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#333"/></marker></defs>
${lines.join('')}${nodes.join('')}${legend}</svg>`;
}
