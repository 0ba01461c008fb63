// The pieces of a paragraph that wink-nlp reads one at a time, so that its work and every sentence stay bounded.
import type { Span } from '../core/types.js';
import { MAX_RUN_CHARS, MAX_SENTENCE_CHARS } from './limits.js';

/** A sentence end and the space after it: the best place to cut ("…on Tuesday.” Officials…"). */
const SENTENCE_END = /[.!?][”"’')\]]*\s+/g;
/** A run of white space: the next best place to cut. */
const SPACE = /\s+/g;
/** A run with no white space as long as wink-nlp may read at once. */
const LONG_RUN = new RegExp(`\\S{${MAX_RUN_CHARS}}`);

/** The end of the last match of `re` in text[from, to) that ends after `from`, or -1. */
function lastMatchEnd(re: RegExp, text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  let end = -1;
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) end = m.index + m[0].length;
  return end > 0 ? from + end : -1;
}

/** Where the piece starting at `start` ends: before a long run, after a sentence end, at a space, or where it must. */
function pieceEnd(text: string, start: number, end: number): number {
  const to = Math.min(end, start + MAX_SENTENCE_CHARS);
  // Only a run that starts inside the piece matters: look no further than its longest reach.
  const run = LONG_RUN.exec(text.slice(start, Math.min(end, to + MAX_RUN_CHARS)));
  if (run && start + run.index < to) return run.index > 0 ? start + run.index : start + MAX_RUN_CHARS;
  if (to === end) return end;
  const sentence = lastMatchEnd(SENTENCE_END, text, start, to);
  if (sentence > start) return sentence;
  const space = lastMatchEnd(SPACE, text, start, to);
  return space > start ? space : to;
}

/**
 * The span cut into pieces of at most MAX_SENTENCE_CHARS characters, none holding a run without white space longer than
 * MAX_RUN_CHARS; a span within both limits is one piece. Linear in the span's length.
 * @example readPieces('Short paragraph.', { start: 0, end: 16 }) // [{ start: 0, end: 16 }]
 */
export function readPieces(text: string, span: Span): Span[] {
  const out: Span[] = [];
  for (let start = span.start; start < span.end; ) {
    const end = pieceEnd(text, start, span.end);
    out.push({ start, end });
    start = end;
  }
  return out;
}
