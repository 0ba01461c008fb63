// The events scorer's arithmetic on a tiny hand-written dossier and gold (invented text, written by the team): each
// metric is pinned to a figure worked out by hand, so a scorer that stops counting cannot pass silently.
import { describe, expect, it } from 'vitest';
import { aggregate, briefDefects, sameSpeaker, scoreEvent, type EventGold, type EventScore } from '../eval/events-score.js';
import { articleFromText, type Dossier, type SourceRef } from '../src/index.js';
import { emptyDossier } from '../src/pipeline/index.js';

const TEXT = {
  a1: 'The mayor of Dunmore opened the new bridge on Friday. The bridge cost 12 million crowns. Officials said 300 people attended. "We built this for everyone," the mayor said.',
  a2: 'Mayor Ilse Varga opened the bridge on Friday. It cost 14 million crowns, the council said. A local choir sang at the ceremony. "The river is no longer a wall," said councillor Jan Holm.',
  a3: 'The bridge in Dunmore opened on Friday. Its cost was 12 million crowns.',
} as const;
type Id = keyof typeof TEXT;

/** The span of `piece` in article `id` (the first occurrence). */
function ref(id: Id, piece: string): SourceRef {
  const start = TEXT[id].indexOf(piece);
  if (start < 0) throw new Error(`"${piece}" is not in ${id}`);
  return { article: id, start, end: start + piece.length };
}
const S = {
  aOpen: ref('a1', 'The mayor of Dunmore opened the new bridge on Friday.'),
  aCost: ref('a1', 'The bridge cost 12 million crowns.'),
  aCrowd: ref('a1', 'Officials said 300 people attended.'),
  bOpen: ref('a2', 'Mayor Ilse Varga opened the bridge on Friday.'),
  bCost: ref('a2', 'It cost 14 million crowns, the council said.'),
  bChoir: ref('a2', 'A local choir sang at the ceremony.'),
  cOpen: ref('a3', 'The bridge in Dunmore opened on Friday.'),
  cCost: ref('a3', 'Its cost was 12 million crowns.'),
};

const claim = (id: string, ...sources: SourceRef[]): Dossier['claims'][number] => ({
  id, text: id, status: 'partial', sources, articles: [...new Set(sources.map((s) => s.article))],
});
const quote = (id: string, article: Id, text: string, speakerName: string): Dossier['quotes'][number] => ({
  ...ref(article, text), id, text, speaker: null, speakerName,
});
const slant = (article: Id, subjectivity: number): Dossier['slant'][number] => ({ article, subjectivity, sentences: [], loaded: [], hedges: [] });

const dossier: Dossier = {
  ...emptyDossier('2026-01-01T00:00:00Z'),
  articles: (['a1', 'a2', 'a3'] as const).map((id, i) => articleFromText(id, TEXT[id], { source: `/tmp/ev/${'ABC'[i]}-outlet.md` })),
  entities: [],
  quotes: [
    quote('a1:q1', 'a1', 'We built this for everyone', 'Varga'),
    quote('a2:q1', 'a2', 'The river is no longer a wall', 'Ilse Varga'),
  ],
  quoteGroups: [],
  citations: [],
  claims: [
    claim('g1', S.aOpen, S.bOpen), // opening: A and B, not C
    claim('g2', S.aCost, S.cCost), // 12 million: A and C
    claim('g3', S.cOpen), // C's opening alone
    claim('g4', S.aCrowd), // 300 people: A alone (kept)
    claim('g5', S.bChoir, S.cCost), // the choir grouped with C (not kept)
  ],
  conflicts: [
    { topic: 'cost', values: [{ value: '12 million crowns', sources: [S.aCost] }, { value: '14 million crowns', sources: [S.bCost] }] },
    { topic: 'day', values: [{ value: 'Friday', sources: [S.aOpen] }, { value: 'on Friday', sources: [S.bOpen] }] },
  ],
  reuse: [],
  slant: [slant('a1', 0.2), slant('a2', 0.5), slant('a3', 0.3)],
  timeline: [],
  brief: [
    { text: 'Mayor Ilse Varga opened the bridge on Friday.', claims: ['g1'], sources: [S.bOpen] },
    { text: 'He said 300 people attended the ceremony.', claims: ['g4'], sources: [S.aCrowd] },
    { text: 'Mayor Ilse Varga opened the bridge on Friday again.', claims: ['g1'], sources: [S.bOpen] },
    { text: 'The council paid 12 million crowns.', claims: ['g2'], sources: [S.aCost, S.bChoir] },
  ],
};

