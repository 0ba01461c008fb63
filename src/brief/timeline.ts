// The event's timeline: dated sentences, dates resolved against each article's publication date, merged across outlets.
import type { Article, Claim, Slant, SourceRef, TimelineEntry } from '../core/types.js';
import { MONTH_NAMES, quotedAt, sentenceCount, sentenceSpan, sentenceText, tokenPos, tokensIn, tokenText, type Doc } from '../nlp/index.js';
import { checkedSet } from '../core/util/lists.js';
import lists from './data/timeline.json' with { type: 'json' };
import { dayOf, findDates, shiftDay, type DateMention } from '../nlp/index.js';
import { ClaimIndex, SlantIndex } from './evidence.js';
import { withoutDateline } from '../core/dateline.js';

interface Entry {
  date: string;
  text: string;
  sources: SourceRef[];
  /** Earliest position (0..1) of the sentence in its article: earlier sentences make better entry texts. */
  rank: number;
  /** Every mention behind the entry was placed by the story's anchor, none by an article's own date. */
  inferred: boolean;
}

/** Where an article without a publication date reads its year-less dates ("October 14"): see `storyAnchor`. */
export interface StoryAnchor {
  /** ISO day. */
  date: string;
  basis: 'publication' | 'mention';
}

/** A mention placed by an anchor must resolve the same with the anchor this many days earlier or later. */
const ANCHOR_TOLERANCE_DAYS = 40;
/** A dated mention anchors the story only if it lies within this many days before the analysis. */
const MENTION_ANCHOR_MAX_AGE_DAYS = 400;
const DAY_MS = 86_400_000;

/**
 * The day an undated article's year-less dates are read against: the story's latest publication date; failing that, its
 * latest mentioned date that carries a year (at least a month: "In November 2025" counts as its last day), provided
 * that date lies within about a year before `now` — an old date ("in September 2001") says nothing of when the story ran.
 * @param now the analysis time (ISO); without it only publication dates anchor
 */
export function storyAnchor(articles: readonly Article[], now?: string): StoryAnchor | null {
  const published = articles.map((a) => a.published?.slice(0, 10)).filter((d): d is string => Boolean(d && /^\d{4}-\d{2}-\d{2}$/.test(d)));
  if (published.length) return { date: published.sort().at(-1)!, basis: 'publication' };
  const nowMs = now ? Date.parse(now) : NaN;
  if (!Number.isFinite(nowMs)) return null;
  let best: string | null = null;
  for (const article of articles)
    for (const m of findDates(article.text, null)) {
      if (m.grain !== 'day' && m.grain !== 'month') continue;
      const day = dayOf(m.date, true);
      const age = (nowMs - Date.parse(day)) / DAY_MS;
      if (age < -31 || age > MENTION_ANCHOR_MAX_AGE_DAYS) continue;
      if (!best || day > best) best = day;
    }
  return best ? { date: best, basis: 'mention' } : null;
}

/**
 * Dates of an undated article's sentence read against the story's anchor: only mentions that resolve the same with the
 * anchor weeks earlier or later (a day and month without a year), never those that hang on the exact day ("on
 * Wednesday", "last month"), and not the absolute ones with a year (found without any anchor).
 */
function anchoredDates(text: string, anchor: StoryAnchor, absolute: readonly DateMention[]): DateMention[] {
  const key = (m: DateMention): string => `${m.start}:${m.end}:${m.date}`;
  const given = new Set(absolute.map(key));
  const found = findDates(text, anchor.date).filter((m) => !given.has(key(m)));
  // Most sentences give nothing beyond their absolute dates: then the two tolerance reads (chrono runs) are not needed.
  if (!found.length) return [];
  const early = new Set(findDates(text, shiftDay(anchor.date, -ANCHOR_TOLERANCE_DAYS)).map(key));
  const late = new Set(findDates(text, shiftDay(anchor.date, ANCHOR_TOLERANCE_DAYS)).map(key));
  return found.filter((m) => early.has(key(m)) && late.has(key(m)));
}

const TIME_PREPOSITIONS = checkedSet('brief/data/timeline.json#timePrepositions', lists.timePrepositions);
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);

/**
 * Does a date mention (text [start, end) of the document) modify the noun after it ("the Sept. 11 hijackers", "9/11
 * families") rather than date the sentence's event? A noun right after it, and no time preposition right before it
 * (see timeline.json). Such a date names a thing; without a year it is also read in the wrong one.
 */
function modifiesNoun(doc: Doc, start: number, end: number): boolean {
  const [after] = tokensIn(doc, end, end + 1);
  if (after >= doc.tokStart.length || !NOUN_TAGS.has(tokenPos(doc, after))) return false;
  const [first] = tokensIn(doc, start, start + 1);
  return first === 0 || !TIME_PREPOSITIONS.has(tokenText(doc, first - 1).toLowerCase());
}

