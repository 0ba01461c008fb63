// Where the clustering's B³ loss comes from: per stream, precision and recall, the gold stories that fragment (over
// how many predicted stories) and the predicted stories that merge gold ones. `npx tsx eval/clustering-debug.ts [ecb-dev|ecb-train|neus-train|mix] [seed]`
import { Clusterer, bcubed } from '../src/cluster/index.js';
import { basilStream, ecbStream, mixed, neusStream, shuffled, type GoldStream } from './tasks/clustering.js';

const streams: Record<string, () => GoldStream> = {
  'ecb-dev': () => ecbStream('dev'),
  'ecb-train': () => ecbStream('train'),
  'neus-train': () => neusStream('train'),
  mix: () => mixed(basilStream(), neusStream('val')),
};

const [name = 'ecb-dev', seedArg = '1'] = process.argv.slice(2);
const stream = streams[name]!();
const c = new Clusterer(JSON.parse(process.env.OVER ?? "{}"));
for (const a of shuffled(stream.articles, Number(seedArg))) c.add(a);
const predicted = new Map(c.assignments().map((x) => [x.id, x.story]));
const score = bcubed(predicted, stream.gold);
console.log(`${name} seed ${seedArg}: P ${score.precision.toFixed(4)} R ${score.recall.toFixed(4)} F1 ${score.f1.toFixed(4)} stories ${c.stats().stories} gold ${new Set(stream.gold.values()).size}`);

const group = <K, V>(pairs: Array<[K, V]>): Map<K, V[]> => {
  const m = new Map<K, V[]>();
  for (const [k, v] of pairs) m.set(k, [...(m.get(k) ?? []), v]);
  return m;
};
const byGold = group([...stream.gold].map(([id, g]) => [g, predicted.get(id)!]));
const byPred = group([...predicted].map(([id, p]) => [p, stream.gold.get(id)!]));
const tally = (xs: string[]): string => [...group(xs.map((x) => [x, 1])).entries()].sort((a, b) => b[1].length - a[1].length).map(([k, v]) => `${k}×${v.length}`).join(' ');
const titles = new Map(stream.articles.map((a) => [a.id, (a.title ?? a.text.slice(0, 70)).replace(/\s+/g, ' ').slice(0, 70)]));
console.log('\nfragmented gold stories:');
for (const [g, ps] of byGold) if (new Set(ps).size > 1) console.log(`  ${g} (${ps.length}): ${tally(ps)}`);
console.log('\nmerged predicted stories:');
for (const [p, gs] of byPred) if (new Set(gs).size > 1) console.log(`  ${p} (${gs.length}): ${tally(gs)}`);
if (process.env.TITLES) for (const [id, t] of titles) console.log(`${stream.gold.get(id)}\t${predicted.get(id)}\t${t}`);
