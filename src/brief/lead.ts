// The lead: a brief opens with a fact stated in the outlets' own words, never with a quotation (a remark, a tweet).
import type { BriefSentence } from '../core/types.js';
import { findQuotations } from '../nlp/index.js';

/** Share of a sentence's characters inside quotation marks. */
function quotedShare(text: string): number {
  const quoted = findQuotations(text).reduce((n, q) => n + (q.close - q.open), 0);
  return text.length ? quoted / text.length : 0;
}

/** True when a sentence is mostly a quotation ("“…,” [Ana Ruiz] said"): what someone said, not what happened. */
export const isQuotation = (text: string): boolean => quotedShare(text) > 0.5;

/** Words a remark must quote to be one: a quoted word or phrase ("the 'standard thing'") is the writer's wording still. */
const REMARK_WORDS = 4;

/** Share of a sentence a remark quotes: a long report that quotes a phrase in passing is the writer's statement. */
const REMARK_SHARE = 0.3;

/**
 * True when a sentence is largely someone's words (a remark, a tweet): fine in a brief, not as its lead. Mostly a
 * quotation, or a good part of it one of some length ("Workers will get back pay “very quickly or as soon as possible,”
 * he said").
 */
export const isRemark = (text: string): boolean => {
  const quotes = findQuotations(text);
  const share = text.length ? quotes.reduce((n, q) => n + (q.close - q.open), 0) / text.length : 0;
  if (share > 0.5) return true;
  const words = (q: { open: number; close: number }): number => text.slice(q.open, q.close).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return share >= REMARK_SHARE && quotes.some((q) => words(q) >= REMARK_WORDS);
};

/**
 * The brief with its first sentence a statement: when it opens with a remark (a quotation of some length, attributed or
 * not), the first sentence that quotes no one (and is no conflict note) moves to the front; the rest keep their order.
 * A brief of remarks only is left as it is.
 * @example withStatementLead([{ text: '“We won the vote today,” she said.' }, { text: 'The bill passed 52-48.' }])[0].text // 'The bill passed 52-48.'
 */
export function withStatementLead<T extends Pick<BriefSentence, 'text' | 'section'>>(brief: readonly T[]): T[] {
  if (!brief.length || !isRemark(brief[0]!.text)) return [...brief];
  const at = brief.findIndex((s) => s.section !== 'conflict' && !isRemark(s.text));
  if (at < 0) return [...brief];
  return [brief[at]!, ...brief.slice(0, at), ...brief.slice(at + 1)];
}
