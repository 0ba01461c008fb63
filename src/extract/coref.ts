// Coreference within one article's entity layer: the entity a mention covers, a pronoun's antecedent, extra mentions.
import type { Mention, Span } from '../core/types.js';
import { quotedAt, sentenceAt, sentenceSpan, TokenCursor, type Doc } from '../nlp/index.js';
import { type EntityLayer, type Gender, isRoleHead, LEX } from './entities/index.js';

/** The entity one of whose mentions covers `offset`, or null. */
export function entityAt(layer: EntityLayer, offset: number): string | null {
  for (const m of layer.index) if (m.start <= offset && offset < m.end) return m.entity;
  return null;
}

/**
 * The entity a speaker phrase names: the one at its last word ("Putin's aide Yuri Ushakov" is Ushakov), unless that is
 * a place after a named person or body, which says where they come from ("Dana Whitcombe of Vermont").
 */
export function phraseEntity(layer: EntityLayer, span: Span): string | null {
  const last = entityAt(layer, span.end - 1);
  const kinds = new Map(layer.entities.map((e) => [e.id, e.kind]));
  if (!last || kinds.get(last) !== 'place') return last;
  const before = layer.index.filter((m) => m.start >= span.start && m.end < span.end && m.entity !== last);
  const named = before.filter((m) => kinds.get(m.entity) === 'person' || kinds.get(m.entity) === 'organization').at(-1);
  return named?.entity ?? last;
}

/** A quote of the article already attributed: where it is and whom it was credited to. */
export interface SpokenQuote {
  start: number;
  end: number;
  speaker: string | null;
}

/** What pronoun resolution reads besides the entity layer: the article's Doc and the quotes attributed before. */
export interface CorefContext {
  layer: EntityLayer;
  doc: Doc;
  quotes: readonly SpokenQuote[];
}

/** How many sentences back a pronoun's antecedent is looked for before falling back to the latest mention. */
const SENTENCES_BACK = 4;

/** A test of whether an entity can be what a pronoun of gender `want` refers to. */
function compatible(layer: EntityLayer, want: Gender): (m: Mention & { entity: string }) => boolean {
  const kinds = new Map(layer.entities.map((e) => [e.id, e.kind]));
  return (m) => {
    const kind = kinds.get(m.entity);
    if (kind !== 'person' && !(kind === 'other' && m.form === 'surname')) return false;
    const g = layer.gender.get(m.entity) ?? null;
    return !g || g === want;
  };
}

/**
 * The antecedent within sentence `s` (up to `before`): the speaker of a quote in it, else its first compatible person
 * named outside quotation marks (the subject, as a rule: "Sen. Ruiz would not go that far but said Cole must apologize").
 */
function antecedentIn(ctx: CorefContext, s: number, before: number, ok: (m: Mention & { entity: string }) => boolean): string | null {
  const { start, end } = sentenceSpan(ctx.doc, s);
  const limit = Math.min(end, before);
  const spoken = ctx.quotes.filter((q) => q.speaker && q.start < limit && q.end > start).at(-1);
  const idx = ctx.layer.index;
  if (spoken?.speaker && idx.some((m) => m.entity === spoken.speaker && ok(m))) return spoken.speaker;
  const first = idx.find((m) => m.start >= start && m.end <= limit && quotedAt(ctx.doc, m.start) < 0 && ok(m));
  return first?.entity ?? null;
}

/** A phrase ending at `end` is a clause's subject: the next word, past adverbs and a reflexive ("Steele himself declared"), is a verb. */
export function isSubject(T: TokenCursor, end: number): boolean {
  let k = T.after(end);
  while (k < T.n && (T.pos(k) === 'ADV' || (T.pos(k) === 'PRON' && /self$|selves$/i.test(T.t(k))))) k++;
  return T.pos(k) === 'VERB' || T.pos(k) === 'AUX';
}

/**
 * The antecedent of a pronoun inside its own sentence: the first compatible person named before it outside quotation
 * marks as the subject of a clause ("Steele declared … the comments he made, in which he said"; "While Abe praised
 * Trump, which he said …"). A person named only as an object ("After meeting Obama, he said") is no antecedent.
 */
function subjectBeforeIn(ctx: CorefContext, s: number, before: number, ok: (m: Mention & { entity: string }) => boolean): string | null {
  const { start } = sentenceSpan(ctx.doc, s);
  const T = new TokenCursor(ctx.doc);
  const m = ctx.layer.index.find((x) => x.start >= start && x.end <= before && quotedAt(ctx.doc, x.start) < 0 && ok(x) && isSubject(T, x.end));
  return m?.entity ?? null;
}

/**
 * Resolve a third-person pronoun at `offset` (a speaker "he said"): a clause subject named before it in its own
 * sentence; else, walking back sentence by sentence, the speaker of a
 * quote in the nearest sentence that has one or names a compatible person, else that sentence's first such person;
 * beyond a few sentences, the latest compatible person mentioned before.
 * @param pronoun the pronoun as written ("he", "She")
 * @example resolvePronoun(ctx, text.indexOf('she said'), 'she') // the woman (or person of unknown gender) just before
 */
