// Extraction speed: our reader against Readability.js on jsdom (the common stack), same pages, same run.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { readDocument } from '../src/readable/index.js';
import { dataPath, hasDataSet, readJsonl } from '../eval/shared.js';

interface Page {
  id: string;
  url: string;
  html_file: string;
}

export async function benchExtraction(opts: { quick: boolean; row: (cells: Array<string | number>) => string }): Promise<void> {
  if (!hasDataSet('extraction-zyte')) {
    console.log('\nextraction bench skipped: ../shared/data/extraction-zyte not found');
    return;
  }
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const pages = readJsonl<Page>(dataPath('extraction-zyte', 'pages.jsonl'))
    .slice(0, opts.quick ? 20 : 60)
    .map((p) => ({ url: p.url, html: gunzipSync(readFileSync(dataPath('extraction-zyte', p.html_file))).toString('utf8') }));
  const encoder = new TextEncoder();
  const raws = pages.map((p, i) => ({ source: p.url, contentType: 'text/html', bytes: encoder.encode(p.html), hints: { url: p.url }, id: i }));

  const t0 = performance.now();
  for (const raw of raws) readDocument(raw, { id: `p${raw.id}` });
  const ours = performance.now() - t0;

  const quiet = new VirtualConsole();
  const t1 = performance.now();
  for (const p of pages) {
    const dom = new JSDOM(p.html, { url: p.url, virtualConsole: quiet });
    new Readability(dom.window.document).parse();
    dom.window.close();
  }
  const peer = performance.now() - t1;

  const perSec = (ms: number): string => (pages.length / (ms / 1000)).toFixed(1);
  console.log(`\nExtraction speed on ${pages.length} extraction-zyte pages\n`);
  console.log(opts.row(['extractor', 'pages/s', 'speed-up vs peer']));
  console.log(opts.row(['Readability.js on jsdom (peer)', perSec(peer), '1.00']));
  console.log(opts.row(['triangulate readDocument', perSec(ours), (peer / ours).toFixed(2)]));
}
