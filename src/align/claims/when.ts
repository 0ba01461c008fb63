// One action, the same people, the same time: two claims that agree on all three report one event, even when one names
// the action with a verb and the other with a noun ("would meet with Putin next week" / "has a meeting scheduled with
// Putin next week"), the classic criteria of event coreference (trigger, arguments, time).
import { countryOf } from '../../core/countries.js';
import { PLACELESS_TIME_WORDS, REPORTING, sketch, strongStems, TIME_MODIFIERS, TIME_WORDS, type Profile } from '../matcher/index.js';
import { namesCovered, reporterAt } from './names.js';

/**
 * The time phrases of a claim: each time word with the word that places it when there is one ("next week", "friday
 * morning" reads as "friday" and "morning"). A bare "week" or "year" places nothing and is left out.
 */
function timePhrases(p: Profile): Set<string> {
  const out = new Set<string>();
  p.words.forEach((w, i) => {
    if (!TIME_WORDS.has(w)) return;
    const before = p.words[i - 1] ?? '';
    if (TIME_MODIFIERS.has(before)) out.add(`${before} ${w}`);
    else if (!PLACELESS_TIME_WORDS.has(w)) out.add(w);
  });
  return out;
}

/** Does `b` name the action of one of `a`'s verbs, as a verb or as a noun of the same stem ("meet" / "meeting")? */
function sharedAction(a: Profile, b: Profile): string | null {
  const stems = sketch(b).stemSet;
  for (const stem of a.verbs.values()) if (stems.has(stem) && !REPORTING.has(stem)) return stem;
  return null;
}

/** Every name of the sparser claim is in the other (a different person is a different event), and they share one. */
function sameParticipants(a: Profile, b: Profile, action: string): boolean {
  const [small, big] = strongStems(a).size <= strongStems(b).size ? [a, b] : [b, a];
  const bigAll = sketch(big).stemSet;
  if (!namesCovered(small, big, bigAll)) return false;
  return small.stems.some((s, i) => small.caps.has(s) && !reporterAt(small, i) && bigAll.has(s) && s !== action);
}

/**
 * Do two claims report one event by action, people and time? They share a time phrase ("next week", "on Friday"), one
 * names the action of a verb of the other (as a verb or a noun of its stem), every name of the sparser one is in the
 * other and they share at least one.
 * @example sameTimedEvent(profile('Lee will meet Ray next week'), profile('Lee has a meeting with Ray set for next week')) // true
 */
export function sameTimedEvent(a: Profile, b: Profile): boolean {
  const ta = timePhrases(a);
  if (!ta.size) return false;
  const tb = timePhrases(b);
  if (![...ta].some((t) => tb.has(t))) return false;
  const action = sharedAction(a, b) ?? sharedAction(b, a);
  return action !== null && sameParticipants(a, b, action);
}

/** A demonym or another adjective made from a name ("Russian", "Japanese", "Israeli"). */
const DEMONYM = /(?:an|ese|ish|i)$/;

/**
 * The owner named right before token `i` of `p`, as a stem: a possessive name ("Ukraine's interests") or a demonym
 * ("Russian interests"); null for anything else, such as a subject before its verb ("Romney joined").
 */
function ownerBefore(p: Profile, i: number): string | null {
  const possessive = p.words[i - 1] === "'s" || p.words[i - 1] === '’s';
  const k = possessive ? i - 2 : i - 1;
  const s = p.stems[k];
  if (k < 0 || s === undefined || !p.caps.has(s)) return null;
  return possessive || DEMONYM.test(p.words[k]!) ? s : null;
}

/**
 * Two names for one referent: one is the other's stem ("Russia", "Russian"), or both stand for one country ("U.S.",
 * "American"; "Moscow", "Russian").
 */
function sameName(x: string, y: string): boolean {
  if (x.startsWith(y.slice(0, 5)) || y.startsWith(x.slice(0, 5))) return true;
  const country = countryOf(x);
  return country >= 0 && country === countryOf(y);
}

const ownersCache = new WeakMap<Profile, Map<string, string>>();

/** The owned words of a claim (not names, not verbs) with their owner's stem; read once per profile. */
function ownedWords(p: Profile): Map<string, string> {
  let owners = ownersCache.get(p);
  if (owners) return owners;
  owners = new Map();
  const verbs = new Set(p.verbs.values());
  for (const [i, s] of p.stems.entries()) {
    const owner = !p.caps.has(s) && p.content[i] && !verbs.has(s) ? ownerBefore(p, i) : null;
    if (owner) owners.set(s, owner);
  }
  ownersCache.set(p, owners);
  return owners;
}

/**
 * Does one thing of the two claims belong to different named owners: a shared word each claim puts right after a
 * different name ("Ukraine's interests" / "Russian interests", "Lee's plan" / "Ray's plan")? Such claims talk about
 * different things however many words they share.
 * @example ownersDiffer(profile("The plan was revised to align with Ukraine's interests"), profile('It was criticised for aligning with Russian interests')) // true
 */
export function ownersDiffer(a: Profile, b: Profile): boolean {
  const mine = ownedWords(a);
  if (!mine.size) return false;
  for (const [s, theirs] of ownedWords(b)) {
    const owner = mine.get(s);
    if (owner !== undefined && !sameName(owner, theirs)) return true;
  }
  return false;
}
