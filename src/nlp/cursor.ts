// A read-only cursor over a Doc's tokens: reads that return '' / 'X' outside the text, so rules walking tokens need no bounds checks.
import { type Doc, type PosTag, tokenCount, tokenPos, tokenText } from './doc.js';

/**
 * Word readers over one Doc's token table.
 * @example const c = new TokenCursor(buildDoc('Mr. Vick said.')); c.t(1) === 'Vick'; c.t(-1) === ''; c.pos(99) === 'X'
 */
export class TokenCursor {
  readonly n: number;
  readonly text: string;
  constructor(readonly doc: Doc) {
    this.n = tokenCount(doc);
    this.text = doc.text;
  }
  /** The token's text as written, '' outside the text. */
  t(i: number): string {
    return i >= 0 && i < this.n ? tokenText(this.doc, i) : '';
  }
  /** The token's text lower-cased, '' outside the text. */
  lower(i: number): string {
    return this.t(i).toLowerCase();
  }
  /** The token's lower-case lemma, '' outside the text. */
  l(i: number): string {
    return i >= 0 && i < this.n ? (this.doc.lemmas[i] ?? '') : '';
  }
  /** The token's universal POS tag, 'X' outside the text. */
  pos(i: number): PosTag {
    return i >= 0 && i < this.n ? tokenPos(this.doc, i) : 'X';
  }
  /** Character offset where token i starts (the text's length past the end). */
  start(i: number): number {
    return this.doc.tokStart[i] ?? this.text.length;
  }
  /** Character offset where token i ends (the text's length past the end). */
  end(i: number): number {
    return this.doc.tokEnd[i] ?? this.text.length;
  }
  /** The text from the start of token `a` to the end of token `b - 1` (tokens [a, b)), spaces and all. */
  slice(a: number, b: number): string {
    return this.text.slice(this.start(a), this.end(b - 1));
  }
  /** First token starting at or after `offset`. */
  after(offset: number): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.doc.tokStart[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Last token ending at or before `offset`. */
  before(offset: number): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.doc.tokEnd[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}
