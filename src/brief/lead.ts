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

/**
 * The brief with its first sentence a statement: when it opens with a quotation, the first sentence that is not one
 * (and is no conflict note) moves to the front; the rest keep their order. A brief of quotations only is left as it is.
 * @example withStatementLead([{ text: '“We won,” she said.' }, { text: 'The bill passed 52-48.' }])[0].text // 'The bill passed 52-48.'
 */
export function withStatementLead<T extends Pick<BriefSentence, 'text' | 'section'>>(brief: readonly T[]): T[] {
  if (!brief.length || !isQuotation(brief[0]!.text)) return [...brief];
  const at = brief.findIndex((s) => s.section !== 'conflict' && !isQuotation(s.text));
  if (at < 0) return [...brief];
  return [brief[at]!, ...brief.slice(0, at), ...brief.slice(at + 1)];
}
