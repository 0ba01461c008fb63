// Per-article facts one stage makes and a later one reads (nlp mentions, extract claims and attributions): not part of
// the dossier, but the contract between stages, so they live here rather than in the stage that happens to build them.
import type { SourceRef, Citation, Entity, Quote } from './types.js';

/** One number in the text. `unit` is what it counts, singular and lower-case ("point", "year", "people"), `%`, `fraction`, or an ISO currency code. */
export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
  unit?: string;
}

/** One date mention: `date` is 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' according to `grain`. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** ISO: YYYY-MM-DD, YYYY-MM, YYYY, or an ISO week YYYY-Www for "next week" / "last week". */
  date: string;
  grain: 'day' | 'week' | 'month' | 'year';
}

/** One atomic claim of one article; `start`/`end` point into `article.text`, as do its numbers' and dates' offsets. */
export interface ArticleClaim {
  id: string;
  article: string;
  start: number;
  end: number;
  text: string;
  numbers: NumberMention[];
  dates: DateMention[];
  /** The writer's own opinion (first-person view outside quotation marks), not a reported fact. */
  opinion?: boolean;
  /**
   * Who the claim is about when its own words do not name them: a pronoun subject resolved ("He defended…": the span of
   * "He", read as Trump) or the subject a coordinated predicate shares (a zero-width span where "defended his envoy…"
   * starts). Alignment reads the claim with `name` there; the claim's text stays as written.
   */
  subject?: ClaimSubject;
}

/** A claim's implicit subject: the article span it stands at (empty for an insertion) and the name it reads as. */
export interface ClaimSubject {
  start: number;
  end: number;
  name: string;
}

/** How a quote relates to others of its article (not part of the dossier's Quote). */
export interface QuoteInfo {
  /** Quotes of one attribution relation (one cue: `“A,” he said. “B.”`) share this key. */
  relation: string;
  /** A quoted fragment inside reported speech. */
  partial: boolean;
  /** A block quote (paragraph after "said:" without marks). */
  block: boolean;
}

/** One article's who-said-what, as the extract stage finds it and the align stage merges it. */
export interface ArticleAttributions {
  article: string;
  entities: Entity[];
  quotes: Quote[];
  citations: Citation[];
  /** Per quote id: relation, partial, block. */
  info?: Record<string, QuoteInfo>;
}

/**
 * How closely wording `b` restates wording `a` (0..1): the align stage's claim matcher, handed to the brief so that it can
 * tell two claim groups telling one fact apart without running the matcher itself.
 */
export type Restatement = (a: SourceRef, b: SourceRef) => number;
