// Shared types of every stage: the article, its evidence spans, and the dossier they add up to. Imports nothing of ours
// but the conflict-kind table. The JSON Schema (schema/dossier.schema.json) and the field tables of docs/dossier.md are
// generated from these types and their doc comments: `npm run gen:contract` (a test fails when they are stale).
import type { ConflictKind } from './conflict-kinds.js';

export type { ConflictKind } from './conflict-kinds.js';

/** A half-open character range [start, end) into one article's cleaned `text`. */
export interface Span {
  /**
   * @asType integer
   * @minimum 0
   */
  start: number;
  /**
   * @asType integer
   * @minimum 0
   */
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
  /**
   * A stable, kebab-case rule name, e.g. `empty-input`, `binary-input`, `non-english`.
   * @pattern ^[a-z0-9-]+$
   */
  rule: string;
  /** @minLength 1 */
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
  /** `a1`, `a2`, … in input order. */
  id: string;
  /** The path, URL or `stdin` it was read from. */
  source: string;
  /** The headline, null when unknown. */
  title: string | null;
  /** The publisher's name (front matter, site metadata, masthead or wire dateline), null when unknown. */
  outlet: string | null;
  /** Null when unknown. */
  byline: string | null;
  /** ISO 8601 date or date-time of publication, when known. */
  published: string | null;
  /** ISO 8601 date or date-time of the last update, when the page gives one. */
  updated?: string | null;
  /** The URL it was fetched from, when it came from the web or a feed. */
  url?: string | null;
  /** The page's canonical URL, when it declares one. */
  canonicalUrl?: string | null;
  /** ISO 639-1 code when detected (`en`, `de`, …), else null. */
  language?: string | null;
  /** The cleaned main text; paragraphs separated by a blank line. All offsets in the dossier point into this. */
  text: string;
  /** Paragraph spans over `text`. */
  paragraphs: Span[];
  /**
   * Boilerplate taken out, with why: each block or line (comment widgets, reaction prompts, image credits, share prompts,
   * bylines, syndication lines, …).
   */
  removed: Removal[];
  /**
   * The outlet the article says it was first published by ("This post was originally published on Canary." gives
   * `"Canary"`), else null.
   */
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
  /** @minLength 1 */
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
  /**
   * The quoted words, without the quote marks.
   * @minLength 1
   */
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
  /**
   * Ids of the quotes in the group.
   * @minItems 1
   */
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
  /**
   * The outlet, agency or source named.
   * @minLength 1
   */
  cites: string;
  kind: CitationKind;
}

export type ClaimStatus = 'consensus' | 'partial' | 'unique';

export interface Claim {
  id: string;
  /**
   * A representative wording (from one of its sources).
   * @minLength 1
   */
  text: string;
  status: ClaimStatus;
  /** @minItems 1 */
  sources: SourceRef[];
  /** Ids of the articles supporting it (deduplicated), for convenience. */
  articles?: string[];
  /**
   * For a claim of several articles: how many of them are independent sources — articles that copy, excerpt or rewrite
   * one another (see `reuse[].relation`), or come from one outlet, count once ("5 outlets, 3 independent").
   * @minimum 1
   */
  independent?: number;
}

export interface ConflictValue {
  value: string;
  /** @minItems 1 */
  sources: SourceRef[];
}


export interface Conflict {
  topic: string;
  kind?: ConflictKind;
  /** @minItems 2 */
  values: ConflictValue[];
  /**
   * How far the conflict is to be trusted, 0..1: the strongest rule that found it (see src/align/data/conflict-cues.json).
   * @minimum 0
   * @maximum 1
   */
  confidence?: number;
}

export interface ReuseSpan {
  a: Span;
  b: Span;
}

/**
 * What one article of a pair took from the other: `copy` (each lies mostly inside the copied passages), `excerpt` (one
 * lies mostly inside passages of the other, which has more), `rewrite` (one's sentences told again in the other in the
 * same order, reworded), `shared-passages` (copied passages, but neither article mostly made of them).
 */
export type ReuseRelation = 'copy' | 'excerpt' | 'rewrite' | 'shared-passages';

