// Scores one dossier against an editor's gold for its event (../shared/events/*/gold.json); pure, so a test can check the arithmetic.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dossier, SourceRef } from '../src/index.js';
import { buildDoc, sentenceCount, sentenceTokens, tokenPos } from '../src/nlp/index.js';
import { repoRoot } from './shared.js';

/** Alternatives of lowercase substrings: a text matches when it contains every string of at least one alternative. */
export type KeywordsAny = string[][];

/** The gold format of ../shared/events/README.md; outlets are letters (`A`, `B`, …) mapped to files by `articles`. */
export interface EventGold {
  event: string;
  articles: Record<string, { file: string; outlet?: string }>;
  core_fact?: { claim: string; keywords_any: KeywordsAny };
  shared_claims: Array<{ claim: string; in: string[]; keywords_any: KeywordsAny }>;
  unique_claims: Array<{ claim: string; in: string; keywords_any: KeywordsAny }>;
  conflicts: Array<{ about: string; values: Record<string, string>; keywords_any: KeywordsAny }>;
  not_conflicts: Array<{ about: string; why?: string; keywords_any: KeywordsAny }>;
  quotes: Array<{ a: string; text: string; speaker: string }>;
  most_opinionated: string | null;
}

/** One figure of one event: `hit` out of `n` (or `n` = 0 when the event gives nothing to score for it). */
export interface Tally {
  hit: number;
  n: number;
}

export const METRICS = [
  'shared',
  'unique',
  'conflictRecall',
  'conflictPrecision',
  'trapsNotFlagged',
  'quotesFound',
  'speakerRight',
  'briefClean',
  'coreFactFirstTwo',
  'coreFactOneClaim',
  'mostOpinionated',
] as const;
export type Metric = (typeof METRICS)[number];

export interface EventScore {
  event: string;
  tallies: Record<Metric, Tally>;
  /** Human-readable misses, for EVAL_VERBOSE=1. */
  notes: string[];
}

interface DefectLists {
  unresolvedOpeners: string[];
  stopwords: string[];
}
const LISTS = JSON.parse(readFileSync(resolve(repoRoot, 'eval/data/brief-defects.json'), 'utf8')) as DefectLists;
const STOPWORDS = new Set(LISTS.stopwords);

/** Tuning of the checks, in one place (documented in eval/README.md). */
export const EVENT_SCORING = {
  /** A dossier quote "finds" a gold quote when it covers this share of the gold quote's word tokens. */
  quoteCoverage: 0.8,
  /** Two brief sentences are near-repeats at this token Jaccard or above. */
  repeatJaccard: 0.6,
  /** A cited span states its brief sentence when it holds at least this share of the sentence's content words. */
  citationSupport: 0.3,
  /** A brief sentence with fewer word tokens than this is a fragment. */
  minWords: 5,
} as const;

// ---------------------------------------------------------------------------------------------------------------------
// Text helpers

/** Curly quotes to straight ones, whitespace runs to one space, lowercase: the form every comparison uses. */
export const fold = (s: string): string =>
  s.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** True when `text` contains every string of at least one alternative (after folding both sides). */
export function matchesAny(text: string, alternatives: KeywordsAny): boolean {
  const t = fold(text);
  return alternatives.some((alt) => alt.length > 0 && alt.every((k) => t.includes(fold(k))));
}

const words = (s: string): string[] => fold(s).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
const contentWords = (s: string): string[] => words(s).filter((w) => !STOPWORDS.has(w) && w.length > 1);

function jaccard(a: string[], b: string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  if (!A.size && !B.size) return 0;
  let inter = 0;
  for (const w of A) if (B.has(w)) inter += 1;
  return inter / (A.size + B.size - inter);
}

