// Eval: main-text extraction on the Zyte benchmark half in ../shared, scored with the benchmark's own shingle metric.
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { EvalRow, EvalTask } from '../task.js';
import { dataPath, hasDataSet, readJsonl } from '../shared.js';
import { readDocument } from '../../src/readable/index.js';
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

/** Our predictions per page id, with the pages; exported so a debug script can look at single pages. */
export function extractAll(pages: Page[]): Map<string, { text: string; published: string | null }> {
  const out = new Map<string, { text: string; published: string | null }>();
  for (const page of pages) {
    const bytes = gunzipSync(readFileSync(dataPath(DATASET, page.html_file)));
    const { article } = readDocument(
      { source: page.url, bytes, contentType: 'text/html', hints: { url: page.url } },
      { id: page.id },
    );
    out.set(page.id, { text: article?.text ?? '', published: article?.published ?? null });
  }
  return out;
}

export function loadPages(): Page[] {
  return readJsonl<Page>(dataPath(DATASET, 'pages.jsonl'));
}

/** P, R and F1 rows; ours are named plainly (`F1`), a reference system's carry its name (`rs_trafilatura F1`). */
function rows(name: string | null, scores: PageScore[], reference: string): EvalRow[] {
  const agg = aggregate(scores);
  const base = { task: 'extraction', dataset: DATASET, n: agg.pages, reference, ...(name ? { isReference: true } : {}) };
  const label = (m: string): string => (name ? `${name} ${m}` : m);
  return [
    { ...base, metric: label('precision'), ours: agg.precision },
    { ...base, metric: label('recall'), ours: agg.recall },
    { ...base, metric: label('F1'), ours: agg.f1 },
  ];
}

export default {
  name: 'extraction',
  dataset: DATASET,
  async run(): Promise<EvalRow[]> {
    if (!hasDataSet(DATASET)) return [];
    const pages = loadPages();
    const ours = extractAll(pages);
    const out = rows(
      null,
      pages.map((p) => scorePage(ours.get(p.id)?.text ?? '', p.articleBody)),
      `${PUBLISHED['rs_trafilatura']} rs_trafilatura (published, 181 pages)`,
    );
    const refDir = dataPath(DATASET, 'reference-outputs');
    for (const file of readdirSync(refDir).filter((f) => f.endsWith('.jsonl')).sort()) {
      const name = basename(file, '.jsonl');
      const byId = new Map(readJsonl<{ id: string; articleBody?: string }>(`${refDir}/${file}`).map((r) => [r.id, r.articleBody ?? '']));
      const scores = pages.map((p) => scorePage(byId.get(p.id) ?? '', p.articleBody));
      out.push(...rows(name, scores, PUBLISHED[name] ? `${PUBLISHED[name]} published (181 pages)` : ''));
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
