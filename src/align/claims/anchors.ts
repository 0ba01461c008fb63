// Anchors: the rare, specific words two outlets share when they report one fact in different sentences ("a 97-1 vote"
// and "the final tally was 97-1"; "the lone 'no' vote … Harry Reid" and "Reid … was the lone opposition").
import { generalIdf, isStrong, type Profile } from '../matcher/index.js';
import type { ClaimContext } from './context.js';
import settings from '../data/alignment.json' with { type: 'json' };

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
  const wa = strongWords(a);
  const wb = strongWords(b);
  let words = 0;
  let plain = false;
  let figure = false;
  for (const [stem, w] of wa) {
    if (!wb.has(stem) || !rareInStory(ctx, stem)) continue;
    if (TALLY.test(w)) return true;
    if (/\d/.test(w)) figure ||= FIGURE.test(w);
    else if (generalIdf(stem, ctx.matcher) >= settings.anchorMinIdf) {
      words++;
      plain ||= !a.caps.has(stem) && !b.caps.has(stem);
    }
  }
  if (figure) return words >= 1;
  return plain && words >= settings.anchorMinWords;
}

