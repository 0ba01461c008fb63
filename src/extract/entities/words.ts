// The word lists of entity finding as lookup sets (the lists stay data; see each file's `source`), and the word tests built on them.
import honorifics from '../data/honorifics.json' with { type: 'json' };
import pronouns from '../data/pronouns.json' with { type: 'json' };
import roles from '../data/roles.json' with { type: 'json' };
import orgCues from '../data/org-cues.json' with { type: 'json' };
import outlets from '../data/outlets.json' with { type: 'json' };
import places from '../data/places.json' with { type: 'json' };
import notNames from '../data/not-names.json' with { type: 'json' };
import placeCues from '../data/place-cues.json' with { type: 'json' };
import outletWords from '../data/outlet-words.json' with { type: 'json' };
import grammar from '../data/entity-grammar.json' with { type: 'json' };
import demonyms from '../data/demonyms.json' with { type: 'json' };
import thingCues from '../data/thing-cues.json' with { type: 'json' };
import parties from '../data/parties.json' with { type: 'json' };
import { checkedList, checkedLowerSet, checkedSet } from '../../core/util/lists.js';

const set = (where: string, items: readonly string[]): ReadonlySet<string> =>
  checkedLowerSet(`extract/data/${where}`, items);
const list = (where: string, items: readonly string[]): readonly string[] =>
  checkedList(`extract/data/${where}`, items);
const union = (...sets: ReadonlySet<string>[]): ReadonlySet<string> => new Set(sets.flatMap((s) => [...s]));

/** Honorifics as listed (male, female, then neutral), lower-case: "mr", "dame", "gen". */
export const HONORIFICS: readonly string[] = [
  ...list('honorifics.json#male', honorifics.male),
  ...list('honorifics.json#female', honorifics.female),
  ...list('honorifics.json#neutral', honorifics.neutral),
].map((x) => x.toLowerCase());

export const LEX = {
  honorMale: set('honorifics.json#male', honorifics.male),
  honorFemale: set('honorifics.json#female', honorifics.female),
  honorifics: new Set(HONORIFICS) as ReadonlySet<string>,
  pronMale: set('pronouns.json#male', pronouns.male),
  pronFemale: set('pronouns.json#female', pronouns.female),
  pronPlural: set('pronouns.json#plural', pronouns.plural),
  pronFirst: set('pronouns.json#first', pronouns.first),
  /** "he", "she": a claim opening with one is about the person it stands for. */
  pronSubjects: set('pronouns.json#subjects', pronouns.subjects),
  /** Singular endings of plural nouns that name people ("voters", "analysts"). */
  groupHeadEndings: list('pronouns.json#groupHeadEndings', pronouns.groupHeadEndings),
  pronouns: union(
    set('pronouns.json#male', pronouns.male),
    set('pronouns.json#female', pronouns.female),
    set('pronouns.json#plural', pronouns.plural),
    set('pronouns.json#first', pronouns.first),
    set('pronouns.json#neuter', pronouns.neuter),
  ),
  roleHeads: set('roles.json#heads', roles.heads),
  roleModifiers: set('roles.json#modifiers', roles.modifiers),
  roleMale: set('roles.json#male', roles.male),
  roleFemale: set('roles.json#female', roles.female),
  orgWords: set('org-cues.json#words', orgCues.words),
  /** Institution acronyms, compared as written: "UN" is one, "Un" (of "Kim Jong Un") is not. */
  orgAcronyms: new Set(list('org-cues.json#acronyms', orgCues.acronyms)),
  /** "Corvane Energy said in a statement": an institution speaking. */
  statementCues: list('org-cues.json#statementCues', orgCues.statementCues).map((x) => x.toLowerCase()),
  /** Last words of outlet names ("Courier", "Ledger"): an organisation when they end a multi-word name. */
  outletWords: set('outlet-words.json#words', outletWords.words),
  placeSuffixes: set('place-cues.json#suffixes', placeCues.suffixes),
  outlets: set('outlets.json#names', outlets.names),
  /** The outlet names as written, longest first. */
  outletNames: [...list('outlets.json#names', outlets.names)].sort((a, b) => b.length - a.length),
  places: set('places.json#names', [...places.names, ...places.stateAbbreviations]),
  placePreps: set('places.json#prepositions', places.prepositions),
  notNames: set('not-names.json#words', notNames.words),
  /** Words of nationality ("Korean", "Americans") and the compass words that open some ("North Korean"). */
  demonyms: set('demonyms.json#words', demonyms.words),
  compass: set('demonyms.json#compass', demonyms.compass),
  /** Last words of the names of events, agreements, laws and programmes ("War", "Partnership", "Olympics"). */
  thingSuffixes: set('thing-cues.json#suffixes', thingCues.suffixes),
  /** A party's member ("Republican", "Democrats"). */
  partyMembers: set('parties.json#members', parties.members),
};

