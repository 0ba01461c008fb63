// Restatement: how closely one cited wording restates another, by the claim matcher, for later stages that must not run it.
import type { Restatement } from '../core/facts.js';
import type { SourceRef } from '../core/types.js';
import type { Doc } from '../nlp/index.js';
import { matchEitherWay, profileSpan, shippedMatcher, type Matcher, type Profile } from './matcher/index.js';

/**
 * A restatement scorer over the claim matcher: the matcher's score (0..1) of two spans of the story's articles, each
 * profiled once from its article's Doc (the text is not read again), however many others it is compared with; a pair
 * the story's alignment already scored (in either order) is not scored again.
 * @param docs the Doc of each article id
 * @param matcher the claim matcher (the shipped one by default)
 * @example restatementScorer(docs)({ article: 'a1', start: 0, end: 40 }, { article: 'a2', start: 120, end: 170 }) // ≈ 0.8
 */
export function restatementScorer(docs: ReadonlyMap<string, Doc>, matcher: Matcher = shippedMatcher()): Restatement {
  const profiles = new Map<string, Profile>();
  const prof = (r: SourceRef): Profile => {
    const key = `${r.article}:${r.start}:${r.end}`;
    let p = profiles.get(key);
    if (!p) {
      const doc = docs.get(r.article);
      if (!doc) throw new Error(`restatement: no Doc for article ${r.article}`);
      profiles.set(key, (p = profileSpan(doc, r.start, r.end, matcher.model.buckets)));
    }
    return p;
  };
  // A pair alignment scored in the other order is read, not scored again.
  return (a, b) => matchEitherWay(prof(a), prof(b), matcher);
}
