// `npm run bench`: throughput of the whole pipeline in CPU time against reading + sentence splitting alone (measured in
// the same run), on short (NeuS) and full-length (the shared events, the seed corpus) articles; how claim alignment grows
// with the number of articles on one story; one 5,000-article story's time and memory; cold start; extraction speed;
// then the soak bench (bench/soak.ts) and the API bench (bench/api.ts: dossier creation and GET through the HTTP server,
// against in-process peers). Figures are ratios to a peer, never absolute gates.
// Usage: npm run bench [-- --quick]; npm run bench -- <section> runs one section alone: soak [--articles 100000]
// [--every 1000], story [--articles 5000], align, short, long, cold, api, cluster [--articles 100000].
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildDoc } from '../src/nlp/doc.js';
import { benchExtraction } from './extraction.js';
import { benchSoak } from './soak.js';
import { benchAlignment, benchBigStory, benchThroughput, longStories, neusStories } from './throughput.js';
import { benchColdStart } from './cold.js';
import { benchApi } from './api.js';
import { benchCluster } from './cluster.js';

const quick = process.argv.includes('--quick');
const args = process.argv.slice(2);
/** Articles the soak reads when `npm run bench` runs it after the other benches: enough to pass a few engine rebuilds. */
const SOAK_DEFAULT = quick ? 300 : 1_000;
const STORY_DEFAULT = quick ? 1_000 : 5_000;
const runs = quick ? 1 : 3;

function row(cells: Array<string | number>): string {
  return `| ${cells.map((c, i) => String(c).padEnd(i === 0 ? 34 : 14)).join(' | ')} |`;
}

function option(name: string, fallback: number): number {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

/** The big story in a fresh process, so its peak memory is its own. */
function bigStoryApart(): void {
  const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'story', '--articles', String(STORY_DEFAULT)], { stdio: 'inherit' });
  if (r.status !== 0) console.log(`big-story bench failed (exit ${r.status})`);
}

const SECTIONS: Record<string, () => void | Promise<void>> = {
  short: () => benchThroughput('Short articles (NeuS val)', neusStories(quick ? 20 : 80), runs, row),
  long: () => benchThroughput('Full-length articles (../shared/events, seed corpus)', longStories(), runs, row),
  align: () => benchAlignment(neusStories(quick ? 70 : 2_100), quick ? [50, 200] : [50, 200, 1_000, 5_000], runs, row),
  story: () => benchBigStory(option('--articles', STORY_DEFAULT), row),
  cold: () => benchColdStart(quick ? 1 : 3, row),
  soak: () => benchSoak({ args, defaultArticles: SOAK_DEFAULT, row }),
  api: () => benchApi({ quick, row }),
  cluster: () => benchCluster({ count: option('--articles', quick ? 10_000 : 100_000), row }),
};

async function main(): Promise<void> {
  buildDoc('Warm up the model. It loads once.');
  await SECTIONS.short!();
  await SECTIONS.long!();
  await SECTIONS.align!();
  bigStoryApart();
  await SECTIONS.cold!();
  await benchExtraction({ quick, row });
  await SECTIONS.soak!();
  await SECTIONS.api!();
  await SECTIONS.cluster!();
}

const section = args[0] && !args[0].startsWith('--') ? SECTIONS[args[0]] : undefined;
if (args[0] && !args[0].startsWith('--') && !section) throw new Error(`unknown bench section "${args[0]}"; one of: ${Object.keys(SECTIONS).join(', ')}`);
if (section) await section();
else await main();
