// The event's timeline: dated sentences, dates resolved against each article's publication date, merged across outlets.
import type { Article, Claim, SourceRef, TimelineEntry } from '../core/types.js';
import { sentenceCount, sentenceSpan, sentenceText, type Doc } from '../nlp/doc.js';
import { findDates } from '../nlp/dates.js';
import { ClaimIndex } from './evidence.js';

interface Entry {
  date: string;
  text: string;
  sources: SourceRef[];
  /** Earliest position (0..1) of the sentence in its article: earlier sentences make better entry texts. */
  rank: number;
}

/**
 * One entry per (date, event): sentences that carry the same date and belong to the same claim group are merged.
 * @param articles the dossier's articles (their `published` is the reference for relative dates)
 * @param docs one Doc per article, same order
 * @param claims aligned claims, used to merge the same event told by several outlets
 * @example buildTimeline(articles, docs, claims) // [{ date: '2025-10-14', text: 'The October 14 call…', sources: [...] }]
 */
export function buildTimeline(articles: readonly Article[], docs: readonly Doc[], claims: readonly Claim[]): TimelineEntry[] {
  const index = new ClaimIndex(claims);
  const entries = new Map<string, Entry>();
  articles.forEach((article, a) => {
    const doc = docs[a];
    if (!doc) return;
    const total = Math.max(1, sentenceCount(doc));
    for (let s = 0; s < sentenceCount(doc); s += 1) {
      const span = sentenceSpan(doc, s);
      const text = sentenceText(doc, s);
      for (const mention of findDates(text, article.published)) {
        if (mention.grain === 'year') continue;
        const claim = index.claimsAt(article.id, span)[0];
        const key = `${mention.date}|${claim ? claim.id : `${article.id}:${s}`}`;
        const ref: SourceRef = { article: article.id, start: span.start, end: span.end };
        const existing = entries.get(key);
        if (!existing) {
          entries.set(key, { date: mention.date, text, sources: [ref], rank: s / total });
        } else if (!existing.sources.some((r) => r.article === ref.article && r.start === ref.start)) {
          existing.sources.push(ref);
          if (s / total < existing.rank) {
            existing.text = text;
            existing.rank = s / total;
          }
        }
      }
    }
  });
  return [...entries.values()]
    .sort((x, y) => x.date.localeCompare(y.date) || y.sources.length - x.sources.length || x.rank - y.rank)
    .map(({ date, text, sources }) => ({ date, text, sources }));
}
