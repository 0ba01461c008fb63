// The state one article's quote finding passes between its steps, and the attribution record those steps produce.
import type { Span } from '../../core/types.js';
import { type Doc, type Quotation, quotedAt, sentenceAt, sentenceTokens } from '../../nlp/index.js';
import type { Cue } from './cues.js';
import type { TokenRange } from './phrases.js';
import { Tokens } from './tokens.js';

/** An attribution relation found in one article, before speakers are tied to entities. */
export interface RawAttribution extends Span {
  /** The content, without outer quote marks (and without the marks that reopen a quote at a paragraph start). */
  text: string;
  direct: boolean;
  /** A quoted fragment inside reported speech ("insisted Witkoff was doing 'what a dealmaker does'"). */
  partial: boolean;
  /** The quote is a block quote (a paragraph after "said:" without marks). */
  block: boolean;
  cue: string | null;
  cueSpan: Span | null;
  speakerSpan: Span | null;
  speakerText: string | null;
  /** Attributions with the same relation number share one cue (`“A,” he said. “B.”`). */
  relation: number;
}

/** One article's quote finding: its document model, paragraphs and quotations in, attributions out. */
export interface QuoteContext {
  doc: Doc;
  text: string;
  T: Tokens;
  paragraphs: Span[];
  /** The doc's quotation spans, in text order. */
  quotes: Quotation[];
  out: RawAttribution[];
  /** The last relation number handed out. */
  relation: number;
  /** Tokens already used as the cue of a direct quote: reported speech does not use them again. */
  usedCues: Set<number>;
}

/** A fresh context over one article's doc. */
export function quoteContext(doc: Doc, paragraphs: Span[], quotes: Quotation[]): QuoteContext {
  return { doc, text: doc.text, T: new Tokens(doc), paragraphs, quotes, out: [], relation: 0, usedCues: new Set() };
}

/** The next relation number. */
export const newRelation = (ctx: QuoteContext): number => ++ctx.relation;

/** Index of the paragraph holding `offset` (the one before it when the offset falls between paragraphs). */
export function paraOf(ctx: QuoteContext, offset: number): number {
  const { paragraphs } = ctx;
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < paragraphs[mid]!.start) hi = mid - 1;
    else if (offset >= paragraphs[mid]!.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, lo - 1);
}

/** First token of the sentence holding `offset` (of its paragraph when no sentence does). */
export function sentFloorAt(ctx: QuoteContext, offset: number): number {
  const s = sentenceAt(ctx.doc, offset);
  if (s >= 0) return sentenceTokens(ctx.doc, s)[0];
  const p = ctx.paragraphs[paraOf(ctx, offset)];
  return ctx.T.after(p?.start ?? 0);
}

/** True when token i starts inside a quotation's marks. */
export const inQuote = (ctx: QuoteContext, i: number): boolean => quotedAt(ctx.doc, ctx.T.start(i)) >= 0;

/** Words of a text (letters and digits, with an inner apostrophe). */
export const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;

/** What kind of attribution a record is. */
export interface AttributionKind {
  direct: boolean;
  partial: boolean;
  block: boolean;
}

/** The record of content `q` with its cue and speaker phrase as character spans. */
export function attribution(ctx: QuoteContext, q: Span & { text: string }, cue: Cue | null, kind: AttributionKind, relation: number): RawAttribution {
  const { T, text } = ctx;
  const spanOf = (r: TokenRange): Span => ({ start: T.start(r[0]), end: T.end(r[1] - 1) });
  const cueSpan = cue ? spanOf([cue.cue, cue.cueEnd]) : null;
  const speakerSpan = cue?.speaker ? spanOf(cue.speaker) : null;
  return {
    start: q.start,
    end: q.end,
    text: q.text,
    ...kind,
    cue: cueSpan ? text.slice(cueSpan.start, cueSpan.end) : null,
    cueSpan,
    speakerSpan,
    speakerText: speakerSpan ? text.slice(speakerSpan.start, speakerSpan.end) : null,
    relation,
  };
}
