// The reuse and citation graph: outlets on a circle, arrows for copied text (from the original to the copy, thicker for
// more shared text) and dashed arrows for credits ("according to …"); outlets cited but not in the dossier sit outside.
import type { Reuse, SourceRef } from '../../../src/core/types.js';
import { outletNameKey } from '../../../src/core/outlet.js';
import { el } from '../dom.js';
import type { DossierModel } from '../model.js';
import { chartWidth, Plot, plot, shorten } from '../plot.js';

interface GraphNode {
  key: string;
  label: string;
  inDossier: boolean;
  x: number;
  y: number;
}

interface Edge {
  from: string;
  to: string;
  kind: 'copies text' | 'credits';
  weight: number;
  label: string;
  /** The passage that shows it: the copied text in the copy, or the credit. */
  evidence: SourceRef | null;
}

function reuseEdge(model: DossierModel, reuse: Reuse): Edge {
  const [from, to] = reuse.direction === 'b->a' ? [reuse.b, reuse.a] : [reuse.a, reuse.b];
  const how = reuse.direction ? 'copied from' : 'shares text with';
  const label = `${model.outlet(to)} ${how} ${model.outlet(from)} (${Math.round(reuse.score * 100)}% of the shorter text)`;
  const span = reuse.spans[0];
  const evidence = span ? (to === reuse.b ? { article: reuse.b, ...span.b } : { article: reuse.a, ...span.a }) : null;
  return { from, to, kind: 'copies text', weight: reuse.score, label, evidence };
}

/** Nodes for every article and for every cited name no article's outlet answers to; edges for reuse and citations. */
function graph(model: DossierModel): { nodes: GraphNode[]; edges: Edge[] } {
  const nodes = new Map<string, GraphNode>();
  const byName = new Map<string, string>();
  for (const article of model.dossier.articles) {
    nodes.set(article.id, { key: article.id, label: model.outlet(article.id), inDossier: true, x: 0, y: 0 });
    byName.set(outletNameKey(article.outlet ?? model.outlet(article.id)), article.id);
  }
  const edges: Edge[] = model.dossier.reuse.map((reuse) => reuseEdge(model, reuse));
  const seen = new Set<string>();
  for (const citation of model.dossier.citations) {
    const target = byName.get(outletNameKey(citation.cites)) ?? `cited:${outletNameKey(citation.cites)}`;
    if (!nodes.has(target)) nodes.set(target, { key: target, label: citation.cites, inDossier: false, x: 0, y: 0 });
    const id = `${citation.article}>${target}`;
    if (seen.has(id) || target === citation.article) continue;
    seen.add(id);
    const evidence =
      citation.end > citation.start ? { article: citation.article, start: citation.start, end: citation.end } : null;
    edges.push({
      from: target,
      to: citation.article,
      kind: 'credits',
      weight: 0.05,
      label: `${model.outlet(citation.article)} credits ${citation.cites}`,
      evidence,
    });
  }
  const list = [...nodes.values()];
  list.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / list.length - Math.PI / 2;
    const radius = node.inDossier ? 1 : 1.25;
    node.x = Math.cos(angle) * radius;
    node.y = Math.sin(angle) * radius;
  });
  return { nodes: list, edges };
}

function draw(model: DossierModel, figure: HTMLElement, data: { nodes: GraphNode[]; edges: Edge[] }): void {
  const width = chartWidth(figure, 720);
  const at = new Map(data.nodes.map((n) => [n.key, n]));
  const links = data.edges.map((e) => ({
    ...e,
    x1: at.get(e.from)!.x,
    y1: at.get(e.from)!.y,
    x2: at.get(e.to)!.x,
    y2: at.get(e.to)!.y,
  }));
  const chars = width < 500 ? 12 : 22;
  const chart = plot({
    width,
    height: Math.round(width * 0.8),
    inset: width < 500 ? 40 : 70,
    ariaLabel: 'Reuse and citation graph',
    x: { axis: null, domain: [-1.3, 1.3] },
    y: { axis: null, domain: [-1.3, 1.3] },
    color: { legend: true, domain: ['copies text', 'credits'], range: ['#b5542a', '#3a6ea5'] },
    marks: [
      Plot.arrow(links, {
        x1: 'x1',
        y1: 'y1',
        x2: 'x2',
        y2: 'y2',
        stroke: 'kind',
        strokeWidth: (d: Edge) => 1 + d.weight * 8,
        bend: true,
        inset: 9,
        title: 'label',
      }),
      Plot.dot(data.nodes, {
        x: 'x',
        y: 'y',
        r: 7,
        fill: (d: GraphNode) => (d.inDossier ? 'currentColor' : 'white'),
        stroke: 'currentColor',
        title: 'label',
      }),
      Plot.text(data.nodes, { x: 'x', y: 'y', text: (d: GraphNode) => shorten(d.label, chars), dy: -14, fontSize: 11 }),
    ],
  });
  figure.replaceChildren(chart);
}

function edgeItem(model: DossierModel, edge: Edge): HTMLElement {
  const ref = edge.evidence;
  if (!ref) return el('li', {}, edge.label);
  const text = edge.kind === 'credits' ? 'show the credit' : 'show a copied passage';
  const open = el('button', { class: 'chip', attrs: { type: 'button', 'aria-label': `${text}: ${edge.label}` } }, text);
  open.addEventListener('click', () => model.openSpan(ref, open));
  return el('li', {}, edge.label, ' ', open);
}

export function graphPicture(model: DossierModel): { element: HTMLElement; draw(): void } {
  const data = graph(model);
  const figure = el('div', {
    class: 'chart',
    attrs: { role: 'img', 'aria-label': 'Reuse and citation graph; the list below gives the same links' },
  });
  const list = el('ul', { class: 'edges' }, ...data.edges.map((edge) => edgeItem(model, edge)));
  const element = el(
    'div',
    { class: 'picture', attrs: { 'aria-labelledby': 'pic-graph' } },
    el('h3', { id: 'pic-graph' }, 'Who copies and credits whom'),
    figure,
    data.edges.length ? list : el('p', { class: 'hint' }, 'No reuse or credits found.'),
  );
  return { element, draw: () => draw(model, figure, data) };
}