const gold: EventGold = {
  event: 'invented-bridge',
  articles: { A: { file: 'A-outlet.md' }, B: { file: 'B-outlet.md' }, C: { file: 'C-outlet.md' } },
  core_fact: { claim: 'the bridge opened', keywords_any: [['opened', 'bridge']] },
  shared_claims: [
    { claim: 'the bridge opened on Friday', in: ['A', 'B', 'C'], keywords_any: [['opened', 'friday']] },
    { claim: 'it cost 12 million', in: ['A', 'C'], keywords_any: [['12 million']] },
  ],
  unique_claims: [
    { claim: '300 attended', in: 'A', keywords_any: [['300 people']] },
    { claim: 'a choir sang', in: 'B', keywords_any: [['choir']] },
    { claim: 'fireworks', in: 'C', keywords_any: [['fireworks']] },
  ],
  conflicts: [{ about: 'cost', values: { A: '12 million crowns', B: '14 million crowns' }, keywords_any: [['12 million'], ['14 million']] }],
  not_conflicts: [
    { about: 'Friday vs on Friday', keywords_any: [['friday']] },
    { about: 'choir vs orchestra', keywords_any: [['choir'], ['orchestra']] },
  ],
  quotes: [
    { a: 'A', text: 'We built this for everyone', speaker: 'Ilse Varga' },
    { a: 'B', text: 'The river is no longer a wall', speaker: 'Jan Holm' },
    { a: 'C', text: 'Nobody asked us', speaker: 'residents' },
  ],
  most_opinionated: 'C',
};

describe('scoreEvent on a hand-written dossier', () => {
  const score = scoreEvent(dossier, gold);
  const t = score.tallies;

  it('shared-claim recall: the best single group per claim (2 of 3 outlets, 2 of 2)', () => {
    expect(t.shared.n).toBe(2);
    expect(t.shared.hit).toBeCloseTo(2 / 3 + 1, 10);
  });
  it('unique details: kept alone, grouped with another outlet, and missing', () => {
    expect(t.unique).toEqual({ hit: 1, n: 3 });
  });
  it('conflicts: the cost conflict is found; the day "conflict" is a false one and flags a trap', () => {
    expect(t.conflictRecall).toEqual({ hit: 1, n: 1 });
    expect(t.conflictPrecision).toEqual({ hit: 1, n: 2 });
    expect(t.trapsNotFlagged).toEqual({ hit: 1, n: 2 });
  });
  it('quotes: two of three found; the speaker is right for one (last-name match)', () => {
    expect(t.quotesFound).toEqual({ hit: 2, n: 3 });
    expect(t.speakerRight).toEqual({ hit: 1, n: 2 });
  });
  it('brief: one clean sentence of four; the core fact is in the first two', () => {
    expect(t.briefClean).toEqual({ hit: 1, n: 4 });
    expect(score.notes.filter((n) => n.startsWith('brief ')).map((n) => n.slice(0, n.lastIndexOf(': ')))).toEqual([
      'brief 2 unresolved pronoun',
      'brief 3 near-repeat',
      'brief 4 citation 2 does not state it',
    ]);
    expect(t.coreFactFirstTwo).toEqual({ hit: 1, n: 1 });
  });
  it('core fact as one claim: the best group holds 2 of the 3 outlets whose claims state it', () => {
    expect(t.coreFactOneClaim.n).toBe(1);
    expect(t.coreFactOneClaim.hit).toBeCloseTo(2 / 3, 10);
    expect(score.notes.some((n) => n.startsWith('core fact in one claim for 2 of the 3 outlets'))).toBe(true);
  });
  it('most opinionated: the slant output says B, the gold C', () => {
    expect(t.mostOpinionated).toEqual({ hit: 0, n: 1 });
  });
  it('notes name each miss', () => {
    expect(score.notes.some((n) => n.startsWith('unique grouped with another outlet [B]'))).toBe(true);
    expect(score.notes.some((n) => n.startsWith('trap flagged: Friday vs on Friday'))).toBe(true);
  });
});

