// A token view of one article's document model for quote finding: safe reads past either end, offsets to tokens, cue tests.
import { type Doc, tokenCount, tokenPos, tokenText } from '../../nlp/index.js';
import { LEX } from '../entities.js';

/** Tokens of a Doc with reads that return '' / 'X' outside the text, so the rules need no bounds checks. */
export class Tokens {
  readonly n: number;
  constructor(readonly doc: Doc) {
    this.n = tokenCount(doc);
  }
  t(i: number): string {
    return i >= 0 && i < this.n ? tokenText(this.doc, i) : '';
  }
  l(i: number): string {
    return i >= 0 && i < this.n ? (this.doc.lemmas[i] ?? '') : '';
  }
  pos(i: number): string {
    return i >= 0 && i < this.n ? tokenPos(this.doc, i) : 'X';
  }
  start(i: number): number {
    return this.doc.tokStart[i] ?? this.doc.text.length;
  }
  end(i: number): number {
    return this.doc.tokEnd[i] ?? this.doc.text.length;
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
  /** Length in tokens of a source-first cue phrase ("according to") starting at token i, or 0. */
  sourcePhrase(i: number): number {
    for (const words of LEX.sourcePhrases) if (words.every((w, j) => this.t(i + j).toLowerCase() === w)) return words.length;
    return 0;
  }
  /** POS with tagger slips on names repaired: a capitalised word inside a phrase ("Josh/VERB Earnest") is a proper noun. */
  npPos(i: number): string {
    const p = this.pos(i);
    if ((p === 'VERB' || p === 'NOUN' || p === 'ADJ') && /^\p{Lu}\p{Ll}/u.test(this.t(i)) && i > 0 && (this.pos(i - 1) === 'PROPN' || this.pos(i - 1) === 'NOUN' || this.pos(i + 1) === 'PROPN') && !LEX.speechVerbs.has(this.l(i))) return 'PROPN';
    return p;
  }
  /** A speech verb (or a noun form the tagger gave it, "says"/"claimed") that can cue a quote. */
  isCue(i: number): boolean {
    const p = this.pos(i);
    if (p !== 'VERB' && p !== 'AUX' && p !== 'NOUN' && p !== 'ADJ') return false;
    if (p === 'NOUN' && !/(s|ed)$/.test(this.t(i))) return false;
    return LEX.speechVerbs.has(this.l(i)) || LEX.speechVerbs.has(this.t(i).toLowerCase());
  }
  /** A verb that introduces reported speech as a clause ("said that …", "believes …"). */
  isClauseCue(i: number): boolean {
    return (this.pos(i) === 'VERB' || this.pos(i) === 'AUX') && (LEX.clauseVerbs.has(this.l(i)) || LEX.clauseVerbs.has(this.t(i).toLowerCase()));
  }
  isQuoteMark(i: number): boolean {
    return /^(["“”‘’'«»]|'')$/.test(this.t(i));
  }
}
