// Slant of one article: how subjective each sentence is, the outlet's own loaded words and hedges, and opinion vs reporting.
import type { Article, Genre, MarkedWord, SentenceSlant, Slant, Span } from '../core/types.js';
import { quotations, sentenceCount, sentenceSpan, tokenPos, type Doc } from '../nlp/index.js';
import hedgesFile from './data/hedges.json' with { type: 'json' };
import loadedFile from './data/loaded.json' with { type: 'json' };
import marksFile from './data/marks.json' with { type: 'json' };
import cuesFile from './data/cues.json' with { type: 'json' };
import genreFile from './data/genre.json' with { type: 'json' };
import { featurize, type SentenceTokens } from './features.js';
import { formOf } from './genre.js';
import { predict } from './logistic.js';
import { shippedSubjectivity, type SubjectivityModel } from './model-file.js';
import { reportedRegion } from './reported.js';
import { compilePhrases, matchPhrases, ownQuestion, quotedRegions, quoteRegions, regionsWithin, words, type Word } from './text.js';

const markMatcher = compilePhrases(loadedFile, marksFile, hedgesFile);
const opinionMatcher = compilePhrases({ source: loadedFile.source, categories: { 'opinion-marker': loadedFile.categories['opinion-marker'] } });
const HEDGE_CATEGORIES = new Set(Object.keys(hedgesFile.categories));
/** Categories whose words count only as verbs ("claims" the verb judges a statement; "insurance claims" does not). */
const VERB_ONLY = new Set(['loaded-saying', 'loaded-action']);
const WE = new Set(cuesFile.categories['first-person-plural']);

/**
 * Probability (0..1) that a sentence gives the writer's judgement rather than reports; words in quotation marks count as
 * the speaker's, not the writer's.
 * @param model the subjectivity model (the shipped one by default)
 * @param tokens the sentence's tokens in its article's Doc, for models with POS features (else the sentence is read alone)
 * @param quotes the sentence's quoted regions when it is part of an article (its Doc's spans); found in it otherwise
 * @param read the sentence's words (`words(sentence)`), when the caller read them already
 * @example sentenceSubjectivity('Of course he is not fit to lead us.') > sentenceSubjectivity('The bill passed 52-48 on Tuesday.')
 */
export function sentenceSubjectivity(
  sentence: string,
  model: SubjectivityModel = shippedSubjectivity(),
  tokens?: SentenceTokens,
  quotes?: readonly Span[],
  read?: readonly Word[],
): number {
  return predict(model, featurize(sentence, model.options, tokens, quotes, read));
}

/**
 * Number of opinion markers ("of course", "we must", "not fit") outside quotation marks in a sentence.
 * @param quotes the sentence's quoted regions when it is part of an article (its Doc's spans); found in it otherwise
 * @param ws the sentence's words (`words(sentence)`), when the caller read them already
 */
function opinionMarkers(sentence: string, quotes: readonly Span[] = quotedRegions(sentence), ws: readonly Word[] = words(sentence)): number {
  return matchPhrases(opinionMatcher, ws).filter((h) => {
    const start = ws[h.from]!.start;
    const end = ws[h.to - 1]!.end;
    return !quotes.some((q) => start < q.end && end > q.start);
  }).length;
}

/**
 * True when the text carries an opinion marker of the writer's own ("of course", "in my view", "should resign"), quotes aside.
 * @example hasOpinionMarker('In my view the plan failed.') === true
 */
export function hasOpinionMarker(text: string): boolean {
  return opinionMarkers(text) > 0;
}

/**
 * True when a sentence reads as opinion: the model finds it subjective, or it carries an opinion marker of the writer's own.
 * @example isOpinionSentence('We must not look away.') === true
 */
export function isOpinionSentence(sentence: string, model: SubjectivityModel = shippedSubjectivity()): boolean {
  return sentenceSubjectivity(sentence, model) >= model.threshold || opinionMarkers(sentence) > 0;
}

/** A word written all in capitals ("US", "WE" in a headline) is read as an acronym, not a pronoun. */
const isAcronym = (s: string): boolean => s.length > 1 && s === s.toUpperCase();

/**
 * Measure an article's slant.
 * @param article the cleaned article (offsets point into `article.text`)
 * @param doc `buildDoc(article.text, article.paragraphs)`
 * @param model the subjectivity model (the shipped one by default)
 * @example measureSlant(article, buildDoc(article.text)).genre // 'reporting'
 */