/** Share of `part`'s tokens (as a multiset) found in `whole`. */
function coverage(part: string[], whole: string[]): number {
  if (!part.length) return 0;
  const left = new Map<string, number>();
  for (const w of whole) left.set(w, (left.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of part) {
    const c = left.get(w) ?? 0;
    if (c > 0) {
      hit += 1;
      left.set(w, c - 1);
    }
  }
  return hit / part.length;
}

/**
 * Same speaker, on normalised names (folded, a leading "the" and trailing possessive dropped): equal last words
 * ("Mr. Braley" = "Bruce Braley"), or the dossier's name contains the gold name ("the Obama campaign" holds
 * "Obama campaign"), or the gold name contains a dossier name of two words or more (an organisation's short form).
 * A gold name with a parenthesis matches on the part outside or the part inside it.
 */
export function sameSpeaker(ours: string | null | undefined, gold: string): boolean {
  if (!ours) return false;
  // "Maggie Haberman (The New York Times)", "Donald Trump (tweet)": the name outside and the one inside both count.
  const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(gold);
  if (paren) return sameSpeaker(ours, paren[1]!) || sameSpeaker(ours, paren[2]!);
  const norm = (s: string): string[] => words(s.replace(/'s\b/g, '')).filter((w, i) => !(i === 0 && w === 'the'));
  const o = norm(ours);
  const g = norm(gold);
  if (!o.length || !g.length) return false;
  if (o[o.length - 1] === g[g.length - 1]) return true;
  const has = (hay: string[], needle: string[]): boolean => ` ${hay.join(' ')} `.includes(` ${needle.join(' ')} `);
  return has(o, g) || (o.length >= 2 && has(g, o));
}

const ratio = (t: Tally): number => (t.n ? t.hit / t.n : 0);

// ---------------------------------------------------------------------------------------------------------------------
// The scorer

/** What every metric reads: the dossier, the gold, spans as text, articles as gold letters; misses go to `notes`. */
interface Context {
  dossier: Dossier;
  gold: EventGold;
  span: (r: SourceRef) => string;
  letter: (article: string) => string | undefined;
  notes: string[];
}
type DossierConflict = Dossier['conflicts'][number];
const tally = (hit: number, n: number): Tally => ({ hit, n });

/** Per gold shared claim, the best single group's share of the gold outlets; `hit` sums the shares. */
function sharedClaims({ dossier, gold, span, letter, notes }: Context): Tally {
  let sum = 0;
  for (const c of gold.shared_claims) {
    let best = 0;
    for (const group of dossier.claims) {
      const held = new Set<string>();
      for (const r of group.sources) {
        const l = letter(r.article);
        if (l && c.in.includes(l) && matchesAny(span(r), c.keywords_any)) held.add(l);
      }
      best = Math.max(best, held.size / c.in.length);
    }
    sum += best;
    if (best < 1) notes.push(`shared ${best.toFixed(2)} of [${c.in.join('')}]: ${c.claim}`);
  }
  return tally(sum, gold.shared_claims.length);
}

/**
 * The core fact as one claim: the best single group's share of the outlets that state it anywhere among the claims (a
 * member span of theirs matches the core fact's keywords). Not scored when fewer than two outlets state it.
 */
function coreFactOneClaim({ dossier, gold, span, letter, notes }: Context): Tally {
  const core = gold.core_fact;
  if (!core) return tally(0, 0);
  const heldBy = (g: Dossier['claims'][number]): Set<string> =>
    new Set(g.sources.flatMap((r) => (letter(r.article) && matchesAny(span(r), core.keywords_any) ? [letter(r.article)!] : [])));
  const stating = new Set(dossier.claims.flatMap((g) => [...heldBy(g)]));
  if (stating.size < 2) return tally(0, 0);
  const best = Math.max(...dossier.claims.map((g) => heldBy(g).size));
  if (best < stating.size) notes.push(`core fact in one claim for ${best} of the ${stating.size} outlets stating it: ${core.claim}`);
  return tally(best / stating.size, 1);
}

/** Unique details kept: at least one group holds a matching span of that outlet, and no such group another outlet. */
function uniqueClaims({ dossier, gold, span, letter, notes }: Context): Tally {
  let kept = 0;
  for (const u of gold.unique_claims) {
    const groups = dossier.claims.filter((g) => g.sources.some((r) => letter(r.article) === u.in && matchesAny(span(r), u.keywords_any)));
    if (groups.length > 0 && !groups.some((g) => g.sources.some((r) => letter(r.article) !== u.in))) kept += 1;
    else notes.push(`unique ${groups.length ? 'grouped with another outlet' : 'not among the claims'} [${u.in}]: ${u.claim}`);
  }
  return tally(kept, gold.unique_claims.length);
}

/**
 * Conflicts. A value of a dossier conflict supports gold outlet X of a gold conflict when one of the value's sources
 * lies in X's article and either that span matches the gold keywords or the value's words all occur in X's gold value.
 * A dossier conflict finds a gold conflict when two different values support two different gold outlets. A trap is
 * flagged when two different values of one dossier conflict each match its keywords (value text or a source span).
 */
function conflicts({ dossier, gold, span, letter, notes }: Context): { recall: Tally; precision: Tally; traps: Tally } {
  const finds = (dc: DossierConflict, gc: EventGold['conflicts'][number]): boolean => {
    const support = dc.values.map((v) => {
      const out = new Set<string>();
      const vw = words(v.value);
      for (const r of v.sources) {
        const l = letter(r.article);
        if (!l || !(l in gc.values)) continue;
        const gw = new Set(words(gc.values[l]!));
        if (matchesAny(span(r), gc.keywords_any) || (vw.length > 0 && vw.every((w) => gw.has(w)))) out.add(l);
      }
      return out;
    });
    return support.some((xs, i) => support.some((ys, j) => i !== j && [...xs].some((x) => [...ys].some((y) => x !== y))));
  };
  const found = gold.conflicts.filter((gc) => dossier.conflicts.some((dc) => finds(dc, gc)));
  for (const gc of gold.conflicts) if (!found.includes(gc)) notes.push(`conflict not found: ${gc.about}`);
  const right = dossier.conflicts.filter((dc) => gold.conflicts.some((gc) => finds(dc, gc)));
  for (const dc of dossier.conflicts) if (!right.includes(dc)) notes.push(`conflict not in gold: ${dc.topic} (${dc.values.map((v) => v.value).join(' / ')})`);
  const flags = (dc: DossierConflict, keywords: KeywordsAny): boolean =>
    dc.values.filter((v) => matchesAny(v.value, keywords) || v.sources.some((r) => matchesAny(span(r), keywords))).length >= 2;
  const flagged = gold.not_conflicts.filter((trap) => dossier.conflicts.some((dc) => flags(dc, trap.keywords_any)));
  for (const trap of flagged) notes.push(`trap flagged: ${trap.about}`);
  return {
    recall: tally(found.length, gold.conflicts.length),
    precision: tally(right.length, dossier.conflicts.length),
    traps: tally(gold.not_conflicts.length - flagged.length, gold.not_conflicts.length),
  };
}

/** Quotes: the dossier quote of that article covering the most of the gold quote's words (the shortest on a tie). */
function quotes({ dossier, gold, letter, notes }: Context): { found: Tally; speaker: Tally } {
  const entityName = new Map(dossier.entities.map((e) => [e.id, e.name]));
  let found = 0;
  let right = 0;
  for (const q of gold.quotes) {
    const gw = words(q.text);
    let best: { cov: number; len: number; speaker: string | null } | null = null;
    for (const dq of dossier.quotes) {
      if (letter(dq.article) !== q.a) continue;
      const dw = words(dq.text);
      const cov = coverage(gw, dw);
      if (!best || cov > best.cov || (cov === best.cov && dw.length < best.len)) {
        best = { cov, len: dw.length, speaker: dq.speakerName ?? (dq.speaker ? (entityName.get(dq.speaker) ?? null) : null) };
      }
    }
    if (!best || best.cov < EVENT_SCORING.quoteCoverage) {
      notes.push(`quote not found [${q.a}]: "${q.text.slice(0, 60)}"`);
      continue;
    }
    found += 1;
    if (sameSpeaker(best.speaker, q.speaker)) right += 1;
    else notes.push(`speaker ${best.speaker ?? 'none'} for ${q.speaker} [${q.a}]: "${q.text.slice(0, 60)}"`);
  }
  return { found: tally(found, gold.quotes.length), speaker: tally(right, found) };
}

/** Brief sentences without defect, and whether one of the first two states the core fact. */
function brief({ dossier, gold, span, notes }: Context): { clean: Tally; core: Tally } {
  const sentences = dossier.brief;
  let clean = 0;
  sentences.forEach((b, i) => {
    // A conflict line is composed from the values, its spans state the values, not the line: no citation check there.
    const cited = b.section === 'conflict' ? [] : b.sources.map(span);
    const defects = briefDefects(b.text, sentences.slice(0, i).map((x) => x.text), cited);
    if (defects.length === 0) clean += 1;
    else notes.push(`brief ${i + 1} ${defects.join(', ')}: ${b.text.slice(0, 90)}`);
  });
  const core = gold.core_fact;
  const coreHit = core ? sentences.slice(0, 2).some((b) => matchesAny(b.text, core.keywords_any)) : false;
  if (core && !coreHit) notes.push(`core fact not in the first two brief sentences: ${core.claim}`);
  return { clean: tally(clean, sentences.length), core: tally(coreHit ? 1 : 0, core ? 1 : 0) };
}

/** Most opinionated: the article with the highest subjectivity in the slant output against the gold's (none: not scored). */
function mostOpinionated({ dossier, gold, letter, notes }: Context): Tally {
  if (gold.most_opinionated === null) return tally(0, 0);
  let top: { article: string; subjectivity: number } | null = null;
  for (const s of dossier.slant) if (!top || s.subjectivity > top.subjectivity) top = s;
  const ours = top ? letter(top.article) : undefined;
  if (ours !== gold.most_opinionated) notes.push(`most opinionated ${ours ?? 'none'}, gold ${gold.most_opinionated}`);
  return tally(ours === gold.most_opinionated ? 1 : 0, 1);
}

/**
 * Scores `dossier` against `gold`. Articles are tied to gold letters by file name (`articles[].source` ends with the
 * gold's `file`); an article the gold does not name is ignored.
 * @example scoreEvent(await analyzeInputs(mdFiles), gold).tallies.shared
 */
export function scoreEvent(dossier: Dossier, gold: EventGold): EventScore {
  const letterOf = new Map<string, string>();
  const textOf = new Map<string, string>();
  for (const a of dossier.articles) {
    textOf.set(a.id, a.text);
    const base = a.source.split(/[\\/]/).pop() ?? a.source;
    for (const [letter, g] of Object.entries(gold.articles)) if (g.file === base) letterOf.set(a.id, letter);
  }
  const ctx: Context = {
    dossier,
    gold,
    span: (r) => textOf.get(r.article)?.slice(r.start, r.end) ?? '',
    letter: (article) => letterOf.get(article),
    notes: [],
  };
  // A failed stage leaves its part empty: say so before the misses it causes.
  for (const d of dossier.diagnostics) if (d.rule === 'stage-failed' || d.severity === 'error') ctx.notes.push(`diagnostic ${d.rule}: ${d.message}`);
  // In the order the notes should read.
  const shared = sharedClaims(ctx);
  const coreOne = coreFactOneClaim(ctx);
  const unique = uniqueClaims(ctx);
  const c = conflicts(ctx);
  const q = quotes(ctx);
  const b = brief(ctx);
  const opinion = mostOpinionated(ctx);
  return {
    event: gold.event,
    notes: ctx.notes,
    tallies: {
      shared,
      unique,
      conflictRecall: c.recall,
      conflictPrecision: c.precision,
      trapsNotFlagged: c.traps,
      quotesFound: q.found,
      speakerRight: q.speaker,
      briefClean: b.clean,
      coreFactFirstTwo: b.core,
      coreFactOneClaim: coreOne,
      mostOpinionated: opinion,
    },
  };
}

/** A definite description that its own restrictive clause resolves ("the company that runs the dam", "the decision by the delegates", "the agency's"…). */
const RESOLVED_AFTER = /^(?:that|who|which|whose|of|by|in|at|for|behind|running|leading)\b/;

const opensWith = (s: string): boolean => {
  const t = s.replace(/^[\s"'(,.;:—–-]+/, '');
  return LISTS.unresolvedOpeners.some((o) => {
    if (!(t === o || t.startsWith(`${o} `) || t.startsWith(`${o},`))) return false;
    // "The company that runs the Sella Dam says…" names what it is about; "The company said…" does not.
    return !(o.startsWith('the ') && RESOLVED_AFTER.test(t.slice(o.length + 1)));
  });
};

/**
 * What is wrong with one brief sentence, as short labels (empty when nothing is).
 * A sentence that opens with a quotation is read from its attribution ("…," he said): the quoted words are the speaker's.
 * @param earlier the brief sentences before it (a near-repeat is charged to the later sentence)
 * @param cited the text of each span it cites
 * @example briefDefects('He said so.', [], ['He said so.']) // ['unresolved pronoun', 'fragment: short']
 */
export function briefDefects(text: string, earlier: string[], cited: string[]): string[] {
  const out: string[] = [];
  const f = fold(text);
  const close = f.startsWith('"') ? f.indexOf('"', 1) : -1;
  if (close > 0 ? opensWith(f.slice(close + 1)) : opensWith(f)) out.push('unresolved pronoun');
  const first = text.replace(/^[\s"“‘']+/, '').charAt(0);
  if (/[)\]}.,;:!?—–-]/.test(first)) out.push('fragment: starts with punctuation');
  else if (first && first !== first.toUpperCase()) out.push('fragment: starts lowercase');
  const w = words(text);
  if (w.length < EVENT_SCORING.minWords) out.push('fragment: short');
  if (!hasVerb(text)) out.push('fragment: no verb');
  if (unbalancedQuotes(text)) out.push('fragment: quotation not closed');
  if (earlier.some((e) => jaccard(words(e), w) >= EVENT_SCORING.repeatJaccard)) out.push('near-repeat');
  const cw = contentWords(text);
  cited.forEach((c, i) => {
    if (cw.length && coverage(cw, contentWords(c)) < EVENT_SCORING.citationSupport) out.push(`citation ${i + 1} does not state it`);
  });
  return out;
}

/** Does a text open a double quotation it does not close (or close one it did not open)? */
export function unbalancedQuotes(text: string): boolean {
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  return count(/“/g) !== count(/”/g) || count(/"/g) % 2 === 1;
}

function hasVerb(text: string): boolean {
  const doc = buildDoc(text);
  for (let s = 0; s < sentenceCount(doc); s++) {
    const [from, to] = sentenceTokens(doc, s);
    for (let i = from; i < to; i++) if (tokenPos(doc, i) === 'VERB' || tokenPos(doc, i) === 'AUX') return true;
  }
  return false;
}

/**
 * Averages per-event figures: each event's ratio, averaged over the events that have something to score for the metric
 * (n > 0); `n` is the number of items summed over those events. Conflict rows are pooled instead (few per event).
 */
export function aggregate(scores: EventScore[], metric: Metric): { value: number; n: number; events: number } {
  const with_ = scores.filter((s) => s.tallies[metric].n > 0);
  const n = with_.reduce((sum, s) => sum + s.tallies[metric].n, 0);
  if (POOLED.has(metric)) {
    const hit = with_.reduce((sum, s) => sum + s.tallies[metric].hit, 0);
    // No dossier conflict at all: nothing wrongly flagged, precision 1 (recall carries the miss).
    return { value: n ? hit / n : metric === 'conflictPrecision' ? 1 : 0, n, events: with_.length };
  }
  const value = with_.length ? with_.reduce((sum, s) => sum + ratio(s.tallies[metric]), 0) / with_.length : 0;
  return { value, n, events: with_.length };
}
const POOLED = new Set<Metric>(['conflictRecall', 'conflictPrecision', 'trapsNotFlagged']);
