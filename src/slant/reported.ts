// Reported speech without quotation marks: in "Critics say the deal is a disaster" or "The deal is a disaster, critics
// say", the judgement is the critics', not the writer's, as much as inside quotation marks.
import type { Span } from '../core/types.js';
import reported from './data/reported.json' with { type: 'json' };
import type { Word } from './text.js';

const VERBS = new Set(reported.verbs);
const WRITER = new Set(reported.writerPronouns);
/** How far into a sentence a leading attribution's verb may stand ("The senator from Ohio said …"). */
const LEAD_WORDS = 8;
/** How near the end a trailing attribution's verb must stand (", the senator from Ohio said."). */
const TAIL_WORDS = 7;

/**
 * The part of a sentence that reports someone else's words: after a reporting verb near its start whose subject is not
 * the writer ("Critics say …", not "We believe …"), or before the comma of an attribution at its end ("…, critics say").
 * Null when the sentence reports no one.
 * @param all the sentence's words (`words(text, base)`)
 * @param base where the sentence starts in the offsets of `all` (the article's, when its words were read there); the
 *   region is in the sentence's own offsets
 */
export function reportedRegion(text: string, all: readonly Word[], base = 0): Span | null {
  const lead = all.slice(1, LEAD_WORDS).findIndex((w, k) => VERBS.has(w.w) && !WRITER.has(all[k]!.w)) + 1;
  if (lead > 0 && lead + 1 < all.length) {
    const from = all[lead + 1]!.w === 'that' && lead + 2 < all.length ? all[lead + 2]! : all[lead + 1]!;
    return { start: from.start - base, end: text.length };
  }
  for (let k = all.length - 1; k >= Math.max(1, all.length - TAIL_WORDS); k--) {
    if (!VERBS.has(all[k]!.w) || WRITER.has(all[k - 1]!.w)) continue;
    const comma = text.lastIndexOf(',', all[k]!.start - base);
    if (comma > 0 && comma >= (all[Math.max(0, all.length - TAIL_WORDS - 1)]?.start ?? base) - base) return { start: 0, end: comma };
  }
  return null;
}
