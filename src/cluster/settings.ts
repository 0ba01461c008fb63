// The clusterer's settings: one typed place, defaults from data/settings.json (chosen on train splits only).
import data from './data/settings.json' with { type: 'json' };

export interface ClusterSettings {
  /**
   * Articles the IDF assumes were seen before the stream, none holding any of its terms: on the first few articles
   * every shared word would otherwise look common (two reports of one event share most of their words) and the first
   * articles of a stream would never meet. Its weight fades as the stream grows.
   */
  idfPrior: number;
  /**
   * Terms kept per article (its sparse vector), the heaviest by weight × the selection idf at arrival: the stream's
   * counts with selectionPrior articles of general news before them, each word held by backgroundShare / (its frequency
   * rank + 1) of those (Zipf's law; background.ts). A young stream's own counts cannot tell a common word from a telling
   * one; general news can. The kept terms are then weighed by the stream's idf alone. selectionPrior 0: the stream's idf.
   */
  termsPerArticle: number;
  selectionPrior: number;
  backgroundShare: number;
  /** Terms kept per story centroid (the heaviest by current idf); the rest of its mass is dropped. */
  termsPerStory: number;
  /** An article's heaviest terms looked up in the inverted index to find candidate stories. */
  queryTerms: number;
  /** Candidate stories scored by full cosine, the best by index overlap. */
  candidates: number;
  /** Entries of a posting list a lookup walks, newest first: older stories under a common term fall out of reach. */
  postingCap: number;
  /** Weight factor of a capitalised word not opening a sentence (a name). */
  entityBoost: number;
  /** Weight factor of two adjacent capitalised words taken as one term ("tara reid"). */
  nameBoost: number;
  /** Weight factor of words in the headline. */
  titleBoost: number;
  /** Characters of the text counted as its lead, and the weight factor of words there. */
  leadChars: number;
  leadBoost: number;
  /**
   * How much a loose story's pull is discounted: the cosine with its centroid is multiplied by (‖Σ members‖ / members)
   * to this power. ‖Σ‖ / n is near 1 for a story whose members tell one thing and falls as they drift apart, so a story
   * grown into a topic (every court ruling of a year) stops drawing each new article of the topic. 0: plain centroid
   * cosine; 1: the mean cosine with the members (average link).
   */
  coherencePower: number;
  /** Cosine (after time decay) an article needs with a story's centroid to join it; below, it starts a story. */
  joinThreshold: number;
  /** Cosine two stories' centroids need to merge, checked when an article is close to both. */
  mergeThreshold: number;
  /** Arrivals after which an article still alone in the story it started is ranked again (0: never). */
  recheckAfter: number;
  /** Second looks at most for an article still alone, each after 4 times the arrivals of the one before. */
  recheckRounds: number;
  /** Two stories also merge when one article's similarity to each is at least this (it bridges them). */
  bridgeThreshold: number;
  /** A story splits when a 2-means of its members gives halves whose centroids' cosine is below this. */
  splitThreshold: number;
  /** Members each half needs for a split. */
  splitMinSide: number;
  /**
   * Factor of the similarity between an article and a story when both name weekdays in their headlines or leads and
   * none in common (1: weekdays ignored). Reports of one event name the day it happened; a story that runs for days
   * gathers its days, so the factor fades as it grows.
   */
  weekdayMismatch: number;
  /** Days between an article and a story's first/last article with no decay; past it the similarity decays with time constant decayDays. */
  graceDays: number;
  decayDays: number;
  /** Characters at the head of a text searched for a stated date (dateline, byline) when the article has no publication time. */
  dateChars: number;
  /** Days past which a story is not a candidate at all (and leaves the index). */
  maxGapDays: number;
  /**
   * Retirement, what bounds memory in a long stream: a story is retired (it leaves the index, and its articles leave
   * memory: their last reported story stands) when no article has joined it for this many arrivals and its newest
   * article is more than maxGapDays older than the newest article seen (an undated story: on arrivals alone). The
   * arrival count keeps the stories of a replay or backfill that arrives out of time order. 0: never retire.
   */
  retireArrivals: number;
  /** MinHash signature size, LSH bands (rows = size / bands), words per shingle, and the estimated Jaccard of a near-duplicate. */
  minhashSize: number;
  lshBands: number;
  shingleWords: number;
  duplicateJaccard: number;
}

const { note: _note, ...defaults } = data;

/** The shipped settings. */
export const DEFAULT_SETTINGS: Readonly<ClusterSettings> = Object.freeze(defaults);

/** Defaults overridden by `over`, checked: throws on a value that cannot work (API misuse). */
export function clusterSettings(over: Partial<ClusterSettings> = {}): ClusterSettings {
  const s = { ...DEFAULT_SETTINGS, ...over };
  for (const [k, v] of Object.entries(s)) if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Error(`cluster settings: ${k} must be a finite number ≥ 0, got ${String(v)}`);
  if (s.minhashSize % s.lshBands !== 0) throw new Error(`cluster settings: minhashSize (${s.minhashSize}) must be a multiple of lshBands (${s.lshBands})`);
  if (s.termsPerArticle < 1 || s.termsPerArticle > 255) throw new Error('cluster settings: termsPerArticle must be within 1..255');
  return s;
}
