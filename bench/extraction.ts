// Extraction speed: our reader against Readability.js on linkedom (the parser we read with) and on jsdom (the common
// stack), same pages, same run. Each peer parses the page and runs Readability; ours also decodes, filters and reads metadata.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { readDocument } from '../src/readable/index.js';
import { dataPath, hasDataSet, readJsonl } from '../eval/shared.js';

interface Page {
  id: string;
  url: string;
  html_file: string;
}

/** CPU milliseconds (user + system) to run `f` over every page: steadier than wall time on a shared machine. */
function timed<T>(items: T[], f: (x: T) => void): number {
  const t0 = process.cpuUsage();
  for (const x of items) f(x);
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
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

  // A warm-up pass each (JIT, module loading), then rounds taken in turn; the fastest round of each side counts.
  const ourPass = (): number => timed(raws, (raw) => readDocument(raw, { id: `p${raw.id}` }));
  const linkedomPass = (): number => timed(pages, (p) => new Readability(parseHTML(p.html).document as unknown as Document).parse());
  ourPass();
  linkedomPass();
  let ours = Infinity;
  let linkedom = Infinity;
  for (let round = 0; round < (opts.quick ? 1 : 3); round++) {
    ours = Math.min(ours, ourPass());
    linkedom = Math.min(linkedom, linkedomPass());
  }

  const quiet = new VirtualConsole();
  const jsdom = timed(pages, (p) => {
    const dom = new JSDOM(p.html, { url: p.url, virtualConsole: quiet });
    new Readability(dom.window.document).parse();
    dom.window.close();
  });

  const perSec = (ms: number): string => (pages.length / (ms / 1000)).toFixed(1);
  console.log(`\nExtraction speed on ${pages.length} extraction-zyte pages (CPU time; best of the rounds for ours and Readability on linkedom)\n`);
  console.log(opts.row(['extractor', 'pages per CPU-second', 'ours vs this one']));
  console.log(opts.row(['Readability.js on jsdom (peer)', perSec(jsdom), (jsdom / ours).toFixed(2)]));
  console.log(opts.row(['Readability.js on linkedom (peer)', perSec(linkedom), (linkedom / ours).toFixed(2)]));
  console.log(opts.row(['triangulate readDocument', perSec(ours), '1.00']));
}
