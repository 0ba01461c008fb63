// The claim-alignment modules one by one (blocking, linking and grouping, outlets) and the conflict detector registry,
// on small hand-written stories about a footbridge over the (made-up) Orla river.
import { describe, expect, it } from 'vitest';
import type { Article, ConflictKind } from '../src/core/types.js';
import type { ArticleClaim } from '../src/core/facts.js';
import { articleFromText } from '../src/core/article.js';
import { buildDoc } from '../src/nlp/index.js';
import { extractClaims } from '../src/extract/index.js';
import { alignClaims, claimStatus, outletKey, profile, shippedMatcher } from '../src/align/index.js';
import { blockingKeys, candidatePairs, listKeyWeight } from '../src/align/claims/blocking.js';
import { claimContext } from '../src/align/claims/context.js';
import { linkedEdges } from '../src/align/claims/link.js';
import { mergeGroups } from '../src/align/claims/group.js';
import { DETECTORS, detectConflicts, marksChange, type ConflictDetector } from '../src/align/conflicts/index.js';
import { countDetector } from '../src/align/conflicts/figures.js';

const matcher = shippedMatcher();
const story = (...texts: Array<[string, string, Partial<Article>?]>): Article[] =>
  texts.map(([id, text, fields]) => articleFromText(id, text, { outlet: `${id.toUpperCase()} Daily`, published: '2026-03-04', ...fields }));
const claimsOf = (articles: Article[]): ArticleClaim[][] => articles.map((a) => extractClaims(a, buildDoc(a.text, a.paragraphs)));

/** Every cross-article pair of a story's claims, as alignment's blocking would hand them to the detectors. */
function crossPairs(flat: readonly ArticleClaim[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < flat.length; i++) for (let j = i + 1; j < flat.length; j++) if (flat[i]!.article !== flat[j]!.article) out.push([i, j]);
  return out;
}

/** Conflicts between two one-sentence articles from different outlets. */
function conflictsOf(a: string, b: string, detectors: readonly ConflictDetector[] = DETECTORS) {
  const flat = claimsOf(story(['a', a], ['b', b])).flat();
  return detectConflicts(flat, crossPairs(flat), (id) => id, matcher, detectors);
}

// One pair per kind: the same sentence with one value changed.
const PAIRS: Record<ConflictKind, [string, string, string[]]> = {
  count: [
    'Rescuers said 14 people were injured when the footbridge over the Orla river collapsed.',
    'Rescuers said 19 people were injured when the footbridge over the Orla river collapsed.',
    ['14 people', '19 people'],
  ],
  number: [
    'Turnout in the ferry referendum reached 64% on Sunday, the electoral board said.',
    'Turnout in the ferry referendum reached 71% on Sunday, the electoral board said.',
    ['64%', '71%'],
  ],
  date: [
    'The footbridge over the Orla river collapsed on March 2, rescuers said.',
    'The footbridge over the Orla river collapsed on March 3, rescuers said.',
    ['March 2', 'March 3'], // as written; the values are keyed by the resolved days
  ],
  outcome: [
    'The council voted 7-2 on Tuesday to approve the Orla footbridge repairs.',
    'The council voted 7-2 on Tuesday to reject the Orla footbridge repairs.',
    ['approve', 'reject'],
  ],
  actor: [
    'On Monday, Mayor Anna Kowal opened the rebuilt footbridge over the Orla river.',
    'On Monday, Governor Piet Laar opened the rebuilt footbridge over the Orla river.',
    ['Governor Piet Laar', 'Mayor Anna Kowal'],
  ],
  place: [
    'A footbridge collapsed in Tarnow after the Orla river flooded its banks.',
    'A footbridge collapsed in Kelso after the Orla river flooded its banks.',
    ['Kelso', 'Tarnow'],
  ],
};

