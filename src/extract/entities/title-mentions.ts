// A title standing for a name ("the president", "the Kremlin aide", "Putin's aide", "its chief executive") as a mention
// of the person holding it: the latest fitting holder named before it, else the only one in the article.
import type { Entity } from '../../core/types.js';
import { escapeRegExp } from '../../core/util/regex.js';
import { type EntityContext, sentenceRanges } from './context.js';
import type { Merged, NamedMention } from './merge.js';
import { roleHead } from './roles.js';
import { isRoleHead, isRoleWord, isTitleDeterminer, LEX, POSSESSIVE, UPPER } from './words.js';
import { boundedMemo } from '../../core/util/bounded-memo.js';

/** Add a mention of the holder for each title standing for a name ("the president" -> the president named before). */
export function titleMentions(ctx: EntityContext, m: Merged): void {
  for (const [sa, sb] of sentenceRanges(ctx)) {
    for (let i = sa; i < sb; i++) {
      const mention = titleMentionAt(ctx, m, i, sa, sb);
      // In text order, so that the holder "named latest before" a later title is read by position.
      if (mention) m.index.splice(insertionPoint(m.index, mention.start), 0, mention);
    }
  }
}

/** Where a mention starting at `start` goes in the index sorted by start. */
function insertionPoint(index: readonly NamedMention[], start: number): number {
  let k = index.length;
  while (k > 0 && index[k - 1]!.start > start) k--;
  return k;
}

/** The title mention opening at token i of the sentence [sa, sb), if it names a known holder. */
function titleMentionAt(ctx: EntityContext, m: Merged, i: number, sa: number, sb: number): NamedMention | null {
  const { tok } = ctx;
  const possessive = tok.pos(i) === 'PROPN' && POSSESSIVE.has(tok.t(i + 1)) && (i === sa || !UPPER.test(tok.t(i - 1)));
  if (!isTitleDeterminer(tok.t(i)) && !possessive) return null;
  const k = titleHead(ctx, possessive ? i + 2 : i + 1, sb);
  if (k < 0) return null;
  const start = tok.start(i);
  // Qualifiers: the capitalised words before the head that are not title words ("Trump" in "the Trump aide").
  const quals: string[] = [];
  let qualPerson: Entity | undefined;
  for (let q = possessive ? i : i + 1; q < k; q++) {
    if (!UPPER.test(tok.t(q)) || isRoleWord(tok.t(q)) || POSSESSIVE.has(tok.t(q))) continue;
    quals.push(tok.lower(q));
    const e = mentionAt(m, tok.start(q));
    if (e?.kind === 'person') qualPerson = e;
  }
  const ent = roleHolder(m, tok.lower(k), quals, qualPerson, start);
  if (!ent) return null;
  return {
    article: ctx.article,
    start,
    end: tok.end(k),
    text: ctx.text.slice(start, tok.end(k)),
    form: 'title',
    entity: ent.name,
  };
}

/** The last token of a singular title head from token k ("the [special envoy]"), or -1 when none or a name follows it. */
function titleHead(ctx: EntityContext, k: number, sb: number): number {
  const { tok } = ctx;
  while (k < sb && !isRoleHead(tok.t(k)) && (isRoleWord(tok.t(k)) || tok.pos(k) === 'PROPN' || tok.pos(k) === 'ADJ'))
    k++;
  if (k >= sb || !isRoleHead(tok.t(k)) || (/s$/i.test(tok.t(k)) && !/ss$/i.test(tok.t(k)))) return -1;
  while (k + 1 < sb && isRoleHead(tok.t(k + 1))) k++;
  if (tok.pos(k + 1) === 'PROPN' || (tok.t(k + 1) === 'of' && tok.pos(k + 2) === 'PROPN')) return -1;
  if (tok.t(k + 1) === ',' && tok.pos(k + 2) === 'PROPN') return -1; // "The governor, Anselm Vick,": the name follows
  return k;
}

/** The entity a name mention (not a title) covers at `offset`. */
function mentionAt(m: Merged, offset: number): Entity | undefined {
  const x = m.index.find((y) => y.start <= offset && offset < y.end && y.form !== 'title');
  return x ? m.byName.get(x.entity.toLowerCase()) : undefined;
}

/**
 * Each word's whole-word pattern, compiled once: a title is weighed against every candidate's roles, and compiling the
 * pattern per role and word was the costliest step of reading entities (a tenth of it). Bounded: emptied when full.
 */
// Not global nor sticky: `test` keeps no state between roles.
const wordPattern = boundedMemo(10_000, (w: string): RegExp => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'iu'));

/** Does the role mention one of the words (as a whole word)? */
const roleMentions = (role: string, words: string[]): boolean => words.some((w) => wordPattern(w).test(role));

/**
 * How well `cand` fits a title with head `head`: 3 a sure fit, 2 a fit, 0 none. A qualifier naming a person ("the Trump
 * aide") must appear in the holder's role ("Trump's special envoy"), whatever its head; other qualifiers ("the Kremlin
 * aide") only break ties.
 */
function holderScore(cand: Entity | undefined, head: string, quals: string[], qualPerson: Entity | undefined): number {
  if (!cand || cand.kind !== 'person' || cand === qualPerson) return 0;
  const same = cand.roles.some((r) => roleHead(r) === head);
  if (qualPerson) {
    const personWords = qualPerson.name
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 1);
    return cand.roles.some((r) => roleMentions(r, personWords)) ? (same ? 3 : 2) : 0;
  }
  if (!same || placedElsewhere(cand, head, quals)) return 0;
  return quals.length && cand.roles.some((r) => roleMentions(r, quals)) ? 3 : 2;
}

/** A place or nationality word ("u.s.", "korean"). */
const isPlaceWord = (w: string): boolean => LEX.places.has(w) || LEX.demonyms.has(w);

/**
 * Does a title qualified by a place ("the U.S. president") name a holder whose role of that head names another
 * country ("South Korean President Moon") and never this one?
 */
function placedElsewhere(cand: Entity, head: string, quals: string[]): boolean {
  const places = quals.filter(isPlaceWord);
  if (!places.length) return false;
  const roles = cand.roles.filter((r) => roleHead(r) === head);
  const placeOf = (r: string): boolean => r.toLowerCase().split(/\s+/).some(isPlaceWord);
  return roles.some(placeOf) && !roles.some((r) => roleMentions(r, places));
}

/** Who holds the role `head` here: the best-fitting person mentioned latest before `start`, else the only fit in the article. */
function roleHolder(
  m: Merged,
  head: string,
  quals: string[],
  qualPerson: Entity | undefined,
  start: number,
): Entity | undefined {
  const score = (cand: Entity | undefined): number => holderScore(cand, head, quals, qualPerson);
  let best: Entity | undefined;
  let bestScore = 0;
  const seen = new Set<Entity>();
  for (let k = m.index.length - 1; k >= 0 && bestScore < 3; k--) {
    const x = m.index[k]!;
    if (x.end > start) continue;
    const cand = m.byName.get(x.entity.toLowerCase());
    if (!cand || seen.has(cand)) continue;
    seen.add(cand);
    const sc = score(cand);
    if (sc > bestScore) {
      best = cand;
      bestScore = sc;
    }
  }
  if (best) return best;
  const holders = m.entities.filter((e) => score(e) > 0);
  return holders.length === 1 ? holders[0] : undefined;
}
