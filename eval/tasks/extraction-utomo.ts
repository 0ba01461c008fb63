// Eval: main-text extraction on the Utomo & Leu set in ../shared (nine news sites over four years, and pages of about
// 240 sites), each subset scored apart with the Zyte benchmark's shingle metric, beside Readability.js in the same run.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { EvalRow, EvalTask } from '../task.js';
import { dataPath, hasDataSet, readJsonl } from '../shared.js';
import { scorePage, type PageScore } from '../../src/readable/score.js';
import { extractOurs, extractReadability, PEER, scoreRows, type Extracted } from './extraction.js';

const DATASET = 'extraction-utomo';

export interface UtomoPage {
  id: string;
  subset: string;
  keyword: string;
  html_file: string;
  gold_text: string;
}

export function loadUtomoPages(): UtomoPage[] {
  return readJsonl<UtomoPage>(dataPath(DATASET, 'pages.jsonl'));
}

export const pageBytes = (p: UtomoPage): Uint8Array => gunzipSync(readFileSync(dataPath(DATASET, p.html_file)));

/**
 * The keywords kept out of tuning: within each subset, every second keyword in alphabetical order. Rules of the reader
 * are tuned on the other half only (`tune`); `held-out` is the figure for pages never looked at.
 */
export function heldOutKeywords(pages: UtomoPage[]): Set<string> {
  const out = new Set<string>();
  const subsets = [...new Set(pages.map((p) => p.subset))];
  for (const s of subsets) {
    const keywords = [...new Set(pages.filter((p) => p.subset === s).map((p) => p.keyword))].sort();
    keywords.forEach((k, i) => {
      if (i % 2 === 1) out.add(`${s}/${k}`);
    });
  }
  return out;
}

export const isHeldOut = (held: Set<string>, p: UtomoPage): boolean => held.has(`${p.subset}/${p.keyword}`);

/** The gold opens with the headline: a prediction is the headline, then the main text (for every system alike). */
export const predictionText = (e: Extracted): string => (e.title ? `${e.title}\n\n${e.text}` : e.text);

/** The groups reported: the whole set, the news sites (all years, then each year), the many-site set, tune and held-out. */
function groups(pages: UtomoPage[]): Array<[string, (p: UtomoPage) => boolean]> {
  const held = heldOutKeywords(pages);
  const subsets = [...new Set(pages.map((p) => p.subset))].sort();
  return [
    ['big5', (p) => p.subset.startsWith('big5-')],
    ...subsets.map((s): [string, (p: UtomoPage) => boolean] => [s, (p) => p.subset === s]),
    ['tune', (p) => !isHeldOut(held, p)],
    ['held-out', (p) => isHeldOut(held, p)],
  ];
}

export default {
  name: 'extraction',
  dataset: DATASET,
  async run(): Promise<EvalRow[]> {
    if (!hasDataSet(DATASET)) return [];
    const pages = loadUtomoPages();
    const ours = new Map<string, PageScore>();
    const peer = new Map<string, PageScore>();
    for (const p of pages) {
      const bytes = pageBytes(p);
      ours.set(p.id, scorePage(predictionText(extractOurs(bytes, null, p.id)), p.gold_text));
      peer.set(p.id, scorePage(predictionText(extractReadability(bytes)), p.gold_text));
    }
    const of = (m: Map<string, PageScore>, ps: UtomoPage[]): PageScore[] => ps.map((p) => m.get(p.id)!);
    const peerF1 = (ps: UtomoPage[]): string => `${scoreRows(DATASET, PEER, of(peer, ps), '', ['F1'])[0]!.ours.toFixed(4)} ${PEER}`;
    const out = [...scoreRows(DATASET, null, of(ours, pages), peerF1(pages)), ...scoreRows(DATASET, PEER, of(peer, pages), '')];
    for (const [name, keep] of groups(pages)) {
      const ps = pages.filter(keep);
      out.push(...scoreRows(`${DATASET}/${name}`, null, of(ours, ps), peerF1(ps), ['F1']));
      out.push(...scoreRows(`${DATASET}/${name}`, PEER, of(peer, ps), '', ['F1']));
    }
    return out;
  },
} satisfies EvalTask;
