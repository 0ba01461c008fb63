// What every entity rule reads: one article's Doc through a token cursor, and where each token's sentence starts.
import { type Doc, sentenceCount, sentenceTokens, TokenCursor } from '../../nlp/index.js';

/** One article's token view for the entity rules, built once per article and passed to each rule. */
export interface EntityContext {
  /** The article's id: the prefix of its entity ids and the `article` of each mention. */
  article: string;
  text: string;
  tok: TokenCursor;
  /** Tokens that open a sentence. */
  sentFirst: ReadonlySet<number>;
  /** First token of the sentence holding each token. */
  sentStartTok: Int32Array;
}

/**
 * The context of one article.
 * @param article the article's id
 * @param doc `buildDoc(article.text)`
 */
export function entityContext(article: string, doc: Doc): EntityContext {
  const tok = new TokenCursor(doc);
  const sentFirst = new Set<number>();
  const sentStartTok = new Int32Array(tok.n);
  for (let s = 0; s < sentenceCount(doc); s++) {
    const [a, b] = sentenceTokens(doc, s);
    sentFirst.add(a);
    for (let k = a; k < b; k++) sentStartTok[k] = a;
  }
  return { article, text: doc.text, tok, sentFirst, sentStartTok };
}

/** First token of token i's sentence. */
export const sentenceStartOf = (ctx: EntityContext, i: number): number => ctx.sentStartTok[i] ?? 0;

/** The sentences of the context's Doc as token ranges [a, b). */
export function sentenceRanges(ctx: EntityContext): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let s = 0; s < sentenceCount(ctx.tok.doc); s++) out.push(sentenceTokens(ctx.tok.doc, s));
  return out;
}