describe('conflict detector registry', () => {
  it('registers each conflict kind exactly once', () => {
    const kinds = DETECTORS.map((d) => d.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    // PAIRS is typed Record<ConflictKind, …>: a kind added to the union without a pair here fails the typecheck.
    expect([...kinds].sort()).toEqual(Object.keys(PAIRS).sort());
  });

  for (const [kind, [a, b, values]] of Object.entries(PAIRS)) {
    it(`finds a ${kind} conflict, and only that, when one ${kind} differs`, () => {
      const got = conflictsOf(a, b);
      expect(got.map((c) => c.kind)).toEqual([kind]);
      expect(got[0]!.values.map((v) => v.value).sort()).toEqual(values);
      // The topic is the claim with the disputed value left out.
      for (const v of values) expect(got[0]!.topic).not.toContain(v.replace(/ people$/, ''));
    });
  }

  it('finds nothing when the values agree', () => {
    expect(conflictsOf(PAIRS.count[0], PAIRS.count[0])).toEqual([]);
  });

  it('runs the detectors it is given: a new one is picked up, a dropped one finds nothing', () => {
    // A made-up detector: the first words differ ("Rescuers" / "Medics"), read as who said it.
    const firstWord: ConflictDetector = {
      kind: 'actor',
      detect: (pair) => {
        const [x, y] = [pair.a.text.split(' ')[0]!, pair.b.text.split(' ')[0]!];
        return x === y ? [] : [{ unit: 'speaker', a: [x], b: [y], rank: 0, confidence: 0.5 }];
      },
      label: (_claim, _unit, value) => value.toUpperCase(),
      topic: (claim) => claim.text.split(' ').slice(1).join(' '),
    };
    const a = PAIRS.count[0];
    const b = a.replace('Rescuers', 'Medics');
    expect(conflictsOf(a, b, [...DETECTORS, firstWord]).map((c) => [c.kind, c.values.map((v) => v.value).sort()])).toEqual([
      ['actor', ['MEDICS', 'RESCUERS']],
    ]);
    expect(conflictsOf(PAIRS.count[0], PAIRS.count[1], DETECTORS.filter((d) => d !== countDetector))).toEqual([]);
  });

  it('lists a pair’s conflicts figures first, then dates', () => {
    const got = conflictsOf(
      'Rescuers said 14 people were injured when the footbridge over the Orla river collapsed on March 2.',
      'Rescuers said 19 people were injured when the footbridge over the Orla river collapsed on March 3.',
    );
    expect(got.map((c) => c.kind)).toEqual(['count', 'date']);
  });
});

describe('values that changed over time', () => {
  it('reads a change word as a change, but not in a kept schedule or before a present title', () => {
    expect(marksChange('The toll now stands at 31')).toBe(true);
    expect(marksChange('The vote, originally scheduled for Tuesday, was held on Wednesday')).toBe(true);
    expect(marksChange('The vote was held on Tuesday as originally scheduled')).toBe(false);
    expect(marksChange('Ana Lutz, now Governor Piet Laar’s deputy, flew to Kelso on Monday')).toBe(false);
  });
});

describe('whether a dated event takes place', () => {
  // Published Wednesday 4 March 2026: "on Saturday" after "will" and "this Saturday" are both 7 March.
  it('trusts a written subject more than a pronoun read back to a noun phrase', () => {
    const written = conflictsOf('The Orla footbridge reopening will take place on Saturday.', 'The Orla footbridge reopening will not take place this Saturday.');
    expect(written.map((c) => [c.kind, c.confidence])).toEqual([['outcome', 0.7]]);
    const pronoun = conflictsOf(
      'The reopening of the Orla footbridge was approved, and it will take place on Saturday.',
      'The Orla footbridge reopening was delayed by rain; it will not take place this Saturday.',
    );
    expect(pronoun.map((c) => [c.kind, c.confidence])).toEqual([['outcome', 0.6]]);
  });
  it('reads the values as written, from the subject to the day', () => {
    const [c] = conflictsOf('The Orla footbridge reopening will take place on Saturday.', 'The Orla footbridge reopening will not take place this Saturday.');
    expect(c!.values.map((v) => v.value).sort()).toEqual([
      'The Orla footbridge reopening will not take place this Saturday',
      'The Orla footbridge reopening will take place on Saturday',
    ]);
  });
});

describe('blocking', () => {
  const [claim] = claimsOf(story(['a', 'Rescuers said 14 people were injured when the footbridge over the Orla river collapsed on March 2.']))[0]!;
  const keys = blockingKeys(claim!, profile(claim!.text), matcher).map((k) => k.key);

  it("keys a claim by its rare words, its figures with their unit, its dates and its rare verbs", () => {
    expect(keys).toEqual(expect.arrayContaining(['w:footbridg', 'w:orla', 'n:14:people', 'd:2026-03-02', 'v:collapse']));
    // Words every story uses make no key.
    expect(keys.filter((k) => ['w:the', 'w:over', 'w:said', 'w:when'].includes(k))).toEqual([]);
  });

  it('weighs a key the less, the longer the list of claims sharing it past a short list', () => {
    expect(listKeyWeight(8, 2)).toBe(8);
    expect(listKeyWeight(8, 9)).toBe(8);
    expect(listKeyWeight(8, 144)).toBeCloseTo(4, 6);
    expect(listKeyWeight(8, 2_000)).toBeLessThan(listKeyWeight(8, 144));
  });

  it('pairs claims of different articles that share rare keys, never two claims of one article', () => {
    const articles = story(
      ['a', 'The footbridge over the Orla river collapsed on Monday. The Orla footbridge had been closed for repairs since January.'],
      ['b', 'A footbridge over the Orla river collapsed on Monday, rescuers said.'],
      ['c', 'The city council approved a new budget for schools.'],
    );
    const ctx = claimContext(articles, claimsOf(articles), matcher);
    const pairs = candidatePairs(ctx);
    const named = pairs.map(([i, j]) => [ctx.claims[i]!.article, ctx.claims[j]!.article]);
    expect(named).toContainEqual(['a', 'b']);
    for (const [x, y] of named) expect(x).not.toBe(y);
    expect(named.flat()).not.toContain('c');
  });
});

describe('grouping', () => {
  const articles = story(
    ['a', 'Rescuers said 14 people were injured when the footbridge over the Orla river collapsed.\n\nThe town council will meet on Friday to discuss the repairs.'],
    ['b', 'Fourteen people were injured when the footbridge over the Orla river collapsed, rescuers said.'],
    // A wire copy of a's story: it counts for a's outlet.
    ['c', 'Rescuers said 14 people were injured when the footbridge over the Orla river collapsed.\n\nThe town council will meet on Friday to discuss the repairs.', { outlet: 'West Gazette', syndication: 'A Daily' }],
  );
  const claims = claimsOf(articles);

  it('merges linked claims across articles into one group, keeping an article’s two facts apart', () => {
    const ctx = claimContext(articles, claims, matcher);
    const groups = mergeGroups(ctx, linkedEdges(ctx, candidatePairs(ctx)));
    const textsOf = (ids: number[]) => ids.map((i) => `${ctx.claims[i]!.article}: ${ctx.claims[i]!.text.split(' ').slice(0, 3).join(' ')}`).sort();
    const sets = [...groups.members.values()].map(textsOf).sort((x, y) => y.length - x.length);
    expect(sets[0]).toEqual(['a: Rescuers said 14', 'b: Fourteen people were', 'c: Rescuers said 14']);
    expect(sets[1]).toEqual(['a: The town council', 'c: The town council']);
    // Each group is keyed by its root in the shared union-find.
    for (const [root, ids] of groups.members) for (const i of ids) expect(groups.sets.find(i)).toBe(root);
  });

  it('rates groups by outlets, a syndicated copy counting for its origin', () => {
    const got = alignClaims(articles, claims);
    expect(got.claims.map((c) => [c.status, [...(c.articles ?? [])].sort()])).toEqual([
      ['consensus', ['a', 'b', 'c']],
      ['unique', ['a', 'c']],
    ]);
  });
});

describe('outlets', () => {
  const [plain] = story(['a1', 'Text.', { outlet: '  Harbour Post ' }]);
  it('an article counts for its syndication source, else its outlet, else its id, trimmed and lower-cased', () => {
    expect(outletKey(plain!)).toBe('harbour post');
    expect(outletKey({ ...plain!, syndication: 'Meridian Press' })).toBe('meridian press');
    expect(outletKey({ ...plain!, outlet: null })).toBe('a1');
  });
  it('claimStatus: unique for one outlet, consensus for (nearly) all, partial between', () => {
    const table: Array<[number, number, string]> = [
      [1, 1, 'unique'], [1, 5, 'unique'], [2, 2, 'consensus'], [2, 3, 'partial'], [3, 3, 'consensus'],
      [3, 5, 'partial'], [4, 5, 'consensus'], [7, 10, 'partial'], [8, 10, 'consensus'],
    ];
    for (const [outlets, total, status] of table) expect(claimStatus(outlets, total), `${outlets} of ${total}`).toBe(status);
  });
});
