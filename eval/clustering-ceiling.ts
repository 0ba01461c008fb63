// What the clusterer's terms can give at best, offline: every pair of a stream's articles compared under the IDF of the
// whole stream (the online clusterer sees only the IDF so far and one arrival at a time), then the share of articles
// whose nearest neighbour is in their gold story, and B³ of average-link agglomerative clustering at a few cut-offs. If
// the online figures sit near this ceiling, better figures need better terms, not another merge or split rule.
// `npx tsx eval/clustering-ceiling.ts ecb-dev|ecb-train|neus-train|mix` (`OVER='{…}'` overrides settings; O(n³), the mix takes a minute).
import { bcubed } from '../src/cluster/index.js';
import { clusterSettings } from '../src/cluster/settings.js';
import { articleTerms } from '../src/cluster/terms.js';
import { basilStream, ecbStream, mixed, neusStream, type GoldStream } from './tasks/clustering.js';

/** NeuS train's first 307 stories (the size of the val split). */
function neusTrain(): GoldStream {
  const all = neusStream('train');
  const keep = new Set([...new Set(all.gold.values())].slice(0, 307));
  return {
    articles: all.articles.filter((a) => keep.has(all.gold.get(a.id)!)),
    gold: new Map([...all.gold].filter(([, g]) => keep.has(g))),
  };
}

const streams: Record<string, () => GoldStream> = {
  'ecb-dev': () => ecbStream('dev'),
  'ecb-train': () => ecbStream('train'),
  'neus-train': neusTrain,
  mix: () => mixed(basilStream(), neusStream('val')),
};

/** Each article's terms as a unit vector under the stream's IDF (the clusterer's formula with no prior). */
function unitVectors(stream: GoldStream): Array<Map<number, number>> {
  const s = clusterSettings(JSON.parse(process.env.OVER ?? '{}') as Record<string, number>);
  const raw = stream.articles.map((a) => {
    const t = articleTerms(a.title, a.text, s);
    return new Map([...t.keys].map((k, i) => [k, t.weights[i]!]));
  });
  const df = new Map<number, number>();
  for (const v of raw) for (const k of v.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = raw.length;
  return raw.map((v) => {
    const out = new Map([...v].map(([k, w]) => [k, w * Math.log((n + 1) / (df.get(k)! + 0.5))]));
    const norm = Math.hypot(...out.values()) || 1;
    for (const [k, w] of out) out.set(k, w / norm);
    return out;
  });
}

function cosines(units: Array<Map<number, number>>): Float64Array[] {
  const sim = units.map(() => new Float64Array(units.length));
  for (let i = 0; i < units.length; i++)
    for (let j = i + 1; j < units.length; j++) {
      let dot = 0;
      for (const [k, w] of units[i]!) dot += w * (units[j]!.get(k) ?? 0);
      sim[i]![j] = sim[j]![i] = dot;
    }
  return sim;
}

/** Share of articles whose most similar other article is in their gold story. */
function nearestRight(sim: Float64Array[], gold: string[]): number {
  let right = 0;
  sim.forEach((row, i) => {
    let best = -1;
    row.forEach((x, j) => j !== i && (best < 0 || x > row[best]!) && (best = j));
    if (gold[best] === gold[i]) right++;
  });
  return right / sim.length;
}

/** Average-link agglomeration (Lance–Williams), printing B³ as the best pair's similarity falls below each cut-off. */
function averageLink(sim: Float64Array[], ids: string[], gold: Map<string, string>, cuts: number[]): void {
  const n = sim.length;
  const size = new Array<number>(n).fill(1);
  const alive = new Array<boolean>(n).fill(true);
  const label = ids.map((_, i) => i);
  let next = 0;
  for (;;) {
    let [bi, bj, bs] = [-1, -1, -Infinity];
    for (let i = 0; i < n; i++)
      if (alive[i])
        for (let j = i + 1; j < n; j++) if (alive[j] && sim[i]![j]! > bs) [bi, bj, bs] = [i, j, sim[i]![j]!];
    for (; next < cuts.length && !(bs >= cuts[next]!); next++) {
      const b = bcubed(new Map(ids.map((id, i) => [id, String(label[i])])), gold);
      console.log(
        `  average link, cut ${cuts[next]!.toFixed(2)}: P ${b.precision.toFixed(4)} R ${b.recall.toFixed(4)} F1 ${b.f1.toFixed(4)}`,
      );
    }
    if (next >= cuts.length) return;
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      sim[bi]![k] = sim[k]![bi] = (sim[bi]![k]! * size[bi]! + sim[bj]![k]! * size[bj]!) / (size[bi]! + size[bj]!);
    }
    size[bi] = size[bi]! + size[bj]!;
    alive[bj] = false;
    for (let k = 0; k < n; k++) if (label[k] === bj) label[k] = bi;
  }
}

const name = process.argv[2] ?? 'ecb-dev';
const make = streams[name];
if (!make) throw new Error(`clustering-ceiling: stream must be one of ${Object.keys(streams).join(', ')}`);
const stream = make();
const ids = stream.articles.map((a) => a.id);
const sim = cosines(unitVectors(stream));
console.log(
  `${name}: ${ids.length} articles; nearest neighbour in the gold story: ${nearestRight(
    sim,
    ids.map((id) => stream.gold.get(id)!),
  ).toFixed(4)}`,
);
averageLink(sim, ids, stream.gold, [0.35, 0.3, 0.25, 0.2, 0.18, 0.15, 0.12, 0.1]);
