// Bias frames: a claim that says something leans toward a country ("criticised as favouring Russia", "tilted toward
// Moscow's interests", "too Russian-focused") — one fact that outlets word many ways, so its frame and target country
// link two claims that share little else.
import { countryOf } from '../../core/countries.js';
import { checkedSet } from '../../core/util/lists.js';
import { sketch, strongStems, type Profile } from '../matcher/index.js';
import frames from '../data/bias-frames.json' with { type: 'json' };

const CUES = checkedSet('align/data/bias-frames.json#cues', frames.cues);

const targetCache = new WeakMap<Profile, number>();

/** The country a claim says something leans toward (index into the country list), or -1. */
export function biasTarget(p: Profile): number {
  const cached = targetCache.get(p);
  if (cached !== undefined) return cached;
  let out = -1;
  for (let i = 0; i < p.words.length && out < 0; i++) {
    if (!CUES.has(p.words[i]!) && !CUES.has(p.lemmas[i]!)) continue;
    // "Russian-focused": the country right before a compound's cue; else within the window after it.
    for (let k = i - 1; k <= Math.min(p.words.length - 1, i + frames.window) && out < 0; k++) {
      if (k >= 0 && k !== i) out = countryOf(p.words[k]!.replace(/['’]s$/, ''));
    }
  }
  targetCache.set(p, out);
  return out;
}

/**
 * Do two claims put the same thing in the same bias frame? Both lean toward one country, and they share a strong word
 * besides the country's names (the thing: "plan", or the criticism: "criticism"/"critics" by their first six letters).
 * @example sameBiasFrame(profile('The plan was criticised as favouring Russia'), profile('Critics called the plan too Russian-focused')) // true
 */
export function sameBiasFrame(a: Profile, b: Profile): boolean {
  const target = biasTarget(a);
  if (target < 0 || target !== biasTarget(b)) return false;
  const other = sketch(b);
  for (const s of strongStems(a)) {
    if (countryOf(s) >= 0) continue;
    if (other.stemSet.has(s) || (s.length >= 6 && other.prefixes6.has(s.slice(0, 6)))) return true;
  }
  return false;
}
