// The neutral brief: extractive, every sentence cites the spans it was taken from; opinionated wording never enters.
import type { Article, BriefSentence, Claim, ClaimStatus, Conflict, Quote, Slant, SourceRef } from '../core/types.js';
import type { Restatement } from '../core/facts.js';
import type { Doc } from '../nlp/index.js';
import { sentenceAt, sentenceSpan } from '../nlp/index.js';
import { outletKey } from '../align/index.js';
import { articlesOf, refsOverlap, SlantIndex } from './evidence.js';
import { BRIEF_DEFAULTS, type BriefOptions } from './options.js';
import { withSpeakers } from './speakers.js';
import { isQuotation, withStatementLead } from './lead.js';
import { pronounBeforeName, unclosedQuotation } from './self-contained.js';
import { phrases, sharesPhrase } from './repeats.js';
import { isReaction, placeInSection } from './reaction.js';
import { withoutDateline } from '../core/dateline.js';
import wording from './data/wording.json' with { type: 'json' };
import { checkedSet } from '../core/util/lists.js';
import { CONFLICT_KINDS } from '../core/conflict-kinds.js';
import { pushTo } from '../core/util/multimap.js';

const DANGLING = new Set(wording.danglingStarts);
const DANGLING_PHRASES = checkedSet('brief/data/wording.json#danglingPhrases', wording.danglingPhrases);
/** Does a wording open on a word or phrase that points back to the source's previous sentence? */
const dangles = (text: string): boolean => {
  const w = words(text);
  return DANGLING.has(w[0] ?? '') || [2, 3, 4].some((n) => DANGLING_PHRASES.has(w.slice(0, n).join(' ')));
};
/** The brief section that tells a claim of each status. */
const SECTION_OF: Readonly<Record<ClaimStatus, string>> = { consensus: 'consensus', partial: 'majority', unique: 'single-source' };
const PRONOUN_STARTS = checkedSet('brief/data/wording.json#pronounStarts', wording.pronounStarts);

export interface BriefInput {
  articles: readonly Article[];
  docs: readonly Doc[];
  claims: readonly Claim[];
  conflicts: readonly Conflict[];
  /** The slant stage's readings: each sentence's subjectivity and opinion flag pick the wordings, genres rank them. */
  slant: readonly Slant[];
  /** How closely one wording restates another (align's `restatementScorer`): two claim groups may tell one fact. */
  restatement: Restatement;
  /** The story's quotes with their speakers: a wording that attributes a quote to "he" names the speaker instead. */
  quotes?: readonly Quote[];
}

interface Candidate {
  claim: Claim;
  ref: SourceRef;
  text: string;
  /** The wording is the whole sentence around a clause claim, not the claim's own span. */
  widened: boolean;
  outlets: number;
  /** Mean relative position of the claim in its articles (0 = lead). */
  position: number;
  /** Outlets whose first sentence (their lede) states the claim: how many lead with it. */
  ledes: number;
  subjectivity: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const words = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / Math.max(1, a.size + b.size - shared);
}

/** What the brief reads of the story, once: articles and Docs by id, each article's genre, the slant stage's sentences. */
interface Story {
  byId: ReadonlyMap<string, Article>;
  docs: ReadonlyMap<string, Doc>;
  genre: ReadonlyMap<string, string | undefined>;
  slant: SlantIndex;
  /** The story's quotes by article id, in the story's order: a wording reads only its own article's. */
  quotes: ReadonlyMap<string, readonly Quote[]>;
}

/** Quotes grouped by article id, each group in the given order. */
function byArticle(quotes: readonly Quote[]): Map<string, Quote[]> {
  const out = new Map<string, Quote[]>();
  for (const q of quotes) pushTo(out, q.article, q);
  return out;
}

/**
 * How the slant stage read the sentences under a wording: opinion if any of them is, as subjective as the most subjective.
 * Null when it read none of them (its stage failed on the article): such a wording is not quoted.
 */
function slantOf(story: Story, claimRef: SourceRef, ref: SourceRef): { opinion: boolean; subjectivity: number } | null {
  const under = story.slant.sentencesAt(ref.article, ref);
  if (!under.length) return null;
  const opinion = [...under, ...story.slant.sentencesAt(claimRef.article, claimRef)].some((s) => s.opinion);
  return { opinion, subjectivity: Math.max(...under.map((s) => s.subjectivity)) };
}

