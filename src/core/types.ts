// Shared types of every stage: the article, its evidence spans, and the dossier they add up to. Imports nothing of ours.

/** A half-open character range [start, end) into one article's cleaned `text`. */
export interface Span {
  start: number;
  end: number;
}

/** Evidence: a span of one article, checkable against `articles[i].text.slice(start, end)`. */
export interface SourceRef extends Span {
  article: string;
}

/** A content problem met on the way: recorded, never thrown. */
export interface Diagnostic {
  /** The input it concerns (path, URL, `stdin`, or an article id). */
  source: string;
  /** A stable, kebab-case rule name, e.g. `empty-input`, `binary-input`, `non-english`. */
  rule: string;
  message: string;
  /** Where in the source, when known. */
  where?: Span;
  severity?: 'error' | 'warning' | 'info';
}

/** Bytes as they came in, before any reading. Produced by `src/ingest`. */
export interface RawDocument {
  /** Path, URL or `stdin`; echoed in diagnostics and `articles[].source`. */
  source: string;
  bytes: Uint8Array;
  /** MIME type when known (from HTTP headers or the file extension): `text/html`, `text/plain`, `text/markdown`. */
  contentType?: string;
  /** ISO time the bytes were fetched or read. */
  fetchedAt?: string;
  /** Metadata the container already knew (a feed item, a JSONL line): wins over what reading the page guesses. */
  hints?: DocumentHints;
}

export interface DocumentHints {
  url?: string;
  title?: string;
  published?: string;
  outlet?: string;
  byline?: string;
}

/** Why a block or line was taken out of an article's text. */
export interface Removal {
  text: string;
  /** The rule that removed it, e.g. `comment-widget`, `reaction-prompt`, `image-credit`, `byline`, `syndication-line`. */
  reason: string;
}

/** One cleaned article: the unit every later stage reads. */
export interface Article {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time of publication, when known. */
  published: string | null;
  updated?: string | null;
  url?: string | null;
  canonicalUrl?: string | null;
  /** ISO 639-1 code when detected (`en`, `de`, …), else null. */
  language?: string | null;
  /** The cleaned main text; paragraphs separated by a blank line. All offsets in the dossier point into this. */
  text: string;
  /** Paragraph spans over `text`. */
  paragraphs: Span[];
  /** Boilerplate taken out, with why. */
  removed: Removal[];
  /** The outlet this article says it was first published by, or null. */
  syndication: string | null;
}

export type EntityKind = 'person' | 'organization' | 'place' | 'other';

/** One mention of an entity inside one article. */
export interface Mention extends SourceRef {
  text: string;
  /** How it was named: `full`, `surname`, `title` ("the president"), `pronoun`, `acronym`, `other`. */
  form: 'full' | 'surname' | 'title' | 'pronoun' | 'acronym' | 'other';
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** Titles and roles as written ("special envoy", "Putin's economic adviser"). */
  roles: string[];
  /** Ids of the articles that mention it. */
  articles: string[];
  mentions?: Mention[];
}

export interface Quote extends Span {
  id: string;
  article: string;
  /** The quoted words, without the quote marks. */
  text: string;
  /** Entity id, or null when the speaker is unknown or not an entity. */
  speaker: string | null;
  /**
   * Who speaks as a name or phrase ("Brad Woodhouse", "Missouri Republican senators", "the national audit office"); never a
   * bare pronoun: a pronoun that resolves to no one leaves null (its `speakerSpan` still says where it stands).
   */
  speakerName: string | null;
  /** The speech verb ("said", "told", "wrote"), when found. */
  cue?: string | null;
  /** Where the speaker is named, when found. */
  speakerSpan?: Span | null;
  /** True for words in quotation marks (or a block quote); false for reported speech. */
  direct?: boolean;
}

/** How one quote in a group differs from the group's reference wording. */
export interface QuoteVariant {
  quote: string;
  /** `same`, `fragment` (a contiguous part of another version), `extended`, `altered` (words changed), `paraphrase`. */
  verdict: 'same' | 'fragment' | 'extended' | 'altered' | 'paraphrase';
  omitted: string[];
  added: string[];
  changed: Array<{ from: string; to: string }>;
}

