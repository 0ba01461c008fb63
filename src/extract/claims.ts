// One article's atomic claims: sentences split at semicolons, coordinated main clauses, side clauses and trailing relative
// clauses, with their numbers and dates.
import type { Article } from '../core/types.js';
import type { ArticleClaim } from '../core/facts.js';
import { quotation, quotedAt, tokenPos, tokenText, sentenceCount, sentenceTokens, type Doc } from '../nlp/index.js';
import { findDates } from '../nlp/index.js';
import { findNumbers } from '../nlp/index.js';
import rules from './data/claims-split.json' with { type: 'json' };
// One list of the writer's opinion markers, the slant stage's: a claim carrying one is commentary, not a disputable fact.
import { hasOpinionMarker } from '../slant/index.js';
import { extractEntities } from './entities/index.js';
import { claimSubjects } from './claim-subjects.js';
import { SPEECH } from './quotes/lexicon.js';

// The claim type is the stages' shared contract (core/facts.ts); re-exported so readers of extract find it here too.
export type { ArticleClaim };

const SEPARATORS = new Set(rules.clauseSeparators);
const DASHES = new Set(rules.clauseDashes);
const COORDINATORS = new Set(rules.coordinators);
const PREDICATE_COORDINATORS = new Set(rules.predicateCoordinators);
const SUBJECT_TAGS = new Set(rules.subjectTags);
const VERB_TAGS = new Set(rules.verbTags);
const SUBORDINATORS = new Set(rules.subordinators);
const PARTICIPLE = new RegExp(`(?:${rules.participleEndings.join('|')})$`, 'i');
const NOT_PARTICIPLES = new Set(rules.participleExceptions);
const RELATIVES = new Set(rules.relativePronouns);
const EDGE = /^[\s,;:—–-]+|[\s,;:.—–-]+$/g;

const isWord = (doc: Doc, i: number): boolean => /[\p{L}\p{N}]/u.test(tokenText(doc, i));
const hasVerb = (doc: Doc, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (VERB_TAGS.has(tokenPos(doc, i))) return true;
  return false;
};

/** True when tokens from `at` open a subordinate clause: [one word] subordinator, subject, and a verb soon after. */
function subordinateClauseAt(doc: Doc, at: number, to: number): boolean {
  for (const sub of [at, at + 1]) {
    if (sub + 1 >= to || !SUBORDINATORS.has(doc.lemmas[sub] ?? '')) continue;
    if (sub === at + 1 && !['NOUN', 'ADV'].includes(tokenPos(doc, at))) continue;
    if (SUBJECT_TAGS.has(tokenPos(doc, sub + 1)) && hasVerb(doc, sub + 2, Math.min(to, sub + 12))) return true;
  }
  return false;
}

/**
 * True when the comma at `comma` opens a non-restrictive relative clause that runs to the end of the sentence
 * ("…, which largely reflected Russian positions"): 'which'/'who', then a verb within three words, and no later comma
 * where the sentence resumes (`resumes`: the relative clause was in the middle).
 */
function trailingRelativeAt(doc: Doc, comma: number, to: number): boolean {
  const rel = comma + 1;
  if (rel >= to || !RELATIVES.has(tokenText(doc, rel).toLowerCase())) return false;
  if (!hasVerb(doc, rel + 1, Math.min(to, rel + 4))) return false;
  for (let i = rel + 1; i + 1 < to; i++) if (tokenText(doc, i) === ',' && resumes(doc, i + 1)) return false;
  return true;
}

/**
 * Does the sentence resume at token `i`, after a comma closing a relative clause? A verb is the main clause going on; a
 * coordinator is a list or a second predicate going on ("Sens. Tim Kaine, who is …, and Bernie Sanders"): either way the
 * relative clause sits in the middle, and cutting it would leave the left part unfinished.
 */
const resumes = (doc: Doc, i: number): boolean => VERB_TAGS.has(tokenPos(doc, i)) || COORDINATORS.has(doc.lemmas[i] ?? '');

const NOUN_PHRASE_TAGS = new Set(rules.appositiveTags);

/**
 * True when the tokens just before the comma at `comma` are a noun-phrase appositive set off by an earlier comma
 * ("…show the envoy, Steve Witkoff, advising…"): the participle after it describes that noun, it is not a side clause.
 */
function appositiveBefore(doc: Doc, from: number, comma: number): boolean {
  let j = comma - 1;
  while (j >= from && tokenText(doc, j) !== ',') {
    if (!NOUN_PHRASE_TAGS.has(tokenPos(doc, j))) return false;
    j--;
  }
  return j >= from && j < comma - 1;
}

