// Small text readers shared by the slant stage and its model: word tokens with offsets, quoted regions, phrase lists.
import type { Span } from '../core/types.js';
import { findQuotations, type Quotation } from '../nlp/index.js';

/** One word (or `!`/`?`) of a text: lower-cased form and its [start, end) offsets. */
export interface Word {
  w: string;
  start: number;
  end: number;
  /** The word as written starts with a capital letter (used to skip proper names such as "May" or "Savage"). */
  cap: boolean;
}

// Letters/digits with inner apostrophes or hyphens ("don't", "hard-line"); `!` and `?` are kept as their own tokens
// because exclamations and questions are subjectivity cues.
const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[!?]/gu;

/**
 * Words of `text` in order, offsets relative to `text` plus `base`.
 * @example words('He slammed it!').map((w) => w.w) // ['he', 'slammed', 'it', '!']
 */
export function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const raw = m[0];
    const first = raw.charAt(0);
    out.push({
      w: raw.includes('’') ? raw.toLowerCase().replace(/’/g, "'") : raw.toLowerCase(),
      start: base + m.index,
      end: base + m.index + raw.length,
      cap: first !== first.toLowerCase(),
    });
  }
  return out;
}

/** Quotation spans as regions with their marks (`open` to `close`), the form the slant stage masks. */
export const quoteRegions = (quotes: readonly Quotation[]): Span[] => quotes.map((q) => ({ start: q.open, end: q.close }));

/**
 * Regions of `text` inside quotation marks, marks included: the nlp quotation spans of a text read without its article's
 * Doc (a sentence or a claim alone). Within an article, read the Doc's spans (`quoteRegions(quotations(doc))`) instead.
 */
export function quotedRegions(text: string): Span[] {
  return quoteRegions(findQuotations(text));
}

/** A question mark closing a sentence, before any closing quotation marks or brackets. */
const CLOSING_QUESTION = /\?["”’')\]\s]*$/;

/**
 * Does the sentence end in a question of the writer's own ("…they should ask one simple question: who knew, and when?")?
 * A question asks, it reports nothing. A question inside quotation marks is the speaker's.
 * @param quotes the sentence's quoted regions, in sentence offsets
 * @example ownQuestion('Who knew?', []) === true
 */
export function ownQuestion(sentence: string, quotes: readonly Span[]): boolean {
  const m = CLOSING_QUESTION.exec(sentence);
  return m !== null && !quotes.some((q) => m.index >= q.start && m.index < q.end);
}

/** The parts of `regions` inside `span`, relative to its start: the quoted regions of one sentence of an article. */
export function regionsWithin(regions: readonly Span[], span: Span): Span[] {
  return regions
    .filter((q) => q.end > span.start && q.start < span.end)
    .map((q) => ({ start: Math.max(q.start, span.start) - span.start, end: Math.min(q.end, span.end) - span.start }));
}

/** A word list file: a source note and named categories of phrases (space-separated words; trailing `*` = any ending). */
export interface PhraseListFile {
  source: string;
  categories: Record<string, string[]>;
}

interface PhrasePart {
  w: string;
  prefix: boolean;
}
interface Phrase {
  parts: PhrasePart[];
  category: string;
  text: string;
}

/** A compiled phrase list: looks phrases up by their first word, so matching is linear in the text. */
export interface PhraseMatcher {
  exact: Map<string, Phrase[]>;
  prefixed: Phrase[];
}

/** One phrase found in a word sequence: word indices [from, to) and its category. */
export interface PhraseHit {
  from: number;
  to: number;
  category: string;
}

/** Compile one or more phrase list files into a matcher. Throws on an empty entry (a broken data file). */
export function compilePhrases(...files: PhraseListFile[]): PhraseMatcher {
  const exact = new Map<string, Phrase[]>();
  const prefixed: Phrase[] = [];
  for (const file of files) {
    for (const [category, entries] of Object.entries(file.categories)) {
      for (const text of entries) {
        const parts = text
          .toLowerCase()
          .split(/\s+/)
          .filter(Boolean)
          .map((p) => ({ w: p.replace(/\*$/, ''), prefix: p.endsWith('*') }));
        const first = parts[0];
        if (!first) throw new Error(`phrase list: empty entry in category "${category}"; remove it from the data file`);
        const phrase = { parts, category, text };
        if (first.prefix) prefixed.push(phrase);
        else exact.set(first.w, [...(exact.get(first.w) ?? []), phrase]);
      }
    }
  }
  return { exact, prefixed };
}

const partMatches = (part: PhrasePart, w: string): boolean => (part.prefix ? w.startsWith(part.w) : w === part.w);

const NO_PHRASES: readonly Phrase[] = [];

/** `best`, or phrase `p` read at word `i` of `ws` when all its words match there and it is longer than `best`. */
function longer(best: PhraseHit | null, p: Phrase, ws: readonly Word[], i: number): PhraseHit | null {
  if (i + p.parts.length > ws.length) return best;
  if (!p.parts.every((part, k) => partMatches(part, ws[i + k]!.w))) return best;
  return !best || p.parts.length > best.to - best.from ? { from: i, to: i + p.parts.length, category: p.category } : best;
}

/**
 * All phrase hits in `ws`, longest first at each position, not overlapping (leftmost-longest).
 * A hit whose first word is capitalised mid-sentence is skipped: it is most likely a name ("May", "Savage").
 * @param sentenceStarts indices of words that begin a sentence (capitals are expected there)
 */
export function matchPhrases(m: PhraseMatcher, ws: readonly Word[], sentenceStarts: ReadonlySet<number> = new Set([0])): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (let i = 0; i < ws.length; ) {
    const word = ws[i]!;
    let best: PhraseHit | null = null;
    // The phrases starting with this word, then those starting with a prefix of it, in list order (no list built per word).
    for (const p of m.exact.get(word.w) ?? NO_PHRASES) best = longer(best, p, ws, i);
    for (const p of m.prefixed) if (partMatches(p.parts[0]!, word.w)) best = longer(best, p, ws, i);
    if (best && word.cap && !sentenceStarts.has(i) && word.w !== 'i') best = null;
    if (best) {
      hits.push(best);
      i = best.to;
    } else i++;
  }
  return hits;
}
