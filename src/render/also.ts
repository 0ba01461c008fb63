// "Also reported, in other words, by …": the outlets of a brief sentence's claim group that the sentence does not cite.
// A citation points only at a span that states the sentence itself; the group's other outlets report the fact in their
// own words, and the reports list them (with a span each) so an "all agree" sentence with one citation still shows who
// else reports it. The web page's brief view (web/src/views/brief.ts) reads the same list.
import type { BriefSentence, Claim, SourceRef } from '../core/types.js';

/**
 * Per outlet of the sentence's claims that the sentence does not cite, its first span in the group (reading order).
 * @param outletOf the outlet an article counts for (its name, or its id when it has none)
 * @example alsoReported(sentence, claimsById, (id) => byId.get(id)?.outlet ?? id) // [{ outlet: 'Fox News', ref }]
 */
export function alsoReported(s: Pick<BriefSentence, 'claims' | 'sources'>, claims: ReadonlyMap<string, Claim>, outletOf: (article: string) => string): Array<{ outlet: string; ref: SourceRef }> {
  const cited = new Set(s.sources.map((r) => outletOf(r.article)));
  const out = new Map<string, SourceRef>();
  for (const id of s.claims)
    for (const ref of claims.get(id)?.sources ?? []) {
      const outlet = outletOf(ref.article);
      if (!cited.has(outlet) && !out.has(outlet)) out.set(outlet, ref);
    }
  return [...out].map(([outlet, ref]) => ({ outlet, ref }));
}
