// Eval: main-text extraction on the Zyte benchmark half in ../shared, scored with the benchmark's own shingle metric,
// beside Readability.js on linkedom measured in the same run and the benchmark's stored outputs of other extractors.
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { EvalRow, EvalTask } from '../task.js';
import { dataPath, hasDataSet, readJsonl } from '../shared.js';
import { readDocument } from '../../src/readable/index.js';
import { decodeBytes } from '../../src/readable/decode.js';
import { scorePage, aggregate, type PageScore } from '../../src/readable/score.js';

const DATASET = 'extraction-zyte';

interface Page {
  id: string;
  url: string;
  html_file: string;
  articleBody: string;
}

/** Published figures on all 181 pages (the benchmark's README), for the reference column. */
const PUBLISHED: Record<string, string> = {
  rs_trafilatura: '0.970',
  trafilatura: '0.958',
  readability_js: '0.947',
  readability: '0.922',
  'html-text': '0.665',
};

/** The name of the same-run peer in the table. */
export const PEER = 'Readability.js on linkedom (same run)';

/** One page's extraction: the headline and the main text. */
export interface Extracted {
  title: string;
  text: string;
  published: string | null;
}

/** Our reading of one page's bytes, as `triangulate` reads a fetched page. */
export function extractOurs(bytes: Uint8Array, url: string | null, id: string): Extracted {
  const { article } = readDocument({ source: url ?? id, bytes, contentType: 'text/html', hints: url ? { url } : {} }, { id });
  return { title: article?.title ?? '', text: article?.text ?? '', published: article?.published ?? null };
}

/**
 * The peer: Mozilla Readability.js with its defaults on a linkedom document of the same decoded page (Readability's
 * textContent, as the benchmark's readability_js output). A page it throws on or finds nothing in gives ''.
 */
export function extractReadability(bytes: Uint8Array): Extracted {
  try {
    const { document } = parseHTML(decodeBytes(bytes, 'text/html'));
    const parsed = new Readability(document as unknown as Document).parse();
    return { title: parsed?.title ?? '', text: parsed?.textContent ?? '', published: null };
  } catch {
    return { title: '', text: '', published: null };
  }
}

/** Our predictions per page id, with the pages; exported so a debug script can look at single pages. */
export function extractAll(pages: Page[]): Map<string, Extracted> {
  const out = new Map<string, Extracted>();
  for (const page of pages) out.set(page.id, extractOurs(gunzipSync(readFileSync(dataPath(DATASET, page.html_file))), page.url, page.id));
  return out;
}

export function loadPages(): Page[] {
  return readJsonl<Page>(dataPath(DATASET, 'pages.jsonl'));
}

/**
 * P, R and F1 rows of one system on one data set (or subset); ours are named plainly (`F1`), a reference system's carry
 * its name (`rs_trafilatura F1`). `only` keeps some of the three.
 */
export function scoreRows(
  dataset: string,
  name: string | null,
  scores: PageScore[],
  reference: string,
  only: ReadonlyArray<'precision' | 'recall' | 'F1'> = ['precision', 'recall', 'F1'],
): EvalRow[] {
  const agg = aggregate(scores);
  const base = { task: 'extraction', dataset, n: agg.pages, reference, ...(name ? { isReference: true } : {}) };
  const label = (m: string): string => (name ? `${name} ${m}` : m);
  const value = { precision: agg.precision, recall: agg.recall, F1: agg.f1 };
  return only.map((m) => ({ ...base, metric: label(m), ours: value[m] }));
}

export default {
  name: 'extraction',
  dataset: DATASET,
  async run(): Promise<EvalRow[]> {
    if (!hasDataSet(DATASET)) return [];
    const pages = loadPages();
    const ours = extractAll(pages);
    const out = scoreRows(
      DATASET,
      null,
      pages.map((p) => scorePage(ours.get(p.id)?.text ?? '', p.articleBody)),
      `${PUBLISHED['rs_trafilatura']} rs_trafilatura (published, 181 pages)`,
    );
    const peer = pages.map((p) => scorePage(extractReadability(gunzipSync(readFileSync(dataPath(DATASET, p.html_file)))).text, p.articleBody));
    out.push(...scoreRows(DATASET, PEER, peer, ''));
    const refDir = dataPath(DATASET, 'reference-outputs');
    for (const file of readdirSync(refDir).filter((f) => f.endsWith('.jsonl')).sort()) {
      const name = basename(file, '.jsonl');
      const byId = new Map(readJsonl<{ id: string; articleBody?: string }>(`${refDir}/${file}`).map((r) => [r.id, r.articleBody ?? '']));
      const scores = pages.map((p) => scorePage(byId.get(p.id) ?? '', p.articleBody));
      out.push(...scoreRows(DATASET, name, scores, PUBLISHED[name] ? `${PUBLISHED[name]} published (181 pages)` : ''));
    }
    // The gold has no dates (pages.jsonl holds id, url, html_file, articleBody only): this is coverage, not accuracy.
    const dated = pages.filter((p) => ours.get(p.id)?.published).length;
    out.push({
      task: 'extraction',
      dataset: DATASET,
      metric: 'publish date found (share; gold has no dates)',
      ours: pages.length ? dated / pages.length : 0,
      reference: '',
      n: pages.length,
    });
    return out;
  },
} satisfies EvalTask;