/**
 * The cut a clause boundary at token `i` makes, as [last token of the left part, first token of the right part), or null
 * when `i` is no boundary: a separator, a trailing relative clause, a subordinate clause, a participle phrase or a
 * coordinator opening a new main clause or a second predicate.
 */
function cutAt(doc: Doc, i: number, from: number, to: number, partStart: number): [number, number] | null {
  const t = tokenText(doc, i);
  if (SEPARATORS.has(t)) return [i, i + 1];
  if (DASHES.has(t)) return loneDash(doc, i, from, to) && hasVerb(doc, partStart, i) && hasVerb(doc, i + 1, to) ? [i, i + 1] : null;
  if (t === ',') return commaCut(doc, i, to, partStart);
  if (!COORDINATORS.has(doc.lemmas[i] ?? '') || i <= from) return null;
  if (secondComplementAt(doc, i, to, partStart)) return [i, i + 1];
  const comma = tokenText(doc, i - 1) === ',';
  const next = i + 1 < to ? tokenPos(doc, i + 1) : 'X';
  // A second predicate of the same subject ("…gave way on Monday and sent the river through the town").
  const predicate = next === 'VERB' && PREDICATE_COORDINATORS.has(doc.lemmas[i] ?? '');
  // "…would not go that far but said Steele must apologize": a second predicate that reports speech is the claim's
  // attribution; cut, the speech would lose its speaker.
  if (predicate && SPEECH.clauseVerbs.has(doc.lemmas[i + 1] ?? '')) return null;
  if (!predicate) {
    if (!comma && doc.lemmas[i] === 'and') return null;
    // A new main clause: a subject right after the coordinator and a verb soon after it.
    if (!SUBJECT_TAGS.has(next) || !hasVerb(doc, i + 2, Math.min(to, i + 10))) return null;
  }
  if (!hasVerb(doc, partStart, i)) return null;
  return [comma ? i - 1 : i, i + 1];
}

/** How many words before a 'that' its verb of saying may stand ("said on Tuesday afternoon that"). */
const COMPLEMENT_REACH = 6;

/** Is there a verb of saying or thinking among tokens [from, to)? */
function saysBefore(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SPEECH.clauseVerbs.has(doc.lemmas[k] ?? '')) return true;
  return false;
}

/**
 * Does the coordinator at `i` open a second complement clause of the verb before it ("…said that the talks had begun,
 * and that five sites were under review")? Each complement is a fact of its own; the first 'that' must stand in the
 * same part after a verb of saying, with a verb of its own, and the second needs a subject and a verb.
 */
function secondComplementAt(doc: Doc, i: number, to: number, partStart: number): boolean {
  const that = i + 1;
  if (that + 1 >= to || tokenText(doc, that).toLowerCase() !== 'that' || !SUBJECT_TAGS.has(tokenPos(doc, that + 1))) return false;
  if (!hasVerb(doc, that + 2, Math.min(to, that + 12))) return false;
  // The first complement is a clause too, of a verb of saying or thinking a few words before it ("said on Tuesday
  // afternoon that …"), with a verb of its own; "the approach that he rejected … and that Democrats have advocated" are
  // two relative clauses of one noun, one fact.
  for (let k = partStart; k < i; k++) if (tokenText(doc, k).toLowerCase() === 'that' && saysBefore(doc, Math.max(partStart, k - COMPLEMENT_REACH), k) && hasVerb(doc, k + 1, i)) return true;
  return false;
}

/** Is the dash at token `i` the only one of tokens [from, to) outside quotation marks (not one of a parenthesis's pair)? */
function loneDash(doc: Doc, i: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (k !== i && DASHES.has(tokenText(doc, k)) && quotedAt(doc, doc.tokStart[k]!) < 0) return false;
  return true;
}

/** A comma that opens a trailing relative clause, a subordinate clause or a participle phrase after a clause with a verb. */
function commaCut(doc: Doc, i: number, to: number, partStart: number): [number, number] | null {
  const nextText = i + 1 < to ? tokenText(doc, i + 1) : '';
  const participle =
    nextText !== '' && tokenPos(doc, i + 1) === 'VERB' && PARTICIPLE.test(nextText) && !NOT_PARTICIPLES.has(nextText.toLowerCase());
  const clause = trailingRelativeAt(doc, i, to) || subordinateClauseAt(doc, i + 1, to);
  if (!clause && !participle) return null;
  if (!hasVerb(doc, partStart, i)) return null;
  if (!clause && appositiveBefore(doc, partStart, i)) return null;
  return [i, i + 1];
}

