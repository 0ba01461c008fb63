// Block quotes: a paragraph without quotation marks after one ending "said:" or "during the call:" is the speaker's words.
import { type Cue, cueBefore } from './cues.js';
import { subjectBefore } from './phrases.js';
import { SPEECH } from './lexicon.js';
import { attribution, newRelation, type QuoteContext, sentFloorAt, wordCount } from './context.js';

/**
 * The cue of an introducing paragraph without a speech verb right before its colon: "During the call:" names no speaker,
 * so the subject of the paragraph's last speech verb speaks, if any. Null when the paragraph is no known intro.
 */
function introCue(ctx: QuoteContext, k: number): Cue | null {
  const { T } = ctx;
  const p = ctx.paragraphs[k]!;
  const tail = ctx.text.slice(p.start, p.end).toLowerCase().replace(/:\s*$/, '');
  if (!SPEECH.blockIntros.some((b) => tail.endsWith(b))) return null;
  const floor = T.after(p.start);
  for (let j = T.before(p.end); j >= floor; j--) {
    if (!T.isCue(j)) continue;
    const sp = subjectBefore(T, j, floor);
    if (sp) return { cue: j, cueEnd: j + 1, speaker: sp };
    break;
  }
  const colon = T.before(p.end - 1);
  return { cue: colon, cueEnd: colon + 1, speaker: null };
}

/** The block quote introduced by paragraph k, if the next paragraph is one. */
function blockAfter(ctx: QuoteContext, k: number): void {
  const p = ctx.paragraphs[k]!;
  const next = ctx.paragraphs[k + 1];
  if (!next || !/:\s*$/.test(ctx.text.slice(p.start, p.end))) return;
  const nextBody = ctx.text.slice(next.start, next.end);
  if (/^["“‘'«]/.test(nextBody) || ctx.quotes.some((m) => m.open >= next.start && m.open < next.end)) return;
  const cue = cueBefore(ctx.T, p.end, sentFloorAt(ctx, p.end - 1)) ?? introCue(ctx, k);
  if (!cue || wordCount(nextBody) < 3) return;
  const quote = { start: next.start, end: next.end, text: nextBody };
  ctx.out.push(attribution(ctx, quote, cue, { direct: true, partial: false, block: true }, newRelation(ctx)));
}

/** Find the block quotes of the article: paragraphs introduced by a colon, without quotation marks of their own. */
export function findBlockQuotes(ctx: QuoteContext): void {
  for (let k = 0; k < ctx.paragraphs.length; k++) blockAfter(ctx, k);
}
