// The compact document model: tokens and sentences of one article as typed-array span tables, built once by wink-nlp.
import { StatelessWink } from './wink.js';
import type { Span } from '../core/types.js';
import { paragraphSpans } from '../core/article.js';
import { spanIndexAt } from '../core/util/spans.js';
import { joinFalseBoundaries, splitAfterLetters } from './sentences.js';
import { readPieces } from './pieces.js';
import { findQuotations, quotationIndexAt, quotationOf, quotationTable, type Quotation, type QuotationTable } from './quotation.js';

/** Universal POS tags as wink-nlp emits them; a token's `pos` is an index into this list. */
export const POS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM',
  'VERB', 'X', 'SPACE',
] as const;
export type PosTag = (typeof POS_TAGS)[number];
const POS_INDEX = new Map<string, number>(POS_TAGS.map((t, i) => [t, i]));

/** Token types as wink-nlp's English model emits them (`its.type`); a token's `tokType` is an index into this list. */
export const TOKEN_TYPES = [
  'unk', 'word', 'number', 'url', 'email', 'mention', 'hashtag', 'emoji', 'emoticon', 'time', 'ordinal', 'currency',
  'punctuation', 'symbol', 'tabCRLF', 'wordRP', 'alpha', 'apos', 'decade', 'shortForm',
] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
const TYPE_INDEX = new Map<string, number>(TOKEN_TYPES.map((t, i) => [t, i]));

export interface Doc {
  text: string;
  /** Token i covers text[tokStart[i], tokEnd[i]). */
  tokStart: Int32Array;
  tokEnd: Int32Array;
  tokPos: Uint8Array;
  /** Token type of each token (index into TOKEN_TYPES): word, number, punctuation, currency… */
  tokType: Uint8Array;
  /** Lower-case lemma of each token (wink-nlp's). */
  lemmas: string[];
  /** Sentence s covers text[sentStart[s], sentEnd[s]) and tokens [sentTokStart[s], sentTokEnd[s]). */
  sentStart: Int32Array;
  sentEnd: Int32Array;
  sentTokStart: Int32Array;
  sentTokEnd: Int32Array;
  /** Paragraph index of each sentence. */
  sentPara: Int32Array;
  /** Quotation spans, in text order (read them with `quotations`, `quotedAt`). */
  quotes: QuotationTable;
}

// Loading the model takes ~100 ms: StatelessWink does it on first use, not at import.
const engine = new StatelessWink();
const nlp = (): StatelessWink => engine;

/** Re-exported: paragraph spans are a property of the text, defined with the Article in core. */
export { paragraphSpans };

/**
 * Tokenise, tag and split `text` into sentences; sentences never cross a paragraph break; find its quotation spans.
 * @param text an article's cleaned text
 * @example const doc = buildDoc('He said so. She did not.'); sentenceCount(doc) === 2
 */
export function buildDoc(text: string, paragraphs: Span[] = paragraphSpans(text)): Doc {
  const its = nlp().its;
  const tokStart: number[] = [];
  const tokEnd: number[] = [];
  const tokPos: number[] = [];
  const tokType: number[] = [];
  const lemmas: string[] = [];
  const sentStart: number[] = [];
  const sentEnd: number[] = [];
  const sentTokStart: number[] = [];
  const sentTokEnd: number[] = [];
  const sentPara: number[] = [];

  // Paragraphs are read in pieces (nlp/pieces.ts): wink's cost and every sentence's length stay bounded.
  paragraphs.forEach((para, p) => {
    for (const piece of readPieces(text, para)) {
      const wdoc = nlp().readDoc(text.slice(piece.start, piece.end));
      // Read once per piece, not per sentence: each `out` walks wink's item API.
      const all = wdoc.tokens();
      const values = all.out(its.value) as string[];
      const pos = all.out(its.pos) as string[];
      const types = all.out(its.type) as string[];
      // wink-nlp's typings declare `its.lemma` with the model add-ons parameter that `out()` supplies itself.
      const lem = all.out(its.lemma as unknown as typeof its.value) as string[];
      // wink-nlp gives token values, not offsets: find each in the text, moving forward only.
      let cursor = piece.start;
      for (const [first, last] of wdoc.sentences().out(its.span) as unknown as Array<[number, number]>) {
        const firstTok = tokStart.length;
        for (let i = first; i <= last; i++) {
          const value = values[i]!;
          const at = text.indexOf(value, cursor);
          if (at < 0 || at > cursor + 64 + value.length || at + value.length > piece.end) continue;
          tokStart.push(at);
          tokEnd.push(at + value.length);
          tokPos.push(POS_INDEX.get(pos[i] ?? 'X') ?? POS_INDEX.get('X')!);
          tokType.push(TYPE_INDEX.get(types[i] ?? 'unk') ?? 0);
          lemmas.push((lem[i] ?? value).toLowerCase());
          cursor = at + value.length;
        }
        if (tokStart.length === firstTok) continue;
        sentStart.push(tokStart[firstTok]!);
        sentEnd.push(tokEnd[tokEnd.length - 1]!);
        sentTokStart.push(firstTok);
        sentTokEnd.push(tokStart.length);
        sentPara.push(p);
      }
    }
  });

  // wink-nlp ends sentences at full stops news style uses inside them ("Sen. Jack Reed, D-R.I., said"): join those back.
  const joined = joinFalseBoundaries(text, { start: sentStart, end: sentEnd, tokStart: sentTokStart, tokEnd: sentTokEnd, para: sentPara });
  // …and it runs on past a letter that ends one ("…chose plan A. She said…"): split those.
  const rows = splitAfterLetters(joined, (t) => text.slice(tokStart[t], tokEnd[t]), tokStart, tokEnd);
  return {
    text,
    tokStart: Int32Array.from(tokStart),
    tokEnd: Int32Array.from(tokEnd),
    tokPos: Uint8Array.from(tokPos),
    tokType: Uint8Array.from(tokType),
    lemmas,
    sentStart: Int32Array.from(rows.start),
    sentEnd: Int32Array.from(rows.end),
    sentTokStart: Int32Array.from(rows.tokStart),
    sentTokEnd: Int32Array.from(rows.tokEnd),
    sentPara: Int32Array.from(rows.para),
    // Quotations run over paragraphs, so a text read as no paragraph is one.
    quotes: quotationTable(findQuotations(text, paragraphs.length ? paragraphs : [{ start: 0, end: text.length }])),
  };
}

