// Try clusterer settings on the train splits only (ECB+ train topics; NeuS train in 307-story chunks, the size of NeuS
// val), two seeds each, and print B³ F1 (precision/recall) per stream: how the shipped settings were chosen.
// Usage: npx tsx scripts/tune-cluster.ts '[{}, {"joinThreshold": 0.25}]'
import { ecbStream, neusStream, scoreStream, type GoldStream } from '../eval/tasks/clustering.js';
import type { ClusterSettings } from '../src/cluster/index.js';

const ecb = ecbStream('train');
const neus = neusStream('train');
/** NeuS train stories k·307 … (k+1)·307 - 1 as one stream. */
function chunk(k: number): GoldStream {
  const ids = new Set([...new Set(neus.gold.values())].slice(k * 307, (k + 1) * 307));
  const articles = neus.articles.filter((a) => ids.has(neus.gold.get(a.id)!));
  return { articles, gold: new Map(articles.map((a) => [a.id, neus.gold.get(a.id)!])) };
}
const streams: Array<[string, GoldStream, number]> = [['ECB+ train', ecb, 1], ['ECB+ train', ecb, 2], ['NeuS train 0', chunk(0), 1], ['NeuS train 3', chunk(3), 2]];
const grid = JSON.parse(process.argv[2] ?? '[{}]') as Array<Partial<ClusterSettings>>;
for (const over of grid) {
  const cells = streams.map(([name, s, seed]) => {
    const r = scoreStream(s, seed, over);
    return `${name} ${r.f1.toFixed(3)} (${r.precision.toFixed(2)}/${r.recall.toFixed(2)})`;
  });
  console.log(JSON.stringify(over), cells.join('  '));
}
