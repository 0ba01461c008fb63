// A story while the clusterer runs: its members, the sum of their normalised vectors (the centroid, capped), its time
// span, and the terms it is findable by in the inverted index.
import type { Idf } from './idf.js';
import { addScaled, idfNorm, type Sparse } from './vectors.js';
import type { ClusterSettings } from './settings.js';

export interface Story {
  /** Index in the clusterer's story table (changes when retired stories are compacted away; order is kept). */
  idx: number;
  /** Stories opened before this one: the public id is `s<num + 1>`, for good. */
  readonly num: number;
  /** Arrival number of the article that last joined (the clock of retirement). */
  lastArrival: number;
  members: number[];
  centroid: Sparse;
  /** Earliest and latest known publication time of a member (ms), NaN while none is dated. */
  first: number;
  last: number;
  /** The weekdays its members name (ArticlePool.days, or-ed). */
  days: number;
  /** Terms this story has been posted under. */
  posted: number[];
  alive: boolean;
  /** ‖centroid·idf‖ cached at idf.n = normN (recomputed when the centroid changes or the corpus grew by 10%). */
  norm: number;
  normN: number;
  /** Size at which the next split check runs. */
  nextSplit: number;
}

const EMPTY: Sparse = { keys: new Uint32Array(0), vals: new Float32Array(0) };

export function newStory(idx: number, num: number, firstSplit: number): Story {
  return { idx, num, lastArrival: 0, members: [], centroid: EMPTY, first: NaN, last: NaN, days: 0, posted: [], alive: true, norm: 0, normN: -1, nextSplit: firstSplit };
}

/** A story ends (merged into another, or retired): it drops its members, its index terms and its centroid. */
export function end(s: Story): void {
  s.alive = false;
  s.members = [];
  s.posted = [];
  s.centroid = EMPTY;
}

/** The public id of a story. */
export const storyId = (s: Story): string => `s${s.num + 1}`;

/** Add a member's vector (scaled to unit length under the current idf: `n` is its ‖v·idf‖) to the centroid. */
export function addToCentroid(s: Story, v: Sparse, n: number, idf: Idf, cap: number): void {
  if (n > 0) s.centroid = addScaled(s.centroid, v, 1 / n, cap, idf);
  s.normN = -1;
}

/** Centroid, time span and weekdays made again from the story's current members (after a split took some away). */
export function rebuild(s: Story, vectorOf: (m: number) => Sparse, timeOf: (m: number) => [number, number], daysOf: (m: number) => number, idf: Idf, cap: number): void {
  s.centroid = EMPTY;
  s.first = NaN;
  s.last = NaN;
  s.days = 0;
  for (const m of s.members) {
    const v = vectorOf(m);
    addToCentroid(s, v, idfNorm(v, idf), idf, cap);
    widen(s, ...timeOf(m));
    s.days |= daysOf(m);
  }
}

/** Widen the story's time span to cover [lo, hi] (ignored when NaN). */
export function widen(s: Story, lo: number, hi: number): void {
  if (Number.isNaN(lo)) return;
  if (Number.isNaN(s.first) || lo < s.first) s.first = lo;
  if (Number.isNaN(s.last) || hi > s.last) s.last = hi;
}

/** ‖centroid·idf‖, cached. */
export function centroidNorm(s: Story, idf: Idf): number {
  if (s.normN < 0 || idf.n > s.normN * 1.1) {
    s.norm = idfNorm(s.centroid, idf);
    s.normN = idf.n;
  }
  return s.norm;
}

/** Days between the interval [lo, hi] and the story's span (0 when they overlap or either is undated). */
export function gapDays(s: Story, lo: number, hi: number): number {
  if (Number.isNaN(lo) || Number.isNaN(s.first)) return 0;
  const ms = hi < s.first ? s.first - hi : lo > s.last ? lo - s.last : 0;
  return ms / 86_400_000;
}

/** Time decay of a similarity between the interval [lo, hi] and a story: none within graceDays, then exp(-days / decayDays); 0 past maxGapDays. */
export function decay(story: Story, lo: number, hi: number, s: Pick<ClusterSettings, 'graceDays' | 'decayDays' | 'maxGapDays'>): number {
  const gap = gapDays(story, lo, hi);
  if (gap > s.maxGapDays) return 0;
  return gap <= s.graceDays ? 1 : Math.exp(-(gap - s.graceDays) / s.decayDays);
}

/**
 * The factor of a similarity between an article naming weekdays `days` and a story: `mismatch` when both name
 * weekdays and none in common (reports of one event name the day it happened), else 1.
 * @example weekdayFactor(0b100, story, 0.7) // 0.7 when the story names only Monday
 */
export const weekdayFactor = (days: number, story: Story, mismatch: number): number => (days && story.days && !(days & story.days) ? mismatch : 1);
