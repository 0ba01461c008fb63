// A claim's implicit subject: the person a pronoun subject stands for ("He defended the envoy"), the subject a
// coordinated predicate shares with the clause before it ("Trump spoke … and defended his envoy") and the noun a trailing
// "which" clause refers to ("the plan, which drew criticism"), so that alignment reads who or what a claim is about
// when its own words do not say.
import type { ArticleClaim, ClaimSubject } from '../core/facts.js';
import { quotedAt, sentenceAt, sentenceSpan, TokenCursor, type Doc } from '../nlp/index.js';
import type { Entity } from '../core/types.js';
import { isSubject, resolvePronoun } from './coref.js';
import { LEX, type EntityLayer } from './entities/index.js';

/** The article's entities by id, read once per article. */
type Entities = ReadonlyMap<string, Entity>;

/** How alignment reads an entity: a person by the surname outlets repeat ("Trump"), anything else by its name. */
function readingOf(entities: Entities, id: string): string | null {
  const e = entities.get(id);
  if (!e) return null;
  return e.kind === 'person' ? (e.name.split(/\s+/).at(-1) ?? e.name) : e.name;
}

/** The entity a subject pronoun at token `k` stands for, outside quotation marks (inside, it is the speaker's "he"). */
function pronounEntity(T: TokenCursor, layer: EntityLayer, k: number): string | null {
  const word = T.lower(k);
  if (!LEX.pronSubjects.has(word) || !isSubject(T, T.end(k)) || quotedAt(T.doc, T.start(k)) >= 0) return null;
  return resolvePronoun({ layer, doc: T.doc, quotes: [] }, T.start(k), word);
}

/**
 * The subject of sentence `s` before `before`: its first person or organisation named outside quotation marks as a
 * clause subject (a verb follows), or the one its opening pronoun stands for.
 */
function sentenceSubject(T: TokenCursor, layer: EntityLayer, entities: Entities, s: number, before: number): string | null {
  const { start } = sentenceSpan(T.doc, s);
  for (const m of layer.index) {
    if (m.start < start || m.end > before) continue;
    const kind = entities.get(m.entity)?.kind;
    if ((kind === 'person' || kind === 'organization') && quotedAt(T.doc, m.start) < 0 && isSubject(T, m.end)) return m.entity;
  }
  return pronounEntity(T, layer, T.after(start));
}

/** How far back the noun a trailing "which" clause refers to is looked for. */
const ANTECEDENT_REACH = 12;

/**
 * The noun a claim opening on "which" refers to, when the claim is a trailing relative clause cut off its sentence ("…
 * a 28-point peace proposal, which drew criticism…"): the nearest common noun before the comma, past names, prepositions
 * and verbs ("the plan was presented by the US, which reflected…" is about the plan). Null when the claim opens otherwise.
 */
function relativeAntecedent(T: TokenCursor, first: number): ClaimSubject | null {
  if (T.lower(first) !== 'which' || T.t(first - 1) !== ',') return null;
  for (let k = first - 2; k >= Math.max(0, first - ANTECEDENT_REACH); k--) {
    if (T.t(k) === '.' || quotedAt(T.doc, T.start(k)) >= 0) return null;
    if (T.pos(k) === 'NOUN') return { start: T.start(first), end: T.end(first), name: nounPhrase(T, k) };
  }
  return null;
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/**
 * A noun with the nouns and the possessor name before it ("Mr. Pompeo's trip", "the Senate vote"): what a relative
 * clause refers to, as words alignment can match ("Pompeo's trip, which took place over Easter" is about Pompeo's trip).
 */
function nounPhrase(T: TokenCursor, head: number): string {
  let k = head;
  while (k > 0 && (T.pos(k - 1) === 'NOUN' || T.pos(k - 1) === 'PROPN')) k--;
  if (k > 1 && POSSESSIVE.has(T.t(k - 1)) && T.pos(k - 2) === 'PROPN') {
    k -= 2;
    while (k > 0 && T.pos(k - 1) === 'PROPN') k--;
  }
  const words: string[] = [];
  for (let i = k; i <= head; i++) if (!POSSESSIVE.has(T.t(i))) words.push(T.pos(i) === 'PROPN' ? T.t(i) : T.lower(i));
  return words.join(' ');
}

/** How many tokens a fronted adverbial may run before the subject pronoun ("But on Thursday, in a rebuke of …, he …"). */
const FRONTED_REACH = 16;

/**
 * The subject pronoun after a claim's fronted adverbials ("But on Thursday, in an extraordinary rebuke of the president,
 * he decided…"): right after a comma, with no verb and no one named before it in the claim (either would be a clause or
 * a subject of its own). Null when there is none.
 */
function frontedPronoun(T: TokenCursor, layer: EntityLayer, first: number, end: number): { k: number; entity: string } | null {
  const named = (at: number): boolean => layer.index.some((m) => m.start <= at && at < m.end);
  for (let k = first + 1; k < first + FRONTED_REACH && T.start(k) < end; k++) {
    const pos = T.pos(k - 1);
    if (pos === 'VERB' || pos === 'AUX' || LEX.pronSubjects.has(T.lower(k - 1)) || (pos === 'PROPN' && named(T.start(k - 1)))) return null;
    if (T.t(k - 1) !== ',') continue;
    const entity = pronounEntity(T, layer, k);
    if (entity) return { k, entity };
  }
  return null;
}

/** The implicit subject of one claim, or null when its words name it or nothing is found. */
function subjectOf(T: TokenCursor, layer: EntityLayer, entities: Entities, c: ArticleClaim): ClaimSubject | null {
  const first = T.after(c.start);
  const relative = relativeAntecedent(T, first);
  if (relative) return relative;
  const pronoun = pronounEntity(T, layer, first);
  if (pronoun) {
    const name = readingOf(entities, pronoun);
    return name ? { start: T.start(first), end: T.end(first), name } : null;
  }
  const fronted = frontedPronoun(T, layer, first, c.end);
  if (fronted) {
    const name = readingOf(entities, fronted.entity);
    return name ? { start: T.start(fronted.k), end: T.end(fronted.k), name } : null;
  }
  // A predicate cut from its subject ("…, and defended his envoy's actions"): the claim opens on its verb mid-sentence.
  const s = sentenceAt(T.doc, c.start);
  if (s < 0 || c.start <= sentenceSpan(T.doc, s).start || T.pos(first) !== 'VERB' || quotedAt(T.doc, c.start) >= 0) return null;
  const id = sentenceSubject(T, layer, entities, s, c.start);
  const name = id ? readingOf(entities, id) : null;
  return name ? { start: c.start, end: c.start, name } : null;
}

/**
 * Note on each claim who it is about when its words do not say: a pronoun subject resolved, or the subject a coordinated
 * predicate shares (see `ArticleClaim.subject`).
 * @param doc the article's Doc
 * @param layer the article's entities (`entityLayer`)
 * @example claimSubjects(doc, layer, claims); claims[1].subject // { start: 57, end: 59, name: 'Trump' } for "He defended…"
 */
export function claimSubjects(doc: Doc, layer: EntityLayer, claims: ArticleClaim[]): void {
  const T = new TokenCursor(doc);
  const entities = new Map(layer.entities.map((e) => [e.id, e]));
  for (const c of claims) {
    const s = subjectOf(T, layer, entities, c);
    if (s) c.subject = s;
  }
}