export function measureSlant(article: Article, doc: Doc, model: SubjectivityModel = shippedSubjectivity()): Slant {
  const text = article.text;
  const quotes = quoteRegions(quotations(doc));
  const outsideQuotes = (s: number, e: number): boolean => !quotes.some((q) => s < q.end && e > q.start);

  const sentences: SentenceSlant[] = [];
  const loaded: MarkedWord[] = [];
  const hedges: MarkedWord[] = [];
  let weighted = 0;
  let weight = 0;
  let markers = 0;
  /** Own-voice loaded words and opinion markers, each by its weight. */
  let ownLoaded = 0;
  const g = genreFile;
  let we = 0;
  const tokenAt = new Map<number, number>();
  for (let t = 0; t < doc.tokStart.length; t++) tokenAt.set(doc.tokStart[t]!, t);
  const isVerb = (start: number): boolean => {
    const t = tokenAt.get(start);
    // No token at that offset (the doc split the word differently): keep the mark rather than guess.
    return t === undefined || tokenPos(doc, t) === 'VERB' || tokenPos(doc, t) === 'AUX';
  };

  for (let s = 0; s < sentenceCount(doc); s++) {
    const span = sentenceSpan(doc, s);
    // The article's Doc already tagged the sentence, and its quotation spans say what is quoted even in the middle of a
    // multi-sentence quote.
    const sentence = text.slice(span.start, span.end);
    const quoted = regionsWithin(quotes, span);
    const local = words(sentence);
    const score = sentenceSubjectivity(sentence, model, { doc, from: span.start, to: span.end, quotes }, quoted, local);
    const subjectivity = round(score);
    // Read once here, for every later stage (the brief and the timeline leave opinion sentences out by this flag), with
    // the Doc's quotations: a marker or a question inside a quote that runs over several sentences is the speaker's. A
    // question of the writer's own asks, it reports nothing: commentary for every later stage.
    const opinion = score >= model.threshold || opinionMarkers(sentence, quoted, local) > 0 || ownQuestion(sentence, quoted);
    sentences.push({ ...span, subjectivity, opinion });
    const ws = shifted(local, span.start);
    // Quoted and reported words are the speaker's: they count for little in the outlet's own tone. Reported speech
    // without quotation marks ("Critics say the deal is a disaster") is the speaker's voice too.
    const reported = reportedRegion(sentence, ws, span.start);
    const reportedChars = reported ? reported.end - reported.start - overlapWith(reported, quoted) : 0;
    // The region is in the sentence's offsets; marks are in the article's.
    const inReported = (start: number, end: number): boolean => reported !== null && start - span.start < reported.end && end - span.start > reported.start;
    const own = span.end - span.start - overlapWith(span, quotes) - reportedChars;
    weighted += subjectivity * Math.max(own, 1);
    weight += Math.max(own, 1);

    // "US" (the country) is not "us": a pronoun written all in capitals is an acronym.
    for (const w of ws) if (WE.has(w.w) && outsideQuotes(w.start, w.end) && !isAcronym(text.slice(w.start, w.end))) we++;
    for (const hit of matchPhrases(markMatcher, ws)) {
      const start = ws[hit.from]!.start;
      const end = ws[hit.to - 1]!.end;
      if (!outsideQuotes(start, end)) continue;
      if (VERB_ONLY.has(hit.category) && !isVerb(start)) continue;
      const mark: MarkedWord = { start, end, text: text.slice(start, end), category: hit.category };
      if (HEDGE_CATEGORIES.has(hit.category)) hedges.push(mark);
      else {
        loaded.push(mark);
        if (!inReported(start, end)) ownLoaded += hit.category === 'opinion-marker' ? g.markerWeight : g.loadedWordWeight;
      }
      if (hit.category === 'opinion-marker') markers++;
    }
  }

  const sentencesSeen = Math.max(1, sentenceCount(doc));
  // The writer's voice is the sentences the model reads and the loaded words the writer chose outside quotations and
  // reported speech. Genre thresholds read the sentence score alone (they were set on it; markers count on their own).
  const sentenceScore = weight ? weighted / weight : 0;
  const subjectivity = round(Math.min(1, sentenceScore + ownLoaded / sentencesSeen));
  const opinion =
    sentenceScore >= g.articleThreshold ||
    (we >= g.firstPersonPlural.min && we / sentencesSeen >= g.firstPersonPlural.perSentence) ||
    markers >= g.markersAlone ||
    (markers >= g.markersWithSubjectivity.markers && sentenceScore >= g.markersWithSubjectivity.subjectivity);
  // Opinion is read from the writer's voice; analysis and live pages from how the page marks itself.
  const genre: Genre = opinion ? 'opinion' : (formOf(article) ?? 'reporting');
  const lead = sentenceCount(doc) ? sentenceSpan(doc, 0) : null;
  return { article: article.id, subjectivity, genre, sentences, loaded, hedges, lead };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** A sentence's words (read once, for the model, the markers and the marks) in article offsets: `words(sentence, base)`. */
const shifted = (ws: readonly Word[], base: number): readonly Word[] => (base ? ws.map((w) => ({ ...w, start: w.start + base, end: w.end + base })) : ws);

/** Characters of `span` inside any of `regions` (which do not overlap each other). */
const overlapWith = (span: Span, regions: readonly Span[]): number =>
  regions.reduce((n, q) => n + Math.max(0, Math.min(q.end, span.end) - Math.max(q.start, span.start)), 0);
