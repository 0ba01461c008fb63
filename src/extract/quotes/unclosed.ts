// The cue of a quotation its writer left open: a stray closing mark in the next paragraph, or a cue left inside it.
import { quotedAt, type Quotation } from '../../nlp/index.js';
import { type Cue, cueAfter } from './cues.js';
import { paraOf, type QuoteContext } from './context.js';
import { execAll } from '../../core/util/regex.js';

/** Closing marks a quote left open may end with in a later paragraph. */
const CLOSING = /[”"]/g;

/**
 * A quote left open at its paragraph's end whose next paragraph goes on without an opening mark and closes one
 * ("“Brett McGurk … in 2015.¶Was supposed to leave … leaving,” Trump tweeted."): a multi-line tweet or letter whose line
 * breaks became paragraphs. The cue after that closing mark is the quote's.
 */
function strayCloseCue(ctx: QuoteContext, q: Quotation): Cue | null {
  const next = ctx.paragraphs[paraOf(ctx, Math.max(q.open, q.end - 1)) + 1];
  if (!next || ctx.quotes.some((m) => m.open >= next.start && m.open < next.end)) return null;
  const body = ctx.text.slice(next.start, next.end);
  for (const m of execAll(CLOSING, body)) {
    const at = next.start + m.index;
    if (at === next.start || quotedAt(ctx.doc, at) >= 0) return null;
    return cueAfter(ctx.T, at + 1, next.end);
  }
  return null;
}

/**
 * A cue left inside a quote at the end of paragraph `p` ("“I am proud of the progress …, he wrote."): the writer forgot
 * the closing mark before the comma. The cue must run to the paragraph's end.
 */
function cueAtParagraphEnd(ctx: QuoteContext, q: Quotation, p: number): Cue | null {
  const { T } = ctx;
  const para = ctx.paragraphs[p]!;
  const last = T.before(para.end);
  for (let c = last - 1; c > last - 8 && c > T.after(q.open); c--) {
    if (T.t(c) !== ',') continue;
    const cue = cueAfter(T, T.start(c), para.end);
    const end = cue ? Math.max(cue.cueEnd, cue.speaker?.[1] ?? 0) : -1;
    return cue && (end > last || (end === last && T.isStop(last))) ? cue : null;
  }
  return null;
}

/**
 * The cue of a quotation its writer left open: after a stray closing mark in the next paragraph, or inside it at the
 * end of a paragraph it leaves open (its last, or one before a continuation mark: "…, he wrote.¶“Our troops …”").
 */
export function unclosedCue(ctx: QuoteContext, q: Quotation): Cue | null {
  const open = q.inner.map((m) => paraOf(ctx, m) - 1);
  if (!q.closed) open.push(paraOf(ctx, Math.max(q.open, q.end - 1)));
  const stray = q.closed ? null : strayCloseCue(ctx, q);
  if (stray) return stray;
  for (const p of open) {
    const cue = cueAtParagraphEnd(ctx, q, p);
    if (cue) return cue;
  }
  return null;
}
