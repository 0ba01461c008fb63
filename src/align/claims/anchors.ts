// Anchors: the rare, specific words two outlets share when they report one fact in different sentences ("a 97-1 vote"
// and "the final tally was 97-1"; "the lone 'no' vote … Harry Reid" and "Reid … was the lone opposition").
import { generalIdf, isStrong, type Profile } from '../matcher/index.js';
import { wordSimilarity } from '../../nlp/index.js';
import type { ClaimContext } from './context.js';
import settings from '../data/alignment.json' with { type: 'json' };
import counted from '../data/anchors.json' with { type: 'json' };
import cues from '../data/conflict-cues.json' with { type: 'json' };

/** A tally or score ("97-1", "348-77"): specific enough on its own to name the event it counts. */
const TALLY = /^\d+-\d+$/;
/** A figure that names a quantity rather than a small count ("2,000", "7,000", "5.7"): not "two", not "3". */
const FIGURE = /\d[\d,.]*\d|\d{2,}/;

const strongCache = new WeakMap<Profile, Map<string, string>>();

/**
 * The distinct strong words of a profile (surface forms, so "97-1" stays one token), keyed by stem; read once per
 * profile, however many candidate pairs it is in.
 */
function strongWords(p: Profile): Map<string, string> {
  const cached = strongCache.get(p);
  if (cached) return cached;
  const out = new Map<string, string>();
  p.words.forEach((w, i) => {
    if (isStrong(p, i)) out.set(p.stems[i]!, w);
  });
  strongCache.set(p, out);
  return out;
}

/**
 * A stem is rare in the story when the articles that use it use it about once each (`anchorMaxPerArticle` claims per
 * article). Names every outlet repeats (the story's protagonists) are not rare, so they never anchor a pair on their
 * own; counting per article that uses the stem keeps the test the same whatever unrelated articles share the run.
 */
function rareInStory(ctx: ClaimContext, stem: string): boolean {
  return (ctx.df.get(stem) ?? 0) <= Math.max(2, settings.anchorMaxPerArticle * (ctx.articleDf.get(stem) ?? 0));
}

/**
 * Do two claims of different outlets share anchors enough to state one fact? A tally alone is enough; a rare figure
 * with one more rare word, or `anchorMinWords` rare words, are, provided one of them is not a name: two sentences that
 * both mention "Paul Ryan" or "the Center for Strategic and International Studies" may say anything about them. A word
 * anchors only when it is telling in general news too (`anchorMinIdf`: "vanished", not "including"). Sharing only
 * common words of the story never is.
 * @example sharedAnchors(ctx, profile('This followed a 97-1 vote'), profile('The final tally was 97-1')) // true
 */
export function sharedAnchors(ctx: ClaimContext, a: Profile, b: Profile): boolean {
  if (sameCount(a, b)) return true;
  const wa = strongWords(a);
  const wb = strongWords(b);
  let words = 0;
  let plain = false;
  let figure = false;
  for (const [stem, w] of wa) {
    if (!wb.has(stem) || !rareInStory(ctx, stem) || CLOCK.has(w)) continue;
    if (TALLY.test(w)) return true;
    if (/\d/.test(w)) figure ||= figures(a).has(w) && figures(b).has(w);
    else if (generalIdf(stem, ctx.matcher) >= settings.anchorMinIdf) {
      words++;
      plain ||= !a.caps.has(stem) && !b.caps.has(stem);
    }
  }
  if (figure) return words >= 1;
  return plain && words >= settings.anchorMinWords;
}

const CLOCK = new Set(counted.clockWords);
const NUMBER_WORDS = new Set(counted.numberWords);
const MAGNITUDES = new Set(counted.magnitudeWords);
/** Words after a figure that make it no count of a thing: clock times and the generic units many facts share. */
const NOT_COUNTED = new Set([...CLOCK, ...cues.genericUnits]);

const figureCache = new WeakMap<Profile, Map<string, Set<string>>>();
/** A figure with letters right after it, as one string. */
const GLUED = /\d[\d,.]*\p{L}+/gu;

/**
 * The figures of a profile (surface forms; number words from three up count too), each with the lemmas of the content
 * words just after it: what it counts ("2,000 American troops"). A clock time ("10 a.m.") and a figure glued into a
 * name ("the 76ers", read as "76" and "ers") are no figures: two sentences at the same hour, or about the same team, may
 * report anything. A generic unit ("36 years") is no counted thing. Read once per profile.
 */
function figures(p: Profile): Map<string, Set<string>> {
  const cached = figureCache.get(p);
  if (cached) return cached;
  const out = new Map<string, Set<string>>();
  // Figures written against letters ("76ers"), collected in one pass over the text (not one search per figure).
  const glued = new Set(p.text.toLowerCase().match(GLUED) ?? []);
  p.words.forEach((w, i) => {
    const next = p.words[i + 1] ?? '';
    if (!(FIGURE.test(w) || NUMBER_WORDS.has(w)) || TALLY.test(w) || CLOCK.has(next) || glued.has(w + next)) return;
    const things = out.get(w) ?? new Set<string>();
    // A generic unit is what the figure counts ("36-year-old", "10 feet"): nothing after it is.
    // A magnitude is part of the figure ("5.7 billion"): the counted thing comes after it.
    let k = i + 1;
    while (k < p.words.length && MAGNITUDES.has(p.words[k]!)) k++;
    for (const stop = k + counted.countedReach; k < stop && k < p.words.length && !NOT_COUNTED.has(p.lemmas[k]!); k++) {
      if (p.content[k] && !/\d/.test(p.words[k]!)) things.add(p.lemmas[k]!);
    }
    out.set(w, things);
  });
  figureCache.set(p, out);
  return out;
}

/** Do two counted words (lemmas) name one kind of thing ("troops"/"soldiers", "sites"/"locations")? */
const sameThing = (a: string, b: string): boolean => a === b || wordSimilarity(a, b) >= counted.thingSimilarity;

/**
 * Do two claims give the same figure of the same thing ("pull all 2,000 troops", "withdraw roughly 2,000 American
 * troops", "five sites" / "five locations")? One count of one kind of thing is one fact, whatever else each sentence says
 * around it.
 */
function sameCount(a: Profile, b: Profile): boolean {
  const fb = figures(b);
  for (const [w, things] of figures(a)) {
    const other = fb.get(w);
    if (other && [...things].some((t) => [...other].some((u) => sameThing(t, u)))) return true;
  }
  return false;
}
