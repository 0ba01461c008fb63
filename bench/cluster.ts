// The clustering bench: articles per second (CPU time of Clusterer.add only, after a full GC per batch of 1,200 so the
// generator's garbage is not collected on the clusterer's time) and bytes kept per article (heap after a
// full GC, less the heap before, over the articles the clusterer still holds: stories idle past its horizon retire) on a stream generated at run time from the dev corpora: each
// generated story takes a source story (an ECB+ subtopic, a BASIL event, a NeuS story), renames its capitalised words
// consistently for that story (so two stories from one source are two events), and spreads its articles, sentences
// shuffled and some dropped, over two days of a 100-day stream. Nothing generated is stored.
import { Clusterer, type ClusterArticle } from '../src/cluster/index.js';
import { rng } from '../src/core/util/random.js';
import { basilStream, ecbStream, neusStream, type GoldStream } from '../eval/tasks/clustering.js';
import { hasDataSet } from '../eval/shared.js';
import { collector } from './soak.js';

type Row = (cells: Array<string | number>) => string;

/** The dev corpora's stories as lists of {title, text}. */
function sourceStories(): Array<Array<{ title: string | null; text: string }>> {
  const streams: GoldStream[] = [ecbStream('dev'), basilStream(), neusStream('val')];
  const out: Array<Array<{ title: string | null; text: string }>> = [];
  for (const s of streams) {
    const groups = new Map<string, Array<{ title: string | null; text: string }>>();
    for (const a of s.articles) {
      const g = s.gold.get(a.id)!;
      groups.set(g, [...(groups.get(g) ?? []), { title: a.title ?? null, text: a.text }]);
    }
    out.push(...groups.values());
  }
  return out;
}

const SENTENCE = /[^.!?\n]+[.!?]?\s*/g;

/** Capitalised words renamed for one generated story: a suffix of letters from its number. */
function renamer(story: number): (s: string) => string {
  const tag = story.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)]!);
  return (s) => s.replace(/\b([A-Z][a-z]{2,})\b/g, (_, w: string) => `${w}${tag}`);
}

/** `count` generated articles in arrival (time) order, made lazily in batches of `batch`. */
function* generated(sources: ReturnType<typeof sourceStories>, count: number, seed: number, batch: number): Generator<ClusterArticle[]> {
  const r = rng(seed);
  const days = 100;
  const perStory = 6;
  const stories = Math.ceil(count / perStory);
  const start = Date.UTC(2026, 0, 1);
  let made = 0;
  // Stories in start order; each story's articles within 48 hours of its start: arrival order is near time order.
  for (let s0 = 0; s0 < stories && made < count; s0 += batch / perStory) {
    const out: ClusterArticle[] = [];
    for (let s = s0; s < Math.min(stories, s0 + batch / perStory) && made < count; s++) {
      const src = sources[Math.floor(r() * sources.length)]!;
      const rename = renamer(s);
      const t0 = start + (s / stories) * days * 86_400_000;
      for (let k = 0; k < perStory && made < count; k++, made++) {
        const a = src[Math.floor(r() * src.length)]!;
        const sentences = (a.text.match(SENTENCE) ?? [a.text]).filter(() => r() > 0.15);
        for (let i = sentences.length - 1; i > 1; i--) if (r() < 0.3) [sentences[i], sentences[i - 1]] = [sentences[i - 1]!, sentences[i]!];
        out.push({ id: `g${s}-${k}`, title: a.title ? rename(a.title) : null, text: rename(sentences.join('')), published: t0 + r() * 48 * 3_600_000 });
      }
    }
    yield out.sort((x, y) => Number(x.published) - Number(y.published));
  }
}

/**
 * Clustering throughput and memory on `count` generated articles.
 * @example await benchCluster({ count: 100_000, row })
 */
export async function benchCluster({ count, row }: { count: number; row: Row }): Promise<void> {
  if (!hasDataSet('events-ecbplus') || !hasDataSet('bias-basil') || !hasDataSet('neutral-summaries-neus')) {
    console.log('cluster bench skipped: ../shared/data (events-ecbplus, bias-basil, neutral-summaries-neus) not found');
    return;
  }
  const sources = sourceStories();
  const gc = collector();
  gc();
  const before = process.memoryUsage();
  const c = new Clusterer();
  let cpu = 0;
  let chars = 0;
  let n = 0;
  for (const batch of generated(sources, count, 7, 1200)) {
    for (const a of batch) chars += a.text.length;
    n += batch.length;
    // Collect the generator's garbage outside the timed part, so the figure is the clusterer's own work.
    gc();
    const c0 = process.cpuUsage();
    for (const a of batch) c.add(a);
    const d = process.cpuUsage(c0);
    cpu += (d.user + d.system) / 1e6;
  }
  gc();
  const after = process.memoryUsage();
  const held = c.stats().articles;
  const kept = after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers);
  console.log(`\n## Story clustering (${n.toLocaleString('en')} generated articles, ${Math.round(chars / n)} characters each on average)\n`);
  console.log(row(['measure', 'figure', 'target']));
  console.log(row(['-'.repeat(34), '-'.repeat(14), '-'.repeat(14)]));
  console.log(row(['articles / s (CPU time of add)', Math.round(n / cpu), '≥ 5,000']));
  console.log(row(['articles held at the end', held, 'older retired']));
  console.log(row(['bytes kept / article held (heap after GC)', Math.round(kept / held), '≤ 2,048']));
  const st = c.stats();
  console.log(row(['  of which the article pool', Math.round(st.poolBytes / held), '']));
  console.log(row(['  of which IDF and LSH tables', Math.round(st.tableBytes / held), `${st.terms.toLocaleString('en')} terms`]));
  console.log(row(['stories', c.stats().stories, `${Math.ceil(count / 6)} generated`]));
}