/** True when a quote's speaker is named inside `ref` (its cue and speaker phrase are part of the wording). */
const attributedWithin = (ref: SourceRef, quotes: readonly Quote[]): boolean =>
  quotes.some((q) => q.article === ref.article && q.speakerSpan && q.speakerSpan.start >= ref.start && q.speakerSpan.end <= ref.end);

/** Does `ref` lie in its article's first sentence, the outlet's lede? */
function inFirstSentence(story: Story, ref: SourceRef): boolean {
  const doc = story.docs.get(ref.article);
  return Boolean(doc && sentenceAt(doc, ref.start) === 0);
}

/**
 * Choose, for a claim, the source wording to quote: the least subjective one whose sentences the slant stage did not read
 * as opinion. Returns null when every wording is opinion — then the claim stays out of the brief.
 */
function pickWording(claim: Claim, story: Story, opts: BriefOptions): { ref: SourceRef; text: string; widened: boolean; subjectivity: number } | null {
  let best: { ref: SourceRef; text: string; widened: boolean; subjectivity: number; rank: number } | null = null;
  for (const claimRef of claim.sources) {
    let ref = claimRef;
    const quotes = story.quotes.get(ref.article) ?? [];
    let text = withSpeakers(story.byId.get(ref.article)?.text ?? '', ref, quotes);
    if (words(text).length < opts.minWords) continue;
    const doc = story.docs.get(ref.article);
    const s = doc ? sentenceAt(doc, ref.start) : -1;
    const span = doc && s >= 0 ? sentenceSpan(doc, s) : null;
    // A clause cut from mid-sentence ("congratulating him on…"), or a participle phrase cut from the clause it opens
    // ("Having met six times — …"), does not stand alone: quote its whole sentence instead.
    const part = Boolean(span && (ref.start > span.start || ref.end < span.end));
    // So does a clause cut right after a quotation that closes on a comma ('…at "extremely high levels,"').
    const widened = Boolean(span && (/^[\p{Ll},;:)\]]/u.test(text) || (part && /^\p{Lu}\p{Ll}+ing\b/u.test(text)) || (part && /[,;:]["”’']$/.test(text))));
    if (doc && span && widened) {
      ref = { article: ref.article, start: span.start, end: span.end };
      text = withSpeakers(doc.text, ref, quotes);
    }
    text = withoutDateline(text);
    // A quotation with no one named as saying it in the wording ("“That one generation removed…”") cannot stand alone,
    // nor can a wording about "he" or "they" the brief does not name.
    if (isQuotation(text) && !attributedWithin(ref, quotes)) continue;
    if (unclosedQuotation(text)) continue;
    if (!/^["“‘']/.test(text) && PRONOUN_STARTS.has(words(text)[0] ?? '')) continue;
    if (doc && pronounBeforeName(doc, ref) && !attributedWithin(ref, quotes)) continue;
    const read = slantOf(story, claimRef, ref);
    if (!read || read.opinion) continue;
    const { subjectivity } = read;
    if (subjectivity > opts.maxSubjectivity) continue;
    // Rank, not exclude: a neutral sentence of an opinion piece may state a fact, but a report's wording is preferred,
    // and so is a self-contained wording over one opening with a pronoun whose referent the brief lacks, or over a
    // clause widened to a sentence that leads with another fact.
    const rank =
      subjectivity +
      (story.genre.get(ref.article) === 'opinion' ? opts.opinionPenalty : 0) +
      (dangles(text) ? opts.danglingPenalty : 0) +
      (widened ? opts.widenedPenalty : 0) +
      (story.slant.loadedWithin(ref.article, ref) ? opts.loadedPenalty : 0) -
      (inFirstSentence(story, claimRef) ? opts.ledeWordingBonus : 0);
    if (!best || rank < best.rank) best = { ref, text, widened, subjectivity, rank };
  }
  return best && { ref: best.ref, text: best.text, widened: best.widened, subjectivity: best.subjectivity };
}

/** The evidence spans of the conflicts confident enough to reach the brief. */
const disputedSpans = (conflicts: readonly Conflict[], opts: BriefOptions): SourceRef[] =>
  conflicts.filter((c) => (c.confidence ?? 1) >= opts.minConflictConfidence).flatMap((c) => c.values.flatMap((v) => v.sources));

function describeConflict(conflict: Conflict, byId: ReadonlyMap<string, Article>): string {
  const values = conflict.values.map((v) => {
    const articles = articlesOf(v.sources).map((id) => byId.get(id));
    const named = [...new Set(articles.map((a) => a?.outlet).filter((o): o is string => Boolean(o)))];
    // Articles without a known outlet are counted, not named by an internal id.
    const unnamed = articles.filter((a) => !a?.outlet).length;
    const who = [...named, ...(unnamed ? [`${unnamed} other report${unnamed > 1 ? 's' : ''}`] : [])];
    return `${v.value} (${who.join(', ')})`;
  });
  // The topic is the claim with the disputed value left out ("At least … were killed when the ferry capsized"): quote it,
  // and name what differs.
  const what = conflict.kind ? CONFLICT_KINDS[conflict.kind].noun : 'value';
  return `Reports differ on the ${what} in “${conflict.topic}”: ${values.join(' vs ')}.`;
}

/** The claims the brief may tell, each with its wording, outlets and how early the outlets tell it. */
function briefCandidates(input: BriefInput, story: Story, opts: BriefOptions): Candidate[] {
  const disputed = disputedSpans(input.conflicts, opts);
  const candidates: Candidate[] = [];
  for (const grouped of input.claims) {
    // A fact the outlets dispute is told once, as what each says (the conflict lines), never as one outlet's version:
    // the spans that hold a disputed value are left out, and the claim with them when no other outlet states it.
    const undisputed = grouped.sources.filter((r) => !disputed.some((d) => d.article === r.article && d.start < r.end && r.start < d.end));
    if (!undisputed.length) continue;
    const claim = undisputed.length === grouped.sources.length ? grouped : { ...grouped, sources: undisputed };
    // What only opinion pieces assert is commentary, not a reported fact: it stays out of the neutral brief.
    if (claim.sources.every((r) => story.genre.get(r.article) === 'opinion')) continue;
    const wording = pickWording(claim, story, opts);
    if (!wording) continue;
    // A clause widened to its whole sentence may take in a disputed value the clause itself left out: told once, as a conflict.
    if (wording.widened && disputed.some((d) => refsOverlap(d, wording.ref))) continue;
    // Syndicated copies count as their origin, as in claim alignment, so one story is not counted twice.
    const outletOf = (r: SourceRef): string => {
      const article = story.byId.get(r.article);
      return article ? outletKey(article) : r.article;
    };
    const outlets = new Set(claim.sources.map(outletOf)).size;
    const ledes = new Set(claim.sources.filter((r) => inFirstSentence(story, r)).map(outletOf)).size;
    // How early the outlets tell it: a fact one outlet leads with and another gives later is still a lede.
    const position = Math.min(...claim.sources.map((r) => r.start / Math.max(1, story.byId.get(r.article)?.text.length ?? 1)));
    candidates.push({ claim, ...wording, outlets, position, ledes });
  }
  return candidates;
}

/**
 * Build the brief: consensus first, then what several outlets report, then notable single-source details, then conflicts.
 * @example buildBrief({ articles, docs, claims, conflicts, slant, restatement: restatementScorer(docsById) })[0] // { text, claims: ['c1'], sources: [{ article, start, end }] }
 */
export function buildBrief(input: BriefInput, options: Partial<BriefOptions> = {}): BriefSentence[] {
  const opts: BriefOptions = { ...BRIEF_DEFAULTS, ...options };
  const byId = new Map(input.articles.map((a) => [a.id, a]));
  const genre = new Map(input.slant.map((s) => [s.article, s.genre]));
  const story: Story = { byId, docs: new Map(input.articles.map((a, i) => [a.id, input.docs[i]!])), genre, slant: new SlantIndex(input.slant), quotes: byArticle(input.quotes ?? []) };

  const candidates = briefCandidates(input, story, opts);

  const chosen: BriefSentence[] = [];
  const seen: Array<Set<string>> = [];
  const runs: Array<Set<string>> = [];
  const chosenRefs: SourceRef[] = [];
  const cited: SourceRef[] = [];
  const take = (c: Candidate, section: string): boolean => {
    // A wording that quotes article text the brief already cites (a clause's whole sentence, whose other clause is a fact
    // already in the brief) would show the reader that sentence twice.
    if (c.widened && cited.some((r) => refsOverlap(r, c.ref))) return false;
    const bag = new Set(words(c.text));
    if (seen.some((s) => jaccard(s, bag) > opts.maxOverlap)) return false;
    // A run of words with content in common ("had not heard the audio") is one fact told twice.
    const run = phrases(c.text);
    if (sharesPhrase(run, runs)) return false;
    // Two claim groups the aligner kept apart can still tell one fact in other words: the matcher has the last say.
    if (chosenRefs.some((r) => input.restatement(r, c.ref) >= opts.maxRestatement)) return false;
    seen.push(bag);
    runs.push(run);
    chosenRefs.push(c.ref);
    // Cite the chosen wording first, then each other outlet's span that itself states it (not every span of the group).
    const others = c.claim.sources.filter((r) => r !== c.ref && input.restatement(c.ref, r) >= opts.minCitationScore);
    const sources = [c.ref, ...others];
    cited.push(...sources);
    chosen.push({ text: c.text, claims: [c.claim.id], sources, section });
    return true;
  };
  const byImportance = (a: Candidate, b: Candidate): number => b.outlets - a.outlets || a.position - b.position || a.subjectivity - b.subjectivity;
  // What every outlet agrees on is led by what they lead with: among consensus facts, the earliest in the articles first.
  // What more outlets lead with (their first sentence states it) comes first in either section: it is the story's core.
  const byLede = (a: Candidate, b: Candidate): number => b.ledes - a.ledes || a.position - b.position || byImportance(a, b);
  // Facts several outlets report: one an outlet leads with first, then the best supported.
  const inLede = (c: Candidate): number => (c.position <= opts.ledePosition ? 1 : 0);
  const byLedeThenImportance = (a: Candidate, b: Candidate): number => b.ledes - a.ledes || inLede(b) - inLede(a) || byImportance(a, b);

  const sections: Array<[string, (c: Candidate) => boolean, number]> = [
    [SECTION_OF.consensus, (c) => c.claim.status === 'consensus', opts.maxConsensus],
    [SECTION_OF.partial, (c) => c.claim.status === 'partial', opts.maxPartial],
    // A single-source detail is notable when it carries a figure or a full name (two capitalised words), and its one
    // wording stands alone (not "On the contrary, he suggested…", which answers a sentence the brief lacks).
    [SECTION_OF.unique, (c) => c.claim.status === 'unique' && /\d|\b\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(c.text) && !dangles(c.text), opts.maxUnique],
  ];
  // The brief opens on the story's core: when no consensus fact is any outlet's lede but a fact several outlets report
  // is, that fact leads (a background fact all of them mention is not the news they lead with).
  const consensusLedes = Math.max(0, ...candidates.filter((c) => c.claim.status === 'consensus').map((c) => c.ledes));
  const opener = candidates.filter((c) => c.claim.status === 'partial' && c.ledes > consensusLedes).sort(byLedeThenImportance)[0];
  const opened = opener !== undefined && take(opener, SECTION_OF.partial);
  for (const [section, accepts, max] of sections) {
    let taken = opened && section === SECTION_OF.partial ? 1 : 0;
    for (const c of candidates.filter(accepts).sort(section === 'consensus' ? byLede : section === 'majority' ? byLedeThenImportance : byImportance)) {
      if (taken >= max) break;
      if (take(c, section)) taken += 1;
    }
  }

  // The principal opposing reaction, when outlets report one and the brief has none yet.
  if (!chosen.some((s) => isReaction(s.text))) {
    const reaction = candidates.filter((c) => isReaction(c.text)).sort(byImportance).find((c) => take(c, SECTION_OF[c.claim.status]));
    if (reaction) placeInSection(chosen, [...sections.map(([name]) => name), 'conflict']);
  }

  for (const conflict of input.conflicts) {
    if ((conflict.confidence ?? 1) < opts.minConflictConfidence) continue;
    const sources = conflict.values.flatMap((v) => v.sources);
    if (!sources.length) continue;
    chosen.push({ text: describeConflict(conflict, byId), claims: [], sources, section: 'conflict' });
  }
  return withStatementLead(chosen);
}
