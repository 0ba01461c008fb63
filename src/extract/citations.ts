// Outlets and agencies an article credits ("reported by Bloomberg", "according to the BBC", "told CNN", "(Reuters)").
import type { Article, Citation, CitationKind } from '../core/types.js';
import type { Doc } from '../nlp/index.js';
import { outletNameKey } from '../core/outlet.js';
import { type EntityLayer, LEX } from './entities/index.js';
import cues from './data/citation-cues.json' with { type: 'json' };

const re = (xs: string[], anchor: 'end' | 'start'): RegExp => {
  const alt = xs.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
  return anchor === 'end' ? new RegExp(`(?:^|\\W)(?:${alt})\\s+(?:the\\s+)?$`, 'i') : new RegExp(`^['’]?s?\\s*(?:${alt})\\b`, 'i');
};
const BEFORE: Array<[RegExp, CitationKind]> = [
  [re(cues.before['syndicated-from'], 'end'), 'syndicated-from'],
  [re(cues.before['according-to'], 'end'), 'according-to'],
  [re(cues.before['reported-by'], 'end'), 'reported-by'],
  [re(cues.before.other, 'end'), 'other'],
];
const AFTER_REPORTED = re(cues.after['reported-by'], 'start');
const AS_BEFORE = /(?:^|\W)as\s+(?:the\s+)?$/i;
const OUTLET_WORDS = new Set(cues.outletWords.map((w) => w.toLowerCase()));

/**
 * Find the outlets and sources an article credits, with the kind of credit.
 * @param layer the article's entities (organisations with news-like names count as outlets besides the outlet list)
 * @example extractCitations(article, doc, layer) // [{article, start, end, cites: 'Bloomberg', kind: 'reported-by'}]
 */
export function extractCitations(article: Article, doc: Doc, layer: EntityLayer): Citation[] {
  const text = doc.text;
  const names = new Map<string, string>();
  for (const n of LEX.outletNames) names.set(n.toLowerCase(), n);
  for (const e of layer.entities) {
    if (e.kind === 'organization' && e.name.split(/\s+/).some((w) => OUTLET_WORDS.has(w.toLowerCase()))) names.set(e.name.toLowerCase(), e.name);
  }
  const sorted = [...names.values()].sort((a, b) => b.length - a.length);
  if (!sorted.length) return [];
  const alt = sorted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
  const find = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'gu');
  // An outlet naming itself ("told Estmark Radio:" in Estmark Radio's own story) credits no one.
  const self = article.outlet ? outletNameKey(article.outlet) : null;
  const out: Citation[] = [];
  for (let m = find.exec(text); m; m = find.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 40);
    let kind: CitationKind | null = null;
    if (/\($/.test(before) && /^\)/.test(after)) kind = 'syndicated-from';
    for (const [r, k] of BEFORE) if (!kind && r.test(before)) kind = k;
    if (!kind && AFTER_REPORTED.test(after)) kind = 'reported-by';
    if (!kind && AS_BEFORE.test(before) && /^\s+(?:has\s+|had\s+|first\s+)?\w+ed\b/i.test(after)) kind = 'reported-by';
    if (!kind) continue;
    const cites = names.get(m[0].replace(/\s+/g, ' ').toLowerCase()) ?? m[0];
    if (self && outletNameKey(cites) === self) continue;
    out.push({ article: article.id, start, end, cites: cites.replace(/^the /i, ''), kind });
  }
  return out;
}
