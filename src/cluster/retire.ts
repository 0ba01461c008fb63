// Retirement, what keeps a long stream's memory bounded: stories idle past the horizon (settings.retireArrivals and
// maxGapDays) leave the index, and once retired articles reach a quarter of the held ones the clusterer's tables are rebuilt from
// the held articles alone (the article pool, the story table, the posting lists, the LSH bands; the caller renumbers what else it holds).
import { BandIndex } from './minhash.js';
import type { ArticlePool } from './pool.js';
import { Postings } from './postings.js';
import type { ClusterSettings } from './settings.js';
import { end, type Story } from './story.js';

/** Arrivals between two sweeps for idle stories: a sweep walks every story, so it runs now and then, not per article. */
export const SWEEP_EVERY = 1024;
/** Retired articles below which the tables are not rebuilt (a rebuild copies every held article). */
const MIN_COMPACT = 4096;

const DAY = 86_400_000;

/**
 * True when `story` should retire: no article joined it for retireArrivals arrivals, and its newest article is more
 * than maxGapDays behind `newest` (the newest publication time seen; an undated story or stream: arrivals alone).
 */
export function isIdle(story: Story, arrivals: number, newest: number, s: ClusterSettings): boolean {
  if (!s.retireArrivals || !story.alive || arrivals - story.lastArrival < s.retireArrivals) return false;
  return Number.isNaN(story.last) || Number.isNaN(newest) || newest - story.last > s.maxGapDays * DAY;
}

/** Retire `story`: it leaves the index, its articles are forgotten (their pool story -1, their ids unknown). Returns their count. */
export function retire(story: Story, pool: ArticlePool, byId: Map<string, number>): number {
  for (const m of story.members) {
    byId.delete(pool.ids[m]!);
    pool.story[m] = -1;
  }
  const n = story.members.length;
  end(story);
  return n;
}

/**
 * Retired articles (still in the tables until a rebuild) allowed per held article: a rebuild copies every held article,
 * so it runs after a quarter as many retirements, which bounds the retired ones' memory to a quarter of the held ones'
 * at a cost of four copies per retired article.
 */
const RETIRED_SHARE = 0.25;

/** True when enough articles are retired for a rebuild to pay: at least MIN_COMPACT and RETIRED_SHARE of those held. */
export const shouldCompact = (retired: number, held: number): boolean => retired >= MIN_COMPACT && retired > held * RETIRED_SHARE;

/** The clusterer's tables that hold article or story indices. */
export interface Tables {
  pool: ArticlePool;
  stories: Story[];
  postings: Postings;
  bands: BandIndex;
}

/**
 * The tables rebuilt from the live stories and their articles, order kept (so ties break as before): article and story
 * indices are renumbered, public story ids are not.
 */
export function compactTables(t: Tables, s: ClusterSettings): Tables & { remap: Int32Array } {
  const stories = t.stories.filter((x) => x.alive);
  const slot = new Int32Array(t.stories.length).fill(-1);
  stories.forEach((x, i) => (slot[x.idx] = i));
  const { pool, remap } = t.pool.compacted((i) => t.pool.story[i]! >= 0 && slot[t.pool.story[i]!]! >= 0);
  for (let i = 0; i < pool.size; i++) pool.story[i] = slot[pool.story[i]!]!;
  const postings = new Postings();
  stories.forEach((x, i) => {
    x.idx = i;
    x.members = x.members.map((m) => remap[m]!);
    for (const k of x.posted) postings.add(k, i);
  });
  const bands = new BandIndex(s.lshBands, s.minhashSize);
  for (let i = 0; i < pool.size; i++) bands.add(pool.signature(i), i);
  return { pool, stories, postings, bands, remap };
}