/**
 * A day and month in figures without a year ("9/11", "7/7"): news style writes dates in words, so these are the names of
 * events, and their year would be guessed wrong.
 */
const NUMERIC_DAY = /^\d{1,2}\/\d{1,2}$/;

/** A date read against the day it was said ("Tuesday", "next week", "yesterday"): no month name and no year in it. */
const isRelative = (m: DateMention): boolean => !/\b\d{4}\b/.test(m.text) && !m.text.toLowerCase().split(/[^a-z]+/).some((w) => MONTH_NAMES.includes(w));

/** Does period `outer` ("2018-04", "2018-W16") hold the shorter period `inner` ("2018-04-17") and more? */
const holds = (outer: string, inner: string): boolean =>
  outer !== inner && dayOf(outer) <= dayOf(inner) && dayOf(inner, true) <= dayOf(outer, true);

/**
 * A sentence's dates without those that hold another of its dates: "said on Tuesday that the leaders meet this month"
 * is one entry on that Tuesday (its text says "this month"), not the same sentence again under the month.
 */
function finest<T extends { m: DateMention }>(mentions: T[]): T[] {
  if (mentions.length < 2) return mentions;
  return mentions.filter(({ m }) => !mentions.some((n) => holds(m.date, n.m.date)));
}

/**
 * One entry per (date, event): sentences that carry the same date and belong to the same claim group are merged;
 * sentences the slant stage read as opinion (`SentenceSlant.opinion`) are not events and stay out.
 * @param articles the dossier's articles (their `published` is the reference for relative dates)
 * @param docs one Doc per article, same order
 * @param claims aligned claims, used to merge the same event told by several outlets
 * @param slant the slant stage's readings of the articles; a sentence it did not read counts as reporting
 * @param anchor where articles without a publication date read year-less dates (`storyAnchor`); entries that rest only on
 *   it are marked `inferred`
 * @example buildTimeline(articles, docs, claims, slant) // [{ date: '2025-10-14', text: 'The October 14 call…', sources: [...] }]
 */
export function buildTimeline(articles: readonly Article[], docs: readonly Doc[], claims: readonly Claim[], slant: readonly Slant[], anchor: StoryAnchor | null = null): TimelineEntry[] {
  const index = new ClaimIndex(claims);
  const readings = new SlantIndex(slant);
  const entries = new Map<string, Entry>();
  articles.forEach((article, a) => {
    const doc = docs[a];
    if (!doc) return;
    const total = Math.max(1, sentenceCount(doc));
    for (let s = 0; s < sentenceCount(doc); s += 1) {
      const span = sentenceSpan(doc, s);
      const text = sentenceText(doc, s);
      // Commentary that names a date ("…they should ask at next week's hearing") is not an event of the story.
      if (readings.sentencesAt(article.id, span).some((r) => r.opinion)) continue;
      // Dates are read in the sentence as written (their offsets are the Doc's); the entry shows it without a dateline.
      const shown = withoutDateline(text);
      const ownDates = findDates(text, article.published);
      // Without a publication date, findDates keeps only the absolute dates with a year: the anchor may place the rest.
      const anchored = !article.published && anchor ? anchoredDates(text, anchor, ownDates) : [];
      const mentions = finest([...ownDates.map((m) => ({ m, inferred: false })), ...anchored.map((m) => ({ m, inferred: true }))]);
      for (const { m: mention, inferred } of mentions) {
        if (mention.grain === 'year' || NUMERIC_DAY.test(mention.text.trim())) continue;
        if (modifiesNoun(doc, span.start + mention.start, span.start + mention.end)) continue;
        // "next week" inside a quotation is the speaker's, said on a day the article may not give: not the article's.
        if (isRelative(mention) && quotedAt(doc, span.start + mention.start) >= 0) continue;
        const claim = index.claimsAt(article.id, span)[0];
        const key = `${mention.date}|${claim ? claim.id : `${article.id}:${s}`}`;
        const ref: SourceRef = { article: article.id, start: span.start, end: span.end };
        const existing = entries.get(key);
        if (!existing) {
          entries.set(key, { date: mention.date, text: shown, sources: [ref], rank: s / total, inferred });
        } else if (!existing.sources.some((r) => r.article === ref.article && r.start === ref.start)) {
          existing.inferred &&= inferred;
          existing.sources.push(ref);
          if (s / total < existing.rank) {
            existing.text = shown;
            existing.rank = s / total;
          }
        }
      }
    }
  });
  return [...entries.values()]
    // A week sorts by its Monday among the days; a month by its first day.
    .sort((x, y) => dayOf(x.date).localeCompare(dayOf(y.date)) || x.date.localeCompare(y.date) || y.sources.length - x.sources.length || x.rank - y.rank)
    .map(({ date, text, sources, inferred }) => ({ date, text, sources, ...(inferred ? { inferred } : {}) }));
}