export interface QuoteGroup {
  id: string;
  speaker: string | null;
  quotes: string[];
  /** Wording differs between outlets. */
  divergent: boolean;
  /** Outlets disagree on who said it. */
  speakerConflict?: boolean;
  variants?: QuoteVariant[];
}

export type CitationKind = 'reported-by' | 'according-to' | 'syndicated-from' | 'other';

export interface Citation extends Span {
  article: string;
  /** The outlet, agency or source named. */
  cites: string;
  kind: CitationKind;
}

export type ClaimStatus = 'consensus' | 'partial' | 'unique';

export interface Claim {
  id: string;
  /** A representative wording (from one of its sources). */
  text: string;
  status: ClaimStatus;
  sources: SourceRef[];
  /** Ids of the articles supporting it (deduplicated), for convenience. */
  articles?: string[];
}

export interface ConflictValue {
  value: string;
  sources: SourceRef[];
}

/**
 * What a conflict is about: a bare figure (`number`: a share, a sum of money), a count of something (`count`: "14 people"),
 * a `date`, opposite outcomes of one act (`outcome`: "to acquit" / "to convict"), who did it (`actor`) or where (`place`). One detector per kind in src/align/conflicts/.
 */
export type ConflictKind = 'number' | 'count' | 'date' | 'outcome' | 'actor' | 'place';

export interface Conflict {
  topic: string;
  kind?: ConflictKind;
  values: ConflictValue[];
  /** How far the conflict is to be trusted, 0..1: the strongest rule that found it (see src/align/data/conflict-cues.json). */
  confidence?: number;
}

export interface ReuseSpan {
  a: Span;
  b: Span;
}

/**
 * Text reuse between two articles. Only pairs that share a copied passage or at least 5% of their word shingles are
 * listed (src/reuse/data/settings.json minReportedScore): a pair not listed shares next to nothing.
 */
export interface Reuse {
  a: string;
  b: string;
  /** 0..1: share of the shorter article's word shingles also in the other. */
  score: number;
  spans: ReuseSpan[];
  /** When it can be told, which article copied from which (`a->b` means b reuses a). */
  direction?: 'a->b' | 'b->a' | null;
}

export interface SentenceSlant extends Span {
  /** Probability (0..1, three decimals) that the sentence gives the writer's judgement rather than reports. */
  subjectivity: number;
  /**
   * The sentence reads as the writer's opinion: its model score reaches the subjectivity model's threshold, or it carries
   * an opinion marker of the writer's own ("of course", "should resign") outside quotation marks. Later stages (brief,
   * timeline) leave such sentences out.
   */
  opinion: boolean;
}

export interface MarkedWord extends Span {
  text: string;
  /** Which list it came from (`loaded`, `intensifier`, `hedge`, `attribution-hedge`, …). */
  category: string;
}

export interface Slant {
  article: string;
  subjectivity: number;
  /** `opinion` or `reporting`, from subjectivity and opinion markers. */
  genre?: 'opinion' | 'reporting';
  sentences: SentenceSlant[];
  loaded: MarkedWord[];
  hedges: MarkedWord[];
  /** The first sentence's claim ids / topic: what the article leads with. */
  lead?: Span | null;
}

export interface TimelineEntry {
  /** ISO date (YYYY-MM-DD), YYYY-MM when only the month is known, or an ISO week (YYYY-Www: "next week"). */
  date: string;
  text: string;
  sources: SourceRef[];
  /**
   * True when the year was not given by any source: the date ("October 14") was read against the story's anchor (the
   * latest publication date, or the latest dated mention) because its articles have no publication date.
   */
  inferred?: boolean;
}

export interface BriefSentence {
  text: string;
  claims: string[];
  sources: SourceRef[];
  /** `consensus`, `majority`, `single-source`, `conflict`. */
  section?: string;
}

export const DOSSIER_SCHEMA = 'triangulate.dossier/1' as const;

export interface Dossier {
  schema: typeof DOSSIER_SCHEMA;
  generatedAt: string;
  diagnostics: Diagnostic[];
  articles: Article[];
  entities: Entity[];
  quotes: Quote[];
  quoteGroups: QuoteGroup[];
  citations: Citation[];
  claims: Claim[];
  conflicts: Conflict[];
  reuse: Reuse[];
  slant: Slant[];
  timeline: TimelineEntry[];
  brief: BriefSentence[];
}