describe('briefDefects', () => {
  it('names each defect', () => {
    expect(briefDefects('He said 300 people attended the ceremony.', [], [])).toEqual(['unresolved pronoun']);
    expect(briefDefects('"We will rebuild the bridge," he said.', [], [])).toEqual(['unresolved pronoun']);
    expect(briefDefects('"We will rebuild the bridge," the mayor said.', [], [])).toEqual([]);
    expect(briefDefects('The company said it would review every complaint from residents.', [], [])).toEqual(['unresolved pronoun']);
    expect(briefDefects('The company that runs the dam said it would review every complaint.', [], [])).toEqual([]);
    expect(briefDefects('The decision by the council to close the bridge angered residents.', [], [])).toEqual([]);
    expect(briefDefects(', who is the mayor of Dunmore, opened it', [], [])).toContain('fragment: starts with punctuation');
    expect(briefDefects('and then the choir sang for the crowd', [], [])).toContain('fragment: starts lowercase');
    expect(briefDefects('The bridge opened.', [], [])).toContain('fragment: short');
    expect(briefDefects('“We are proud of the new bridge and of its builders, the mayor wrote.', [], [])).toContain('fragment: quotation not closed');
    expect(briefDefects('The long new bridge over the wide river Brenna.', [], [])).toContain('fragment: no verb');
    expect(briefDefects('The council paid 12 million crowns.', ['The council paid 12 million crowns in all.'], [])).toEqual(['near-repeat']);
    expect(briefDefects('The council paid 12 million crowns.', [], ['The council paid 12 million crowns.', 'A choir sang.'])).toEqual([
      'citation 2 does not state it',
    ]);
  });
});

describe('sameSpeaker', () => {
  it('matches persons by last name and organisations by containment', () => {
    expect(sameSpeaker('Mr. Braley', 'Bruce Braley')).toBe(true);
    expect(sameSpeaker('the Obama campaign', 'Obama campaign')).toBe(true);
    expect(sameSpeaker('Maggie Haberman', 'Maggie Haberman (The New York Times)')).toBe(true);
    expect(sameSpeaker('Charles E. Grassley', 'Grassley spokesperson')).toBe(false);
    expect(sameSpeaker('Obama', 'Obama campaign')).toBe(false);
    expect(sameSpeaker(null, 'Bruce Braley')).toBe(false);
  });
});

describe('aggregate', () => {
  const ev = (tallies: Partial<EventScore['tallies']>): EventScore => {
    const zero = { hit: 0, n: 0 };
    const base = {
      shared: zero, unique: zero, conflictRecall: zero, conflictPrecision: zero, trapsNotFlagged: zero, quotesFound: zero,
      speakerRight: zero, briefClean: zero, coreFactFirstTwo: zero, coreFactOneClaim: zero, mostOpinionated: zero,
    };
    return { event: 'x', notes: [], tallies: { ...base, ...tallies } };
  };
  it('averages ratios over events that have items, pools conflicts, and reads no printed conflict as precision 1', () => {
    const scores = [ev({ quotesFound: { hit: 1, n: 2 }, conflictRecall: { hit: 0, n: 1 } }), ev({ quotesFound: { hit: 9, n: 10 }, conflictRecall: { hit: 1, n: 3 } }), ev({})];
    expect(aggregate(scores, 'quotesFound')).toEqual({ value: (0.5 + 0.9) / 2, n: 12, events: 2 });
    expect(aggregate(scores, 'conflictRecall')).toEqual({ value: 1 / 4, n: 4, events: 2 });
    expect(aggregate(scores, 'conflictPrecision')).toEqual({ value: 1, n: 0, events: 0 });
    expect(aggregate(scores, 'mostOpinionated').events).toBe(0);
  });
});
