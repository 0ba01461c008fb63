// Online story clustering: each arriving article joins the story whose centroid it is closest to (cosine of IDF-weighted
// terms, decayed with the time between them) or starts one. Candidate stories come from an inverted index over their
// terms and from near-duplicates found by MinHash LSH, never from a scan of every story. Stories close to one article
// and to each other merge; a story whose members fall into two apart groups splits. Deterministic for one input order.
import { articleTerms } from './terms.js';
import { articleTime } from './dates.js';
import { BandIndex, estimatedJaccard, permutationsFor, signature } from './minhash.js';
import { ArticlePool } from './pool.js';
import { Idf } from './idf.js';
import { selectionIdf } from './background.js';
import { articleVector, heaviest, idfDot, idfNorm, scored, scoredDot, type Query, type Scored } from './vectors.js';
import { addToCentroid, centroidNorm, decay, end, gapDays, newStory, rebuild, storyId, weekdayFactor, widen, type Story } from './story.js';
import { trySplit } from './split.js';
import { Postings } from './postings.js';
import { compactTables, isIdle, retire, shouldCompact, SWEEP_EVERY } from './retire.js';
import { SecondLooks } from './second-look.js';
import { clusterSettings, type ClusterSettings } from './settings.js';
import type { Assignment, ClusterArticle, Move, StorySummary } from './types.js';

interface Candidate {
  story: Story;
  sim: number;
}

/** Best candidate first (ties: the earlier story). */
const byRank = (a: Candidate, b: Candidate): number => b.sim - a.sim || a.story.idx - b.story.idx;

/** Growth of the wait from one second look to the next. */
const LOOK_FACTOR = 4;

export class Clusterer {
  readonly settings: ClusterSettings;
  private readonly idf: Idf;
  private pool: ArticlePool;
  private bands: BandIndex;
  private stories: Story[] = [];
  private postings = new Postings();
  private byId = new Map<string, number>();
  /** Articles added, stories opened, the newest publication time seen (ms, NaN while none), articles retired and not yet compacted away. */
  private arrivals = 0;
  private opened = 0;
  private newest = NaN;
  private retired = 0;
  /** Articles that started a story, waiting for their second look (see recheck). */
  private readonly looks: SecondLooks;

  /** @param over settings overriding data/settings.json (see ClusterSettings) */
  constructor(over: Partial<ClusterSettings> = {}) {
    this.settings = clusterSettings(over);
    this.idf = new Idf(this.settings.idfPrior);
    this.pool = new ArticlePool(this.settings.termsPerArticle, this.settings.minhashSize);
    this.bands = new BandIndex(this.settings.lshBands, this.settings.minhashSize);
    this.looks = new SecondLooks(this.settings.recheckAfter, this.settings.recheckRounds, LOOK_FACTOR);
  }

  /**
   * Assign one article (in arrival order) to a story.
   * @example new Clusterer().add({ id: 'a1', title: 'Quake hits Chile', text: '…' }).story // 's1'
   */
  add(a: ClusterArticle): Assignment {
    if (typeof a.id !== 'string' || typeof a.text !== 'string') throw new Error('Clusterer.add: an article needs a string id and a string text');
    if (this.byId.has(a.id)) throw new Error(`Clusterer.add: article id "${a.id}" was added before; ids must be unique`);
    const s = this.settings;
    const [lo, hi] = articleTime(a.published, a.text, this.settings.dateChars);
    this.arrivals++;
    if (hi > this.newest || (Number.isNaN(this.newest) && !Number.isNaN(hi))) this.newest = hi;
    const terms = articleTerms(a.title, a.text, s);
    const idfs = this.idf.observe(terms.keys);
    // The choice of terms to keep leans on general news (background.ts); an article within the cap keeps them all.
    const select = idfs.length > s.termsPerArticle ? selectionIdf(this.idf.counts(idfs.length), terms.shares, this.idf.n, s.idfPrior, s.selectionPrior) : idfs;
    const i = this.pool.push(a.id, lo, hi);
    this.byId.set(a.id, i);
    this.pool.days[i] = terms.weekdays;
    signature(terms.shingles, this.pool.signature(i), permutationsFor(s.minhashSize));
    const vec = articleVector(terms.keys, terms.weights, idfs, this.settings.termsPerArticle, select);
    this.pool.setVector(i, vec);
    const dup = this.nearDuplicate(i);
    this.bands.add(this.pool.signature(i), i);
    const query = this.queryTerms(vec);
    const ranked = this.rank(vec, query, i, dup);
    let story: Story;
    if (dup !== null) story = this.stories[this.pool.story[dup]!]!;
    else if (ranked[0] && ranked[0].sim >= s.joinThreshold) story = ranked[0].story;
    else story = this.open();
    this.join(story, i, vec, query);
    const moved = this.mergeAround(story, ranked);
    const home = this.stories[this.pool.story[i]!]!;
    moved.push(...this.maybeSplit(home));
    if (home.members.length === 1) this.looks.add(i, this.arrivals);
    moved.push(...this.recheck());
    const out: Assignment = { id: a.id, story: this.storyIdOf(i), moved: moved.length ? this.inArticleOrder(moved, a.id) : moved };
    if (dup !== null) out.duplicateOf = this.pool.ids[dup]!;
    if (this.arrivals % SWEEP_EVERY === 0) this.retireIdle();
    return out;
  }

