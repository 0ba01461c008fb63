// Reading speed: our readDocument (linkedom + Readability + filters) against Readability on jsdom, same pages, same run.
import { Readability } from '@mozilla/readability';
import { readDocument } from '../src/readable/index.js';

export interface ReadableBench {
  pages: number;
  /** Pages per second of readDocument (decode, parse, extract, filter, metadata). */
  oursPagesPerSec: number;
  /** Pages per second of `new JSDOM(html)` + `new Readability(document).parse()`. */
  readabilityJsdomPagesPerSec: number;
  /** oursPagesPerSec / readabilityJsdomPagesPerSec. */
  speedup: number;
}

/** Best of `runs` wall times in ms: the run least disturbed by other work on the machine. */
function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/**
 * Time both readers over the same HTML pages.
 * @param pages decoded HTML with its URL when known
 * @param opts.runs repetitions; the best is kept (default 1)
 * @example const r = await benchReadable([{ html, url }]); console.log(r.speedup)
 */
export async function benchReadable(pages: Array<{ html: string; url?: string }>, opts: { runs?: number } = {}): Promise<ReadableBench> {
  const runs = opts.runs ?? 1;
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const encoder = new TextEncoder();
  const raws = pages.map((p, i) => ({
    source: p.url ?? `page-${i}.html`,
    contentType: 'text/html',
    bytes: encoder.encode(p.html),
    ...(p.url ? { hints: { url: p.url } } : {}),
  }));
  const ours = best(runs, () => {
    raws.forEach((raw, i) => readDocument(raw, { id: `p${i}` }));
  });
  const quiet = new VirtualConsole();
  const peer = best(runs, () => {
    for (const p of pages) {
      const dom = new JSDOM(p.html, { ...(p.url ? { url: p.url } : {}), virtualConsole: quiet });
      new Readability(dom.window.document).parse();
      dom.window.close();
    }
  });
  const rate = (ms: number): number => (ms > 0 ? pages.length / (ms / 1000) : 0);
  return {
    pages: pages.length,
    oursPagesPerSec: rate(ours),
    readabilityJsdomPagesPerSec: rate(peer),
    speedup: rate(ours) / Math.max(1e-9, rate(peer)),
  };
}
