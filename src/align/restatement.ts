// Restatement: how closely one wording restates another, by the claim matcher, for later stages that must not run it.
import type { Restatement } from '../core/facts.js';
import { matchProfiles, profile, shippedMatcher, type Matcher, type Profile } from './matcher/index.js';

/**
 * A restatement scorer over the claim matcher: the matcher's score (0..1) of two wordings. Each wording is profiled once,
 * however many others it is compared with, so one scorer serves one dossier.
 * @param matcher the claim matcher (the shipped one by default)
 * @example restatementScorer()('Lee praised the rescue crews.', 'The rescue crews were praised by Lee.') // ≈ 0.8
 */
export function restatementScorer(matcher: Matcher = shippedMatcher()): Restatement {
  const profiles = new Map<string, Profile>();
  const prof = (text: string): Profile => profiles.get(text) ?? profiles.set(text, profile(text, matcher.model.buckets)).get(text)!;
  return (a, b) => matchProfiles(prof(a), prof(b), matcher).score;
}
