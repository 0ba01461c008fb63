// Quotation spans of a text: the one answer to "is this inside quotation marks?", found once per article for every stage.
import type { Span } from '../core/types.js';
import { paragraphSpans } from '../core/article.js';
import { spanIndexAt } from '../core/util/spans.js';
import { MAX_QUOTE_DEPTH } from './limits.js';

/** One run of quoted words found by its marks. Offsets: `start/end` the words inside the marks, `open/close` with them. */
export interface Quotation extends Span {
  open: number;
  close: number;
  closed: boolean;
  single: boolean;
  /** Offsets of continuation marks at the start of later paragraphs (a quote running over paragraphs). */
  inner: number[];
}

/** A quotation mark at one offset: whether it can open, close or do either, its family and its length. */
interface Mark {
  kind: 'open' | 'close' | 'ambiguous';
  single: boolean;
  len: number;
}

/** A mark that opened a quote not yet closed. */
interface Opened {
  open: number;
  start: number;
  single: boolean;
}

/** The state of one paragraph's scan; `inner` holds the continuation marks of a quote carried into it. */
interface Scan {
  text: string;
  para: Span;
  stack: Opened[];
  inner: number[];
  out: Quotation[];
}

const DOUBLE_OPEN = new Set(['“', '„', '«', '‟']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const WORD = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD.test(c);
const SPACE_OR_START = (c: string | undefined): boolean => c === undefined || /[\s([{\-—–/]/.test(c);
const CLOSES_BEFORE = (c: string | undefined): boolean => c === undefined || /[\s.,;:!?)\]}\-—–…]/.test(c);

function markAt(text: string, i: number): Mark | null {
  const c = text[i];
  if (c === undefined) return null;
  if (DOUBLE_OPEN.has(c)) return { kind: 'open', single: false, len: 1 };
  if (DOUBLE_CLOSE.has(c)) return { kind: 'close', single: false, len: 1 };
  if (c === '"') return { kind: 'ambiguous', single: false, len: 1 };
  if (c === "'" && text[i + 1] === "'") return { kind: 'ambiguous', single: false, len: 2 };
  if (c === '`' && text[i + 1] === '`') return { kind: 'open', single: false, len: 2 };
  if (c === '‘' || c === '‹') return { kind: 'open', single: true, len: 1 };
  if (c === '’' || c === '›' || c === "'") return { kind: 'ambiguous', single: true, len: 1 };
  return null;
}

/** Record a quote that ends at `end` (its words) and `close` (with the mark); a nested quote is part of its outer quote. */
function emit(s: Scan, o: Opened, end: number, close: number, closed: boolean): void {
  if (s.stack.length > 0) return;
  let e = end;
  while (e > o.start && /\s/.test(s.text[e - 1]!)) e--;
  if (e <= o.start) return;
  const inner = o.open < s.para.start ? [...s.inner] : [];
  s.out.push({ start: o.start, end: e, open: o.open, close, closed, single: o.single, inner });
}

/** Whether the mark at `i` closes a quote: a closing mark, an ambiguous one after a word, or a typo'd opening mark. */
function wantsClose(s: Scan, m: Mark, openable: boolean, closable: boolean): boolean {
  const top = s.stack[s.stack.length - 1];
  return (
    m.kind === 'close' ||
    (m.kind === 'ambiguous' && closable && !(openable && !top)) ||
    // A typo'd closing mark (“It's unusual,“ said…): an opening curly mark placed where a quote ends.
    (m.kind === 'open' && !m.single && closable && !openable && s.stack.some((o) => !o.single))
  );
}

/** Read the mark `m` at offset `i`: close the innermost open quote of its family, or open a quote. */
function onMark(s: Scan, i: number, m: Mark): void {
  const { text, stack } = s;
  const prev = text[i - 1];
  const next = text[i + m.len];
  if (m.single && isWordChar(prev) && isWordChar(next)) return; // apostrophe inside a word: it's, Trump's
  const openable = SPACE_OR_START(i === s.para.start ? undefined : prev) || (prev !== undefined && /[“‘"'«]/.test(prev));
  const closable = !/\s/.test(prev ?? ' ') && CLOSES_BEFORE(next);
  const family = (o: Opened): boolean => o.single === m.single;
  if (wantsClose(s, m, openable, closable) && stack.some(family)) {
    while (stack.length && !family(stack[stack.length - 1]!)) stack.pop();
    emit(s, stack.pop()!, i, i + m.len, true);
    return;
  }
  if (!(m.kind === 'open' || (m.kind === 'ambiguous' && openable && next !== undefined && !/\s/.test(next)))) return;
  const top = stack[stack.length - 1];
  // A second opening curly mark while one is open: the first lost its closing mark.
  if (!m.single && top && !top.single && m.kind === 'open' && stack.length === 1) emit(s, stack.pop()!, i, i, false);
  if (m.single && !openable) return;
  // Marks nested deeper than any real quote are read as text: the stack, and every scan of it, stays short.
  if (stack.length >= MAX_QUOTE_DEPTH) return;
  stack.push({ open: i, start: i + m.len, single: m.single });
}

/**
 * Scan one paragraph. `carry` is a double quote left open by the previous paragraph: it goes on only if this paragraph
 * reopens it with a mark. Returns the quote to carry into the next paragraph, if any.
 */
function scanParagraph(text: string, paragraphs: Span[], p: number, carry: Opened & { inner: number[] } | null, out: Quotation[]): (Opened & { inner: number[] }) | null {
  const para = paragraphs[p]!;
  const s: Scan = { text, para, stack: [], inner: [], out };
  let i = para.start;
  const reopen = carry ? markAt(text, i) : null;
  if (carry && reopen && (reopen.kind === 'open' || reopen.kind === 'ambiguous') && reopen.single === carry.single) {
    carry.inner.push(i);
    s.stack.push({ open: carry.open, start: carry.start, single: carry.single });
    s.inner = carry.inner;
    i += reopen.len;
  }
  while (i < para.end) {
    const m = markAt(text, i);
    if (!m) {
      i++;
      continue;
    }
    onMark(s, i, m);
    i += m.len;
  }
  // Unclosed at the paragraph end: continued if the next paragraph reopens with a mark, else cut here.
  // Unclosed single marks are dropped (most are apostrophes); an unclosed double mark is a quote cut short.
  const bottom = s.stack.find((o) => !o.single);
  if (!bottom) return null;
  const nextPara = paragraphs[p + 1];
  const m = nextPara ? markAt(text, nextPara.start) : null;
  s.stack.length = 0;
  if (m && !m.single && m.kind !== 'close') return { ...bottom, single: false, inner: [...(bottom.open < para.start ? s.inner : [])] };
  emit(s, bottom, para.end, para.end, false);
  return null;
}

/**
 * Find quotation spans: curly, straight, doubled apostrophes (''…''), guillemets and single marks (not apostrophes),
 * nested quotes folded into their outer quote, unclosed quotes cut at the paragraph end or continued by a paragraph that
 * reopens with a mark. The spans are in text order and do not overlap.
 * @param paragraphs the text's paragraph spans (default: its lines)
 * @example findQuotations('“Fine,” he said.').map((q) => q.open) // [0]
 */
export function findQuotations(text: string, paragraphs: Span[] = paragraphSpans(text)): Quotation[] {
  const out: Quotation[] = [];
  let carry: (Opened & { inner: number[] }) | null = null;
  for (let p = 0; p < paragraphs.length; p++) carry = scanParagraph(text, paragraphs, p, carry, out);
  return out;
}

/** Words of the quotation without the continuation marks that reopen it in later paragraphs. */
export function quotationText(text: string, q: Quotation): string {
  let out = '';
  let at = q.start;
  for (const m of q.inner) {
    if (m < at || m >= q.end) continue;
    out += text.slice(at, m);
    at = m + (text[m] === "'" && text[m + 1] === "'" ? 2 : 1);
  }
  return out + text.slice(at, q.end);
}

/** Quotation spans as typed-array columns, the form the document model keeps them in. */
export interface QuotationTable {
  /** Quotation q covers text[open[q], close[q]) with its marks and text[start[q], end[q]) without them. */
  open: Int32Array;
  start: Int32Array;
  end: Int32Array;
  close: Int32Array;
  /** Bit 1: closed by a mark; bit 2: single marks. */
  flags: Uint8Array;
  /** Continuation marks of quotation q: inner[innerFrom[q], innerFrom[q + 1]). */
  inner: Int32Array;
  innerFrom: Int32Array;
}

/** Pack quotations into their table. */
export function quotationTable(quotes: readonly Quotation[]): QuotationTable {
  const innerFrom = [0];
  for (const q of quotes) innerFrom.push(innerFrom[innerFrom.length - 1]! + q.inner.length);
  return {
    open: Int32Array.from(quotes, (q) => q.open),
    start: Int32Array.from(quotes, (q) => q.start),
    end: Int32Array.from(quotes, (q) => q.end),
    close: Int32Array.from(quotes, (q) => q.close),
    flags: Uint8Array.from(quotes, (q) => (q.closed ? 1 : 0) | (q.single ? 2 : 0)),
    inner: Int32Array.from(quotes.flatMap((q) => q.inner)),
    innerFrom: Int32Array.from(innerFrom),
  };
}

/** Quotation q of the table as an object. */
export function quotationOf(t: QuotationTable, q: number): Quotation {
  return {
    open: t.open[q]!,
    start: t.start[q]!,
    end: t.end[q]!,
    close: t.close[q]!,
    closed: (t.flags[q]! & 1) !== 0,
    single: (t.flags[q]! & 2) !== 0,
    inner: Array.from(t.inner.subarray(t.innerFrom[q]!, t.innerFrom[q + 1]!)),
  };
}

/** Index of the quotation whose marks enclose `offset` (open ≤ offset < close), or -1. */
export function quotationIndexAt(t: QuotationTable, offset: number): number {
  return spanIndexAt(t.open, t.close, offset);
}
