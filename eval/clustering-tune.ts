// B³ F1 on the train splits (ECB+ train subtopics, whole and in chunks of whole topics the size of the dev split; NeuS
// train in chunks the size of the val split) under settings overrides, for choosing settings without looking at the
// reported splits. The dev-sized chunks matter: on a stream of 200 articles the IDF learnt so far is young, and settings
// that fit the whole train split (575 articles) fragment there. `npx tsx eval/clustering-tune.ts '{"joinThreshold":0.2}' [--dev]`
import { basilStream, ecbStream, mixed, neusStream, scoreStream, SEEDS, type GoldStream } from './tasks/clustering.js';

const over = JSON.parse(process.argv[2] ?? '{}') as Record<string, number>;
const dev = process.argv.includes('--dev');

/** A stream cut into chunks of `size` groups (a gold story's group: `groupOf` its label), each its own stream. */
function chunks(stream: GoldStream, size: number, groupOf = (g: string): string => g): GoldStream[] {
  const groups = [...new Set([...stream.gold.values()].map(groupOf))];
  const out: GoldStream[] = [];
  for (let at = 0; at + size <= groups.length; at += size) {
    const keep = new Set(groups.slice(at, at + size));
    const held = (g: string): boolean => keep.has(groupOf(g));
    out.push({ articles: stream.articles.filter((a) => held(stream.gold.get(a.id)!)), gold: new Map([...stream.gold].filter(([, g]) => held(g))) });
  }
  return out;
}

/** ECB+ gold subtopics are `<topic>_ecb` / `<topic>_ecbplus`: a chunk keeps both subtopics of each of its topics. */
const ecbTopic = (subtopic: string): string => subtopic.split('_')[0]!;

function report(label: string, streams: GoldStream[]): void {
  const seeds = process.env.SEEDS ? Array.from({ length: Number(process.env.SEEDS) }, (_, k) => k + 1) : SEEDS;
  const runs = streams.flatMap((s) => seeds.map((seed) => scoreStream(s, seed, over)));
  const m = (f: (x: (typeof runs)[number]) => number): string => (runs.reduce((a, x) => a + f(x), 0) / runs.length).toFixed(4);
  console.log(`${label.padEnd(12)} P ${m((x) => x.precision)} R ${m((x) => x.recall)} F1 ${m((x) => x.f1)}`);
}

report('ecb-train', [ecbStream('train')]);
// 8 topics: about 190 articles, the dev split's 197.
report('ecb-chunks', chunks(ecbStream('train'), 8, ecbTopic));
report('neus-train', chunks(neusStream('train'), 307));
if (dev) {
  report('ecb-dev', [ecbStream('dev')]);
  report('mix-dev', [mixed(basilStream(), neusStream('val'))]);
}
