// Direct quotes: each quotation span with its cue (after, before, a colon, or a paragraph ending "said:"), its relation, and
// the clause around a quote woven into a sentence.
import type { Span } from '../../core/types.js';
import { type Quotation, quotationText, sentenceAt, sentenceTokens } from '../../nlp/index.js';
import { contentClauseCue, type Cue, cueAfter, cueBefore } from './cues.js';
import { clauseSubject, subjectBefore } from './phrases.js';
import { unclosedCue } from './unclosed.js';
import { attribution, newRelation, paraOf, type QuoteContext, type RawAttribution, sentFloorAt, wordCount } from './context.js';

/** Where a quotation sits: its paragraphs and the first token its cue may use. */
interface Placement {
  q: Quotation;
  paraFirst: number;
  paraLast: number;
  /** The paragraph the quotation ends in. */
  para: Span;
  atParaStart: boolean;
  /** First token of the quote's sentence or paragraph, whichever starts later. */
  floor: number;
}

/** The cue found for a quotation, which side of it, and whether the quote is a fragment inside reported speech. */
interface Found {
  cue: Cue | null;
  partial: boolean;
  side: 'before' | 'after' | 'other';
}

/** The last quote with a cue of its own, which a following quote without one may continue. */
interface Last {
  attr: RawAttribution;
  para: number;
  cue: Cue | null;
}

function placement(ctx: QuoteContext, q: Quotation): Placement {
  const paraFirst = paraOf(ctx, q.open);
  const paraLast = paraOf(ctx, Math.max(q.open, q.end - 1));
  const first = ctx.paragraphs[paraFirst]!;
  const floor = Math.max(ctx.T.after(first.start), sentFloorAt(ctx, q.open));
  return { q, paraFirst, paraLast, para: ctx.paragraphs[paraLast]!, atParaStart: q.open === first.start, floor };
}

/**
 * "Republican pollster Daron Shaw: “…”", "Cruz called them on it: “…”": the clause before the colon names the speaker;
 * when a speech verb came earlier in the sentence ("Mattis wrote that he and Trump differed: “…”"), its subject does.
 * @param said the speech cue earlier in the quote's sentence, if any
 */
function colonCue(ctx: QuoteContext, pl: Placement, said: Cue | null): Cue | null {
  const { T } = ctx;
  const k = T.before(pl.q.open);
  if (T.t(k) !== ':') return null;
  if (said?.speaker && T.pos(k - 1) !== 'PROPN') return { cue: k, cueEnd: k + 1, speaker: said.speaker };
  const sp = T.pos(k - 1) === 'PROPN' ? subjectBefore(T, k, pl.floor) : (clauseSubject(T, pl.floor, k) ?? subjectBefore(T, k, pl.floor));
  return sp ? { cue: k, cueEnd: k + 1, speaker: sp } : null;
}

/** "X said:" closing the previous paragraph introduces a quote that opens this one. */
function paragraphIntroCue(ctx: QuoteContext, pl: Placement): Cue | null {
  if (!pl.atParaStart || pl.paraFirst === 0) return null;
  const prev = ctx.paragraphs[pl.paraFirst - 1]!;
  if (!/:\s*$/.test(ctx.text.slice(prev.start, prev.end))) return null;
  const pf = sentFloorAt(ctx, prev.end - 1);
  const c = cueBefore(ctx.T, prev.end, pf);
  if (c && c.speaker) return c;
  const k = ctx.T.before(prev.end);
  const sp = clauseSubject(ctx.T, pf, k);
  return sp ? { cue: k, cueEnd: k + 1, speaker: sp } : null;
}

function findCue(ctx: QuoteContext, pl: Placement): Found {
  const { q } = pl;
  const before = cueBefore(ctx.T, q.open, pl.floor);
  if (before?.adjacent) return { cue: before, partial: false, side: 'before' };
  // A claim's "that" clause is the claim's owner's words, whoever speaks around it.
  const content = contentClauseCue(ctx.T, q.open, pl.floor);
  if (content) return { cue: content, partial: true, side: 'other' };
  const after = (q.closed ? cueAfter(ctx.T, q.close, pl.para.end) : null) ?? unclosedCue(ctx, q);
  if (after) return { cue: after, partial: false, side: 'after' };
  const intro = colonCue(ctx, pl, before) ?? paragraphIntroCue(ctx, pl);
  if (intro) return { cue: intro, partial: false, side: 'other' };
  if (before && before.speaker) return { cue: before, partial: true, side: 'other' };
  return { cue: null, partial: false, side: 'other' };
}