export function resolvePronoun(ctx: CorefContext, offset: number, pronoun: string): string | null {
  const p = pronoun.toLowerCase();
  const want: Gender = LEX.pronMale.has(p) ? 'm' : LEX.pronFemale.has(p) ? 'f' : null;
  if (!want) return null;
  const ok = compatible(ctx.layer, want);
  const here = sentenceAt(ctx.doc, offset);
  const own = here >= 0 ? subjectBeforeIn(ctx, here, offset, ok) : null;
  if (own) return own;
  for (let s = here - 1; here >= 0 && s >= 0 && s >= here - SENTENCES_BACK; s--) {
    const found = antecedentIn(ctx, s, offset, ok);
    if (found) return found;
  }
  for (let k = ctx.layer.index.length - 1; k >= 0; k--) {
    const m = ctx.layer.index[k]!;
    if (m.start < offset && ok(m)) return m.entity;
  }
  return null;
}

/**
 * The organisation a definite description stands for ("The agency added" after "the Korean Central News Agency", "the
 * university said" after "Harwick University"): the latest organisation named before `offset` whose name ends in the
 * description's one noun. Null for any other phrase, or when no such organisation was named.
 * @example resolveDescription(layer, text.indexOf('The agency added'), 'The agency') // the news agency's entity id
 */
export function resolveDescription(layer: EntityLayer, offset: number, phrase: string): string | null {
  const head = /^the\s+(\p{L}+)$/iu.exec(phrase.trim())?.[1]?.toLowerCase();
  if (!head) return null;
  const byId = new Map(layer.entities.map((e) => [e.id, e]));
  for (let k = layer.index.length - 1; k >= 0; k--) {
    const m = layer.index[k]!;
    const e = byId.get(m.entity);
    if (m.start < offset && e?.kind === 'organization' && e.name.toLowerCase().split(/\s+/).at(-1) === head) return e.id;
  }
  return null;
}

/** Record an extra mention (e.g. a resolved pronoun) on an entity of the layer. */
export function addMention(layer: EntityLayer, entityId: string, mention: Mention): void {
  const e = layer.entities.find((x) => x.id === entityId);
  if (!e) return;
  e.mentions ??= [];
  if (e.mentions.some((m) => m.start === mention.start && m.end === mention.end)) return;
  e.mentions.push(mention);
  e.mentions.sort((x, y) => x.start - y.start);
}

/**
 * A plural noun naming people ("senators", "officials", "voters", "Democrats"): its lemma is its singular, and that is a
 * role, a capitalised group or ends like a noun of people. "Prices" and "talks" say nothing.
 */
function isPeoplePlural(T: TokenCursor, k: number): boolean {
  const w = T.lower(k);
  const one = T.l(k);
  if ((T.pos(k) !== 'NOUN' && T.pos(k) !== 'PROPN') || !w.endsWith('s') || one === w) return false;
  return isRoleHead(one) || /^\p{Lu}/u.test(T.t(k)) || LEX.groupHeadEndings.some((e) => one.endsWith(e));
}

/** The words a plural subject's phrase is made of, before its head ("Missouri Republican senators"). */
const PHRASE_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** The plural noun phrase that is a clause subject in tokens [a, b) outside quotation marks, the first one, or null. */
function pluralSubjectIn(ctx: CorefContext, T: TokenCursor, a: number, b: number): Span | null {
  for (let k = a; k < b; k++) {
    if (!isPeoplePlural(T, k) || T.pos(k + 1) === 'NOUN' || quotedAt(ctx.doc, T.start(k)) >= 0) continue;
    if (!isSubject(T, T.end(k))) continue;
    let j = k;
    // A coordinated modifier ("past and present senators") is left out: it is the last word kept before "and".
    while (j > a && PHRASE_POS.has(T.pos(j - 1)) && T.pos(j - 2) !== 'CCONJ') j--;
    return { start: T.start(j), end: T.end(k) };
  }
  return null;
}

/**
 * The group a plural pronoun speaker ("they said") stands for: the nearest plural noun phrase that is a clause subject,
 * before it in its own sentence or in the sentences before ("five Missouri Republican senators urged Akin to step aside.
 * … they said"); null when none is near, so that no bare pronoun is left as a speaker.
 * @example resolveGroup(ctx, text.indexOf('they said')) // the span of "Republican senators"
 */
export function resolveGroup(ctx: CorefContext, offset: number, pronoun: string): Span | null {
  const p = pronoun.toLowerCase();
  if (!LEX.pronPlural.has(p) || LEX.pronFirst.has(p)) return null;
  const T = new TokenCursor(ctx.doc);
  const here = sentenceAt(ctx.doc, offset);
  for (let s = here; here >= 0 && s >= 0 && s >= here - SENTENCES_BACK; s--) {
    const [a, b] = [ctx.doc.sentTokStart[s]!, s === here ? T.after(offset) : ctx.doc.sentTokEnd[s]!];
    const found = pluralSubjectIn(ctx, T, a, b);
    if (found) return found;
  }
  return null;
}
