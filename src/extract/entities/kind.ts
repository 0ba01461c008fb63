// The kind of a name without a trained NER: person, organisation, place or other, from cue words, titles and shape.
import type { EntityKind } from '../../core/types.js';
import { alternation, escapeRegExp } from '../../core/util/regex.js';
import type { EntityContext } from './context.js';
import { GRAMMAR, isAffiliation, LEX, stripDot } from './words.js';

/** Group plurals ("Native Americans", "Democrats"): two capitalised words ending so are no personal name. */
const GROUP_PLURAL = new RegExp(`(?:${alternation(GRAMMAR.groupPluralSuffixes)})$`);

/** What the kind of a name is read from. */
export interface NameReading {
  /** Token i opens the capitalised run; the name proper is tokens [p, e). */
  i: number;
  p: number;
  e: number;
  name: string;
  /** The name's tokens as written. */
  words: readonly string[];
  honorific: boolean;
  role: string | null;
}

/** A kind, how sure it is, and whether it rests only on the name's shape. */
export interface KindReading {
  kind: EntityKind;
  /** Read from a cue (title, honorific, organisation or place word, a listed name), not from shape alone. */
  strong: boolean;
  /** A person only because it is two to four capitalised words: the weakest evidence, overruled by "said in a statement". */
  weakPerson: boolean;
}

/**
 * The kind of a name, strongest evidence first: honorific or role (person), organisation cue, place cue, then shape.
 * @example kindOf(ctx, { name: 'Corvane Energy', … }).kind === 'organization'
 */
export function kindOf(ctx: EntityContext, r: NameReading): KindReading {
  const words = r.words.map((w) => stripDot(w));
  const last = words[words.length - 1] ?? '';
  const l = r.name.toLowerCase();
  // Words as written: "U.S.-led" and "Trump-Abe" are one word each, though the tokenizer splits them in three.
  const size = r.words.length;
  // "Corvane Energy", "Brenna Valley Courier": an institution suffix ends the name.
  const acronym = (w: string): boolean => LEX.orgAcronyms.has(w.replace(/\.$/, ''));
  const orgSuffix = size >= 2 && (LEX.orgWords.has(last) || LEX.outletWords.has(last) || acronym(r.words[r.words.length - 1] ?? ''));
  // "North Korean", "the Japanese": a people, even before a role ("North Korean leader Kim Jong Un"); "the Arizona
  // Republican": a description.
  if (isAffiliation(words)) return strong('other');
  if (r.honorific || (r.role && !orgSuffix)) return strong('person');
  if (
    LEX.outlets.has(l) ||
    LEX.outlets.has(l.replace(/^the /, '')) ||
    orgSuffix ||
    words.some((w) => LEX.orgWords.has(w)) ||
    r.words.some(acronym)
  )
    return strong('organization');
  if (LEX.places.has(l) || (size >= 2 && LEX.placeSuffixes.has(last))) return strong('place');
  // "Korean War", "Trans-Pacific Partnership", "Asian Studies Program": an event, agreement or programme, no person.
  if (size >= 2 && (LEX.thingSuffixes.has(last) || words.slice(0, -1).some((w) => LEX.demonyms.has(w)))) return strong('other');
  // An all-caps word also written in ordinary case in the article ("HALLOWAY, March 3 –" dateline) is that word, not an acronym.
  if (/^[\p{Lu}\s.'’-]+$/u.test(r.name) && /\p{Lu}{2}/u.test(r.name) && hasOrdinaryCase(ctx.text, r.name))
    return weak('other');
  if (/^[\p{Lu}.&]{2,}$/u.test(r.name)) return weak('organization');
  if (r.i > 0 && LEX.placePreps.has(ctx.tok.lower(r.i - 1)) && size === 1) return weak('place');
  // Two to four capitalised words are a personal name, unless they end in a group plural ("Native Americans").
  if (size >= 2 && size <= 4 && !GROUP_PLURAL.test(last)) return { kind: 'person', strong: false, weakPerson: true };
  return weak('other');
}

const strong = (kind: EntityKind): KindReading => ({ kind, strong: true, weakPerson: false });
const weak = (kind: EntityKind): KindReading => ({ kind, strong: false, weakPerson: false });

/** Is an all-caps name also written in ordinary case somewhere in the text? */
function hasOrdinaryCase(text: string, name: string): boolean {
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'giu')))
    if (m[0] !== name && /\p{Ll}/u.test(m[0])) return true;
  return false;
}

/** Is the name ending at token e followed by an institutional speech cue ("said in a statement")? */
export function statementFollows(ctx: EntityContext, e: number): boolean {
  const end = ctx.tok.end(e - 1);
  const tail = ctx.text
    .slice(end, end + 48)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trimStart();
  return LEX.statementCues.some((c) => tail.startsWith(c));
}

/**
 * One distinctive word and then only institution words, so the first word alone names it.
 * @example isSuffixedName('Corvane Energy') === true; isSuffixedName('Acme Holdings Ltd') === true
 */
export function isSuffixedName(name: string): boolean {
  const ws = name.toLowerCase().split(/\s+/).map(stripDot);
  return ws.length >= 2 && ws.slice(1).every((w) => LEX.orgWords.has(w) || LEX.outletWords.has(w));
}