/**
 * The document model of `text` with no tokens, sentences or quotations: what an article whose model failed is read as,
 * so that the later stages find nothing in it rather than fail.
 */
export function emptyDoc(text: string): Doc {
  const none = new Int32Array(0);
  return {
    text, tokStart: none, tokEnd: none, tokPos: new Uint8Array(0), tokType: new Uint8Array(0), lemmas: [],
    sentStart: none, sentEnd: none, sentTokStart: none, sentTokEnd: none, sentPara: none, quotes: quotationTable([]),
  };
}

export const tokenCount = (doc: Doc): number => doc.tokStart.length;
export const sentenceCount = (doc: Doc): number => doc.sentStart.length;
export const tokenText = (doc: Doc, i: number): string => doc.text.slice(doc.tokStart[i], doc.tokEnd[i]);
export const tokenPos = (doc: Doc, i: number): PosTag => POS_TAGS[doc.tokPos[i] ?? 16] ?? 'X';
export const tokenType = (doc: Doc, i: number): TokenType => TOKEN_TYPES[doc.tokType[i] ?? 0] ?? 'unk';

/** Token indices [from, to) of the tokens overlapping text[start, end). Binary search. */
export function tokensIn(doc: Doc, start: number, end: number): [number, number] {
  let lo = 0;
  let hi = doc.tokStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokEnd[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < doc.tokStart.length && doc.tokStart[to]! < end) to++;
  return [lo, to];
}
export const sentenceSpan = (doc: Doc, s: number): Span => ({ start: doc.sentStart[s] ?? 0, end: doc.sentEnd[s] ?? 0 });
export const sentenceText = (doc: Doc, s: number): string => doc.text.slice(doc.sentStart[s], doc.sentEnd[s]);

/** Sentence spans of the doc, in order. */
export function sentences(doc: Doc): Span[] {
  return Array.from(doc.sentStart, (start, s) => ({ start, end: doc.sentEnd[s] ?? start }));
}

/** Index of the sentence containing character `offset`, or -1. Binary search. */
export function sentenceAt(doc: Doc, offset: number): number {
  return spanIndexAt(doc.sentStart, doc.sentEnd, offset);
}

/** Token indices [from, to) of sentence s. */
export function sentenceTokens(doc: Doc, s: number): [number, number] {
  return [doc.sentTokStart[s] ?? 0, doc.sentTokEnd[s] ?? 0];
}

/** Quotation spans of the doc, in text order, not overlapping. @example quotations(buildDoc('“Fine,” he said.'))[0].start === 1 */
export function quotations(doc: Doc): Quotation[] {
  return Array.from(doc.quotes.open, (_, q) => quotationOf(doc.quotes, q));
}

/** Quotation q of the doc. */
export const quotation = (doc: Doc, q: number): Quotation => quotationOf(doc.quotes, q);

/**
 * Index of the quotation whose marks enclose character `offset` (open mark ≤ offset < end of the closing mark), or -1.
 * @example quotedAt(buildDoc('“Fine,” he said.'), 2) === 0
 */
export const quotedAt = (doc: Doc, offset: number): number => quotationIndexAt(doc.quotes, offset);
