// The people of two claims: a claim naming someone the other leaves out reports another event.
import { nameBefore, REPORTING, type Profile } from '../matcher/index.js';
import { countryOf } from '../../core/countries.js';

/** What a capitalised one-word country name or demonym of a claim qualifies: its country and the next stem. */
function countriesNamed(p: Profile): Set<string> {
  const out = new Set<string>();
  for (const [i, w] of p.words.entries()) {
    const k = p.caps.has(p.stems[i]!) ? countryOf(w) : -1;
    if (k >= 0) out.add(`${k} ${p.stems[i + 1] ?? ''}`);
  }
  return out;
}

/** A name right before a reporting verb ("Trump confirmed that…") is the claim's source, not an actor of its event. */
export function reporterAt(p: Profile, i: number): boolean {
  for (let k = i + 1; k <= i + 2 && k < p.words.length; k++) if (REPORTING.has(p.words[k]!)) return true;
  return false;
}

/**
 * Is every name of `small` (its sources aside) in `big`, whose stems are `bigStems`? A name's first word may be left out
 * ("Vladimir Putin" / "Putin"), and a country may be named by another of its words when both qualify the same thing
 * ("U.S. troops" / "American troops"; not "U.S. policies" / "American lawsuits").
 * @example namesCovered(profile('Lee met Ray'), profile('Ray and Lee met on Friday'), sketch(...).stemSet) // true
 */
export function namesCovered(small: Profile, big: Profile, bigStems: Set<string>): boolean {
  let countries: Set<string> | null = null;
  for (const [i, c] of small.stems.entries()) {
    if (!small.caps.has(c) || bigStems.has(c) || nameBefore(small, i, bigStems) || reporterAt(small, i)) continue;
    const k = countryOf(small.words[i]!);
    if (k < 0 || !(countries ??= countriesNamed(big)).has(`${k} ${small.stems[i + 1] ?? ''}`)) return false;
  }
  return true;
}
