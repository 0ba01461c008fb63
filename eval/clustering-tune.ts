// B³ F1 on the train splits (ECB+ train subtopics; NeuS train in chunks the size of the val split) under settings
// overrides, for choosing settings without looking at the reported splits. `npx tsx eval/clustering-tune.ts '{"joinThreshold":0.2}' [--dev]`
import { basilStream, ecbStream, mixed, neusStream, scoreStream, SEEDS, type GoldStream } from './tasks/clustering.js';

const over = JSON.parse(process.argv[2] ?? '{}') as Record<string, number>;
const dev = process.argv.includes('--dev');

/** NeuS train cut into chunks of `size` stories (whole stories), each its own stream. */
function chunks(stream: GoldStream, size: number): GoldStream[] {
  const stories = [...new Set(stream.gold.values())];
  const out: GoldStream[] = [];
  for (let at = 0; at + size <= stories.length; at += size) {
    const keep = new Set(stories.slice(at, at + size));
    out.push({ articles: stream.articles.filter((a) => keep.has(stream.gold.get(a.id)!)), gold: new Map([...stream.gold].filter(([, g]) => keep.has(g))) });
  }
  return out;
}

function report(label: string, streams: GoldStream[]): void {
  const seeds = process.env.SEEDS ? Array.from({ length: Number(process.env.SEEDS) }, (_, k) => k + 1) : SEEDS;
  const runs = streams.flatMap((s) => seeds.map((seed) => scoreStream(s, seed, over)));
  const m = (f: (x: (typeof runs)[number]) => number): string => (runs.reduce((a, x) => a + f(x), 0) / runs.length).toFixed(4);
  console.log(`${label.padEnd(12)} P ${m((x) => x.precision)} R ${m((x) => x.recall)} F1 ${m((x) => x.f1)}`);
}

report('ecb-train', [ecbStream('train')]);
report('neus-train', chunks(neusStream('train'), 307));
if (dev) {
  report('ecb-dev', [ecbStream('dev')]);
  report('mix-dev', [mixed(basilStream(), neusStream('val'))]);
}