/** The function words read around a name (extract/data/entity-grammar.json). */
export const GRAMMAR = {
  /** Particles inside a name, matched as written ("of", "van", "&"). */
  connectors: checkedSet('extract/data/entity-grammar.json#connectors', grammar.connectors, false),
  /** Particles inside a body's name after an institution word ("Center for …"), matched as written. */
  bodyConnectors: checkedSet('extract/data/entity-grammar.json#bodyConnectors', grammar.bodyConnectors, false),
  determiners: set('entity-grammar.json#determiners', grammar.determiners),
  possessiveDeterminers: set('entity-grammar.json#possessiveDeterminers', grammar.possessiveDeterminers),
  titleDeterminers: set('entity-grammar.json#titleDeterminers', grammar.titleDeterminers),
  /** "X, who serves as …", matched as written. */
  appositiveVerbs: checkedSet('extract/data/entity-grammar.json#appositiveVerbs', grammar.appositiveVerbs, false),
  rolePrepositions: list('entity-grammar.json#rolePrepositions', grammar.rolePrepositions),
  groupPluralSuffixes: list('entity-grammar.json#groupPluralSuffixes', grammar.groupPluralSuffixes),
};

/** A preposition that opens a role's complement ("aide to X", "a spokesman for Y"). */
export const isRolePreposition = (w: string): boolean => GRAMMAR.rolePrepositions.includes(w.toLowerCase());

/** A capitalised word. */
export const UPPER = /^\p{Lu}/u;
/** Possessive marks as the tokenizer splits them off ("Putin" "'s"). */
export const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
/** A word of two to six capitals: the shape of an acronym ("NATO", "ECB"). */
export const ACRONYM = /^[\p{Lu}]{2,6}$/u;

/**
 * A name made only of words of nationality, a compass word opening them ("North Korean", "Japanese", "Americans"): a
 * people, or the qualifier of a title ("North Korean leader Kim Jong Un"), never one person.
 * @example isNationality(['South', 'Korean']) === true; isNationality(['Korean', 'War']) === false
 */
export function isNationality(words: readonly string[]): boolean {
  const ws = words.map((w) => w.toLowerCase());
  const last = ws.length - 1;
  return last >= 0 && ws.every((w, k) => LEX.demonyms.has(w) || (k < last && LEX.compass.has(w)));
}

/**
 * A name that only describes whom it stands for: a nationality, or a party member with places or nationalities before
 * it ("Arizona Republican", "Democrats").
 * @example isAffiliation(['Arizona', 'Republican']) === true; isAffiliation(['Chuck', 'Grassley']) === false
 */
export function isAffiliation(words: readonly string[]): boolean {
  const ws = words.map((w) => w.toLowerCase());
  const placed = (w: string): boolean => LEX.places.has(w) || LEX.demonyms.has(w) || LEX.compass.has(w);
  return isNationality(words) || (LEX.partyMembers.has(ws.at(-1) ?? '') && ws.slice(0, -1).every(placed));
}

/** Lower case without a final full stop ("Gen." -> "gen"). */
export const stripDot = (w: string): string => w.toLowerCase().replace(/\.$/, '');
export const isHonorific = (w: string): boolean => LEX.honorifics.has(stripDot(w));
export const isRoleHead = (w: string): boolean => LEX.roleHeads.has(w.toLowerCase());
/** A word opening a title that stands for a name: "the" president, "its" chief executive. */
export const isTitleDeterminer = (w: string): boolean => GRAMMAR.titleDeterminers.has(w.toLowerCase());
/** A word of a title: a role head or a modifier that may precede one ("former", "special", "prime"). */
export const isRoleWord = (w: string): boolean => {
  const l = w.toLowerCase();
  return LEX.roleHeads.has(l) || LEX.roleModifiers.has(l);
};

/** The capitals of a name's capitalised words ("European Central Bank" -> "ECB"), to match an acronym to its body. */
export const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter((w) => UPPER.test(w))
    .map((w) => w[0])
    .join('');

export type Gender = 'm' | 'f' | null;

/** The gender a gendered role or honorific word implies ("spokeswoman", "king"), else `current`. */
export function genderOfWord(
  word: string,
  male: ReadonlySet<string>,
  female: ReadonlySet<string>,
  current: Gender,
): Gender {
  let gender = current;
  if (male.has(word)) gender = 'm';
  if (female.has(word)) gender = 'f';
  return gender;
}