/** What told the direction of a reuse pair, strongest first. */
export type ReuseDirectionBasis = 'syndication' | 'publication' | 'credit' | 'containment' | 'mention';

/**
 * Text reuse between two articles. Listed when the pair shares a copied passage, at least 5% of its word shingles
 * (src/reuse/data/settings.json minReportedScore), or is a rewrite; a pair not listed shares next to nothing.
 */
export interface Reuse {
  a: string;
  b: string;
  /**
   * 0..1, how much one article reuses of the other: the share of the shorter article's word shingles also in the other
   * (`verbatim`), or its `rewrite` share when that is larger and reaches the rewrite threshold
   * (src/reuse/data/settings.json rewrite.share).
   * @minimum 0
   * @maximum 1
   */
  score: number;
  /** Copied passages (verbatim up to small edits). */
  spans: ReuseSpan[];
  /** When it can be told, which article copied from which (`a->b` means b reuses a). */
  direction?: 'a->b' | 'b->a' | null;
  /** What told the direction (absent when there is none). */
  directionBasis?: ReuseDirectionBasis;
  /**
   * 0..1: share of the shorter article's word 5-grams also in the other (verbatim reuse).
   * @minimum 0
   * @maximum 1
   */
  verbatim?: number;
  /**
   * 0..1: share of one article's text (the larger of the two ways) whose sentences the other tells again in the same
   * order, reworded or not; words in quotation marks do not count (every report quotes the same people).
   * @minimum 0
   * @maximum 1
   */
  rewrite?: number;
  /** The sentences told again, as spans of a and of b, in a's reading order (when `rewrite` reaches the rewrite threshold). */
  rewritten?: ReuseSpan[];
  /** Share (0..1) of each article's text inside the copied passages: containment both ways. */
  containment?: { a: number; b: number };
  relation?: ReuseRelation;
}

export interface SentenceSlant extends Span {
  /**
   * Probability (0..1, three decimals) that the sentence gives the writer's judgement rather than reports.
   * @minimum 0
   * @maximum 1
   */
  subjectivity: number;
  /**
   * The sentence reads as the writer's opinion: its model score reaches the subjectivity model's threshold, or it carries
   * an opinion marker of the writer's own ("of course", "should resign") outside quotation marks, or it ends in a question
   * of the writer's own (a question asks, it reports nothing). Later stages (brief, timeline) leave such sentences out.
   */
  opinion: boolean;
}

export interface MarkedWord extends Span {
  text: string;
  /** Which list it came from (`loaded`, `intensifier`, `hedge`, `attribution-hedge`, …). */
  category: string;
}

/** What kind of piece an article is (see `Slant.genre`). */
export type Genre = 'opinion' | 'analysis' | 'live' | 'reporting';

export interface Slant {
  article: string;
  /**
   * The article's subjectivity, 0..1: its sentences' model scores in the writer's own voice, raised by the loaded words
   * and opinion markers the writer uses outside quotations and reported speech.
   * @minimum 0
   * @maximum 1
   */
  subjectivity: number;
  /**
   * `opinion` (from subjectivity and the writer's opinion markers), else `analysis` or `live` when the page marks itself
   * so (a label such as "Analysis:", explainer headings, live time stamps), else `reporting`.
   */
  genre?: Genre;
  sentences: SentenceSlant[];
  loaded: MarkedWord[];
  hedges: MarkedWord[];
  /** The first sentence's claim ids / topic: what the article leads with. */
  lead?: Span | null;
}

/** The words one article uses for one actor: a name, a title or role, a capital or seat of government for a country. */
export interface NameForm {
  /** The form as the article first writes it. */
  text: string;
  /**
   * Where the article uses it.
   * @minItems 1
   */
  sources: SourceRef[];
}

/** How one article names one actor that other articles of the story also name. */
export interface Naming {
  /** The actor's usual name across the articles ("Yuri Ushakov", "Russia"). */
  actor: string;
  /** The merged entities it stands for (`entities[].id`); empty for a country named only by its capital or seat ("the Kremlin"). */
  entities: string[];
  /**
   * The forms this article uses, most used first.
   * @minItems 1
   */
  forms: NameForm[];
}