  /** The story of an article added before and not retired (see ClusterSettings.retireArrivals), or undefined. */
  storyOf(id: string): string | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.storyIdOf(i);
  }

  /** Every held article's current story, in arrival order (retired articles keep the story last reported for them). */
  assignments(): Array<{ id: string; story: string }> {
    const out: Array<{ id: string; story: string }> = [];
    this.pool.ids.forEach((id, i) => this.pool.story[i]! >= 0 && out.push({ id, story: this.storyIdOf(i) }));
    return out;
  }

  /** Current stories, largest first (ties: the earlier story). */
  list(): StorySummary[] {
    return this.stories
      .filter((s) => s.alive && s.members.length)
      .sort((a, b) => b.members.length - a.members.length || a.idx - b.idx)
      .map((s) => ({
        story: storyId(s),
        size: s.members.length,
        members: [...s.members].sort((x, y) => x - y).map((m) => this.pool.ids[m]!),
        first: Number.isNaN(s.first) ? null : s.first,
        last: Number.isNaN(s.last) ? null : s.last,
      }));
  }

  /** Counts and bytes kept, for the bench. */
  stats(): { articles: number; stories: number; terms: number; poolBytes: number; tableBytes: number } {
    return { articles: this.pool.size - this.retired, stories: this.stories.filter((s) => s.alive).length, terms: this.idf.terms, poolBytes: this.pool.bytes, tableBytes: this.idf.bytes + this.bands.bytes + this.postings.bytes };
  }

  /** An earlier article within the time window that article i nearly copies, or null. */
  private nearDuplicate(i: number): number | null {
    const s = this.settings;
    let best: number | null = null;
    let bestJ = s.duplicateJaccard;
    const sig = this.pool.signature(i);
    for (const j of this.bands.candidates(sig)) {
      const story = this.stories[this.pool.story[j]!];
      if (!story?.alive || gapDays(story, this.pool.lo[i]!, this.pool.hi[i]!) > s.maxGapDays) continue;
      const jac = estimatedJaccard(sig, this.pool.signature(j));
      if (jac >= bestJ && (jac > bestJ || best === null)) {
        best = j;
        bestJ = jac;
      }
    }
    return best;
  }

  /** Candidate stories by index overlap, then scored by decayed cosine; best first. */
  private rank(vec: Scored, query: Query, i: number, dup: number | null): Candidate[] {
    const picked = this.postings.overlapping(query, this.settings.postingCap, this.settings.candidates, this.stories, dup === null ? -1 : this.pool.story[dup]!);
    const norm = vec.norm;
    const out: Candidate[] = [];
    if (!norm) return out;
    for (const idx of picked) {
      const story = this.stories[idx]!;
      // The decay first: a story out of the time window needs no norm (an IDF lookup per centroid term).
      const d = decay(story, this.pool.lo[i]!, this.pool.hi[i]!, this.settings) * weekdayFactor(this.pool.days[i]!, story, this.settings.weekdayMismatch);
      if (!d) continue;
      const cn = centroidNorm(story, this.idf);
      if (!cn) continue;
      const coherence = Math.min(1, cn / story.members.length) ** this.settings.coherencePower;
      // Insertion keeps `out` ranked (a dozen at most; a sort would copy them into a work array).
      const c = { story, sim: (coherence * d * scoredDot(vec, story.centroid)) / (norm * cn) };
      let at = out.push(c) - 1;
      for (; at > 0 && byRank(c, out[at - 1]!) < 0; at--) out[at] = out[at - 1]!;
      out[at] = c;
    }
    return out;
  }

  /** The vector's heaviest terms, for the index lookup. */
  private queryTerms(vec: Scored): Query {
    return heaviest(vec, this.settings.queryTerms);
  }

  private open(): Story {
    const story = newStory(this.stories.length, this.opened++, 4);
    this.stories.push(story);
    return story;
  }

  /** Article i joins `story`: centroid, span, and the story posted under the article's query terms. */
  private join(story: Story, i: number, vec: Scored, query = this.queryTerms(vec)): void {
    story.members.push(i);
    story.lastArrival = this.arrivals;
    this.pool.story[i] = story.idx;
    addToCentroid(story, vec, vec.norm, this.idf, this.settings.termsPerStory);
    widen(story, this.pool.lo[i]!, this.pool.hi[i]!);
    story.days |= this.pool.days[i]!;
    this.post(story, query.keys);
  }

  /** Post `story` under `keys` it is not posted under yet (at most 4 × queryTerms terms a story); retired stories are skipped at lookup. */
  private post(story: Story, keys: readonly number[]): void {
    const cap = this.settings.queryTerms * 4;
    for (const k of keys) {
      if (story.posted.length >= cap) return;
      if (story.posted.includes(k)) continue;
      story.posted.push(k);
      this.postings.add(k, story.idx);
    }
  }

  /**
   * Merge into `story` the other candidates this article was close to, when their centroids are close to it, or when
   * the article is close to both (it tells what both told: one event seen from two sides).
   */
  private mergeAround(story: Story, ranked: Candidate[]): Move[] {
    const s = this.settings;
    const moved: Move[] = [];
    let home = story;
    const homeSim = ranked.find((c) => c.story === story)?.sim ?? 0;
    for (const c of ranked) {
      if (c.story === home || !c.story.alive || c.sim < s.joinThreshold) continue;
      const bridged = homeSim >= s.bridgeThreshold && c.sim >= s.bridgeThreshold;
      const cos = idfDot(home.centroid, c.story.centroid, this.idf) / (centroidNorm(home, this.idf) * centroidNorm(c.story, this.idf) || 1);
      if (cos < s.mergeThreshold && !bridged) continue;
      const [keep, gone] = home.members.length > c.story.members.length || (home.members.length === c.story.members.length && home.idx < c.story.idx) ? [home, c.story] : [c.story, home];
      moved.push(...this.absorb(keep, gone));
      home = keep;
    }
    return moved;
  }

  /** Move every member of `gone` into `keep`; `gone` is retired. */
  private absorb(keep: Story, gone: Story): Move[] {
    const moved: Move[] = [];
    for (const m of gone.members) {
      keep.members.push(m);
      this.pool.story[m] = keep.idx;
      moved.push({ id: this.pool.ids[m]!, story: storyId(keep), from: storyId(gone) });
      const v = this.pool.vector(m);
      addToCentroid(keep, v, idfNorm(v, this.idf), this.idf, this.settings.termsPerStory);
      widen(keep, this.pool.lo[m]!, this.pool.hi[m]!);
    }
    keep.days |= gone.days;
    this.post(keep, gone.posted);
    keep.lastArrival = Math.max(keep.lastArrival, gone.lastArrival);
    end(gone);
    return moved;
  }

  /**
   * The second look: an article that started a story and is still alone in it `recheckAfter` arrivals later is ranked
   * again, against stories that formed since and with the IDF learnt since, and joins the best if it is now close
   * enough (its one-article story merges into it); still alone, it is looked at again after LOOK_FACTOR times as many
   * arrivals, `recheckRounds` looks in all. Off when recheckAfter is 0.
   */
  private recheck(): Move[] {
    const moved: Move[] = [];
    for (const [i, round] of this.looks.due(this.arrivals)) {
      const own = this.stories[this.pool.story[i]!];
      if (!own?.alive || own.members.length !== 1) continue;
      const vec = scored(this.pool.vector(i), this.idf);
      const best = this.rank(vec, this.queryTerms(vec), i, null).find((c) => c.story !== own);
      if (best && best.sim >= this.settings.joinThreshold) moved.push(...this.absorb(best.story, own));
      else this.looks.add(i, this.arrivals, round + 1);
    }
    return moved;
  }

  /** `moved` in article order, without the arriving article `id`. */
  private inArticleOrder(moved: Move[], id: string): Move[] {
    return moved.sort((x, y) => this.byId.get(x.id)! - this.byId.get(y.id)!).filter((m) => m.id !== id);
  }

  /** The public id of article i's story. */
  private storyIdOf(i: number): string {
    return storyId(this.stories[this.pool.story[i]!]!);
  }

  /** Retire idle stories (see ClusterSettings.retireArrivals): they leave the index, their articles are forgotten. */
  private retireIdle(): void {
    for (const story of this.stories) if (isIdle(story, this.arrivals, this.newest, this.settings)) this.retired += retire(story, this.pool, this.byId);
    if (!shouldCompact(this.retired, this.pool.size - this.retired)) return;
    const t = compactTables({ pool: this.pool, stories: this.stories, postings: this.postings, bands: this.bands }, this.settings);
    ({ pool: this.pool, stories: this.stories, postings: this.postings, bands: this.bands } = t);
    this.looks.remap(t.remap);
    this.retired = 0;
    this.byId = new Map(this.pool.ids.map((id, i) => [id, i]));
  }

  /** At sizes 4, 8, 16, …: split the story when its members form two groups far apart. */
  private maybeSplit(story: Story): Move[] {
    if (story.members.length < story.nextSplit) return [];
    story.nextSplit *= 2;
    const part = trySplit(story.members, (m) => this.pool.vector(m), this.idf, this.settings);
    if (!part) return [];
    const fresh = this.open();
    const moved: Move[] = [];
    const keepSet = new Set(part.keep);
    story.members = story.members.filter((m) => keepSet.has(m));
    rebuild(story, (m) => this.pool.vector(m), (m) => [this.pool.lo[m]!, this.pool.hi[m]!], (m) => this.pool.days[m]!, this.idf, this.settings.termsPerStory);
    for (const m of part.leave) {
      this.join(fresh, m, scored(this.pool.vector(m), this.idf));
      moved.push({ id: this.pool.ids[m]!, story: storyId(fresh), from: storyId(story) });
    }
    fresh.nextSplit = Math.max(4, fresh.members.length * 2);
    return moved;
  }
}