/** Token indices where a sentence's tokens [from, to) break into clauses: each cut is [endOfLeft, startOfRight). */
function cuts(doc: Doc, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let inQuote = false;
  let partStart = from;
  const words = (a: number, b: number): number => {
    let n = 0;
    for (let i = a; i < b; i++) if (isWord(doc, i)) n++;
    return n;
  };
  for (let i = from; i < to; i++) {
    const t = tokenText(doc, i);
    if (/^["“”]$/.test(t)) inQuote = t === '“' ? true : t === '”' ? false : !inQuote;
    if (inQuote) continue;
    const cut = cutAt(doc, i, from, to, partStart);
    if (!cut) continue;
    const [left, right] = cut;
    if (words(partStart, left) < rules.minWords || words(right, to) < rules.minWords) continue;
    out.push([left, right]);
    partStart = right;
  }
  return out;
}

/** Character span of tokens [a, b), trimmed of edge punctuation, or null when nothing is left. */
function span(doc: Doc, a: number, b: number): { start: number; end: number } | null {
  if (b <= a) return null;
  let start = doc.tokStart[a]!;
  let end = doc.tokEnd[b - 1]!;
  const raw = doc.text.slice(start, end);
  const lead = raw.length - raw.replace(/^[\s,;:—–-]+/, '').length;
  const trail = raw.length - raw.replace(/[\s,;:.—–-]+$/, '').length;
  start += lead;
  end -= trail;
  return end > start ? { start, end } : null;
}

const MAX_QUOTE_SENTENCES = 8;

/** True when one of the doc's quotations runs on past the end of sentence `s`. */
function quoteRunsOn(doc: Doc, s: number): boolean {
  const end = doc.sentEnd[s]!;
  const q = quotedAt(doc, end);
  return q >= 0 && quotation(doc, q).open < end;
}

/**
 * Split an article's sentences into atomic claims (semicolons, ", and"/"but" + a new subject and verb; attributions stay
 * whole, quoted text is never split), each with the numbers and dates inside it and, where its words do not name it, its
 * subject (`ArticleClaim.subject`). Dates resolve against `article.published`.
 * @param article the cleaned article
 * @param doc `buildDoc(article.text, article.paragraphs)`
 * @example extractClaims(article, doc)[0] // { id: 'a1:c1', article: 'a1', start: 0, end: 41, text: '…', numbers: [], dates: [] }
 */
export function extractClaims(article: Article, doc: Doc): ArticleClaim[] {
  const numbers = findNumbers(article.text);
  const dates = findDates(article.text, article.published);
  const out: ArticleClaim[] = [];
  const push = (s: { start: number; end: number }): void => {
    const text = article.text.slice(s.start, s.end);
    if (!text.replace(EDGE, '')) return;
    const claim: ArticleClaim = {
      id: `${article.id}:c${out.length + 1}`,
      article: article.id,
      start: s.start,
      end: s.end,
      text,
      numbers: numbers.filter((n) => n.start >= s.start && n.end <= s.end),
      dates: dates.filter((d) => d.start >= s.start && d.end <= s.end),
    };
    if (hasOpinionMarker(text)) claim.opinion = true;
    out.push(claim);
  };
  for (let s = 0; s < sentenceCount(doc); s++) {
    const [from] = sentenceTokens(doc, s);
    // A quotation the splitter cut into sentences stays one claim: extend while a quote is open, within the paragraph.
    let last = s;
    while (last + 1 < sentenceCount(doc) && doc.sentPara[last + 1] === doc.sentPara[s] && last - s < MAX_QUOTE_SENTENCES &&
      quoteRunsOn(doc, last))
      last++;
    const to = sentenceTokens(doc, last)[1];
    s = last;
    // A claim states something: headings, datelines and name fragments ("Speaker Nancy Pelosi (D-Calif.)") have no verb.
    if (!hasVerb(doc, from, to)) continue;
    let a = from;
    for (const [left, right] of cuts(doc, from, to)) {
      const sp = span(doc, a, left);
      if (sp) push(sp);
      a = right;
    }
    const sp = span(doc, a, to);
    if (sp) push(sp);
  }
  claimSubjects(doc, extractEntities(article, doc), out);
  return out;
}