/**
 * How one article frames the story against the others: what it leads with, leaves out and adds, and the words it names
 * the shared actors with ("the Kremlin aide" in one, "Putin's most senior foreign policy aide" in another).
 */
export interface Framing {
  article: string;
  /** The article's outlet, null when unknown. */
  outlet: string | null;
  /** Shared claims (`consensus` or `partial`) among the article's first claims by position (src/framing/data/framing.json `leadClaims`). */
  leads: string[];
  /** Shared claims that most of the other outlets state (`omitShare` of them) and this article does not. */
  omits: string[];
  /** Single-source claims: details only this article gives (`status: unique`). */
  adds: string[];
  /** How it names each actor at least one other article names too, in order of first mention. */
  names: Naming[];
}

export interface TimelineEntry {
  /**
   * ISO date (YYYY-MM-DD), YYYY-MM when only the month is known, or an ISO week (YYYY-Www: "next week").
   * @pattern ^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$
   */
  date: string;
  text: string;
  /** @minItems 1 */
  sources: SourceRef[];
  /**
   * True when the year was not given by any source: the date ("October 14") was read against the story's anchor (the
   * latest publication date, or the latest dated mention) because its articles have no publication date.
   */
  inferred?: boolean;
}

export interface BriefSentence {
  /** @minLength 1 */
  text: string;
  claims: string[];
  /** @minItems 1 */
  sources: SourceRef[];
  /** `consensus`, `majority`, `single-source`, `conflict`. */
  section?: string;
}

export const DOSSIER_SCHEMA = 'triangulate.dossier/1' as const;

export interface Dossier {
  /** The contract version. */
  schema: typeof DOSSIER_SCHEMA;
  /**
   * When it was built (`--now` fixes it for reproducible output).
   * @format date-time
   */
  generatedAt: string;
  /** Content problems met on the way; the run carries on. */
  diagnostics: Diagnostic[];
  /** The cleaned articles every offset points into. */
  articles: Article[];
  /** People, organisations, places, merged across articles. */
  entities: Entity[];
  /** Every quotation and reported statement. */
  quotes: Quote[];
  /** The same utterance as each outlet rendered it. */
  quoteGroups: QuoteGroup[];
  /**
   * Who credits whom: `reported-by`, `according-to`, `syndicated-from`, `other`. A `syndicated-from` citation made from a
   * line the reader removed ("This post was originally published on …") has `start = end = 0`: its evidence is that line
   * in the article's `removed[]`.
   */
  citations: Citation[];
  /** Facts matched across articles: `consensus`, `partial`, `unique`. */
  claims: Claim[];
  /**
   * The same thing told with different values; `kind` says what about; `confidence` (0..1) is how
   * far the rule that found it checks that the values measure one thing, and only conflicts from `minConflictConfidence`
   * reach the brief.
   */
  conflicts: Conflict[];
  /**
   * Text reuse for the pairs of articles that share a copied passage (`spans`), at least 5% of their word 5-grams
   * (`verbatim` ≥ 0.05) or tell the same sentences in the same order (`relation: rewrite`); a pair not listed shares next
   * to nothing, so the list grows with the reuse found rather than with every pair of articles.
   */
  reuse: Reuse[];
  /**
   * Framing of each article; a sentence's `opinion` is true when its subjectivity reaches the model's threshold or it
   * carries an opinion marker of the writer's own (outside quotation marks); the brief and the timeline read this flag.
   */
  slant: Slant[];
  /**
   * Per article, against the other articles of the story: the shared claims it leads with and omits, the single-source
   * details it adds, and the words it uses for actors the others also name (names, titles and roles, capitals and seats
   * of government standing for a country).
   */
  framing: Framing[];
  /**
   * Dated events (sentences with `slant[].sentences[].opinion` stay out); dates resolved against each article's
   * publication date; `inferred: true` when no source gives the year and it was read against the story's anchor.
   */
  timeline: TimelineEntry[];
  /** The neutral brief; every sentence cites at least one span. */
  brief: BriefSentence[];
}