/** Word tokens (letters or digits) from token `from` while `within` holds: their count and the first one. */
function wordsIn(ctx: QuoteContext, from: number, within: (k: number) => boolean): { n: number; first: number } {
  let n = 0;
  let first = -1;
  for (let k = from; within(k); k++) {
    if (!/[\p{L}\p{N}]/u.test(ctx.T.t(k))) continue;
    if (first < 0) first = k;
    n++;
  }
  return { n, first };
}

/**
 * A quote woven into a sentence ("Obama said “it gets me mad” every time…", "…a “burn bag,” the Times reported"): the
 * attribution is the whole clause; the quoted words are a partial quote inside it.
 */
function wovenClause(ctx: QuoteContext, pl: Placement, found: Found): Span | null {
  const { doc, T, text } = ctx;
  const { q } = pl;
  if (!found.cue || found.partial || found.side === 'other') return null;
  if (found.side === 'after') {
    const sOpen = sentenceAt(doc, q.open);
    if (sOpen < 0) return null;
    const { n } = wordsIn(ctx, sentenceTokens(doc, sOpen)[0], (k) => k < T.n && T.start(k) < q.open);
    return n >= 3 ? { start: doc.sentStart[sOpen]!, end: q.close } : null;
  }
  const sClose = sentenceAt(doc, Math.max(q.open, q.close - 1));
  if (sClose < 0 || !q.closed) return null;
  const b = sentenceTokens(doc, sClose)[1];
  const { n, first } = wordsIn(ctx, T.after(q.close), (k) => k < b);
  if (n < 3 || first < 0 || T.isCue(first) || cueAfter(T, q.close, pl.para.end)) return null;
  let e = doc.sentEnd[sClose]!;
  while (e > q.close && /[.!?\s]/.test(text[e - 1]!)) e--;
  return { start: q.open, end: e };
}

/**
 * The relation of a quote: its cue's (`“A,” he said. “B.”` share one), the last quote's for a further quote of the same
 * speaker without a cue, or a new one for a long free-standing quote. Null for scare quotes and titles ("the “Gang of
 * Eight”"), which are not attributions. May give the quote the last quote's cue.
 */
function relationOf(ctx: QuoteContext, pl: Placement, found: Found, last: Last | null, qText: string): number | null {
  const words = wordCount(qText);
  if (found.cue) return last && last.cue && last.cue.cue === found.cue.cue ? last.attr.relation : newRelation(ctx);
  if (last && !last.attr.partial && (last.para === pl.paraFirst || last.para === pl.paraFirst - 1) && !pl.q.single && words >= 3) {
    found.cue = last.cue;
    return last.attr.relation;
  }
  if (words < 6 || pl.q.single || !/[.!?…,]["'”’]?$/.test(qText.trim())) return null;
  return newRelation(ctx);
}

/** Attribute one quotation; returns the quote a following quote may continue, or `last` unchanged. */
function directQuote(ctx: QuoteContext, q: Quotation, last: Last | null): Last | null {
  const qText = quotationText(ctx.text, q);
  const pl = placement(ctx, q);
  const found = findCue(ctx, pl);
  const woven = wovenClause(ctx, pl, found);
  if (woven) found.partial = true;
  const rel = relationOf(ctx, pl, found, last, qText);
  const { cue, partial } = found;
  // A one- or two-word partial quote in title case ("the “Gang of Eight”") names something; in lower case it quotes the
  // speaker's words ("said the comments were “wildly inaccurate.”").
  const named = wordCount(qText) <= 2 && !/\p{Ll}/u.test(qText.replace(/\b\p{Lu}\p{Ll}*/gu, ''));
  if (rel === null || (cue && named && partial) || (q.single && !cue)) return last;
  const attr = attribution(ctx, { start: q.start, end: q.end, text: qText }, cue, { direct: true, partial, block: false }, rel);
  ctx.out.push(attr);
  if (cue && (!partial || woven)) ctx.usedCues.add(cue.cue);
  if (woven) {
    const clause = { ...woven, text: ctx.text.slice(woven.start, woven.end) };
    ctx.out.push(attribution(ctx, clause, cue, { direct: false, partial: false, block: false }, newRelation(ctx)));
  }
  // A quote whose cue came in a later paragraph (an unclosed tweet's "…,” Trump tweeted.") ends there.
  const para = cue ? Math.max(pl.paraLast, paraOf(ctx, ctx.T.start(cue.cue))) : pl.paraLast;
  return partial ? last : { attr, para, cue };
}

/** Find the direct quotes of the article: one attribution per quotation that has a cue or reads as a statement. */
export function findDirectQuotes(ctx: QuoteContext): void {
  let last: Last | null = null;
  for (const q of ctx.quotes) last = directQuote(ctx, q, last);
}
