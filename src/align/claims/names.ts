// The people of two claims: a claim naming someone the other leaves out reports another event.
import { nameBefore, REPORTING, type Profile } from '../matcher/index.js';

/** A name right before a reporting verb ("Trump confirmed that…") is the claim's source, not an actor of its event. */
export function reporterAt(p: Profile, i: number): boolean {
  for (let k = i + 1; k <= i + 2 && k < p.words.length; k++) if (REPORTING.has(p.words[k]!)) return true;
  return false;
}

/**
 * Is every name of `small` (its sources aside) in `bigStems`, the stems of the other claim? A name's first word may be
 * left out ("Vladimir Putin" / "Putin").
 * @example namesCovered(profile('Lee met Ray'), new Set(['lee', 'met', 'ray', 'friday'])) // true
 */
export function namesCovered(small: Profile, bigStems: Set<string>): boolean {
  for (const [i, c] of small.stems.entries())
    if (small.caps.has(c) && !bigStems.has(c) && !nameBefore(small, i, bigStems) && !reporterAt(small, i)) return false;
  return true;
}
