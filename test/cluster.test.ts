// The clusterer's contract beyond the golden cases: determinism, B-cubed arithmetic, settings checks, the CLI's lines.
import { describe, expect, it } from 'vitest';
import { Clusterer, bcubed } from '../src/index.js';
import { statedDate } from '../src/cluster/dates.js';
import { SecondLooks } from '../src/cluster/second-look.js';
import { articleTerms } from '../src/cluster/terms.js';
import { DEFAULT_SETTINGS } from '../src/cluster/settings.js';
import { runCli } from './helpers.js';

const quake = (id: string, place: string, extra: string, published = '2026-05-02T04:20:00Z') => ({
  id,
  title: `Earthquake shakes ${place}`,
  text: `An earthquake of magnitude 6.1 struck ${place} before dawn on Saturday, damaging older buildings, the seismic institute said. ${extra}`,
  published,
});

/** A report published at one moment (the time plays no part in these cases). */
const report = (id: string, title: string, text: string) => ({ id, title, text, published: '2026-05-02T04:20:00Z' });

describe('weekdays of an article', () => {
  const days = (title: string, text: string) => articleTerms(title, text, DEFAULT_SETTINGS).weekdays;
  it('reads the capitalised full weekday names of the headline and the lead, one bit each (Monday 1 … Sunday 64)', () => {
    expect(days('Talks resume on Monday', 'Negotiators met on Friday and again on Sunday.')).toBe(1 | 16 | 64);
  });
  it('leaves out lower-case words, abbreviations and days past the lead', () => {
    expect(days('Wed, Sat', `The sun rose. A sunday paper. ${'Filler words here. '.repeat(60)}It ended on Tuesday.`)).toBe(0);
  });
});

describe('Clusterer', () => {
  it('gives the same stories for the same input order', () => {
    const stream = [
      quake('a', 'Corvara province', 'Mayor Elena Bastiani said two people were hurt in Valmonte.'),
      quake('b', 'Ostrava Bay', 'Governor Anton Reyes said boats were damaged in Port Kessel.'),
      quake('c', 'Corvara province', 'Schools in Valmonte stay closed, Mayor Elena Bastiani said.'),
      quake('d', 'Ostrava Bay', 'Port Kessel fishermen reported damage, Governor Anton Reyes said.'),
    ];
    const run = () => {
      const c = new Clusterer();
      return stream.map((a) => c.add(a));
    };
    expect(run()).toEqual(run());
  });

  /** Feed `stream` to `c`; every line a stream reader sees (arrivals, then moves) and the last story each id was given. */
  const feed = (c: Clusterer, stream: ReturnType<typeof report>[]) => {
    const last = new Map<string, string>();
    const moves: string[] = [];
    for (const a of stream) {
      const got = c.add(a);
      last.set(got.id, got.story);
      for (const m of got.moved) {
        moves.push(`${got.id}: ${m.id} ${m.from}->${m.story}`);
        last.set(m.id, m.story);
      }
    }
    expect(Object.fromEntries(last)).toEqual(Object.fromEntries(c.assignments().map((x) => [x.id, x.story])));
    return moves;
  };

  it('reports a split and a merge, so the last line of an id is its story', () => {
    // a, c: a landslide on the Valmonte pass; d, e: Valmonte schools shut by the quake. At four members (e) the story
    // splits; f tells both and bridges the halves, which merge again. b, g: another quake, never moved.
    const stream = [
      report('a', 'Landslide cuts the Valmonte pass', "A landslide after Saturday's earthquake buried the road over the Valmonte pass, Mayor Elena Bastiani said. Crews from Corvara started clearing the rocks."),
      report('b', 'Earthquake damages Ostrava Bay harbour', 'Boats were damaged in Port Kessel when an earthquake of magnitude 6.1 shook Ostrava Bay, Governor Anton Reyes said.'),
      report('c', 'Valmonte pass closed by rocks', 'Rocks from a landslide closed the Valmonte pass road, and Corvara crews are clearing it, Mayor Elena Bastiani said on Saturday.'),
      report('d', 'Schools shut in Valmonte after quake', 'An earthquake of magnitude 6.1 struck Corvara province before dawn on Saturday; schools in Valmonte stay shut while engineers inspect them.'),
      report('e', 'Valmonte schools to stay closed', 'Engineers inspect Valmonte schools after the magnitude 6.1 earthquake in Corvara province; classes stay suspended.'),
      report('f', 'Quake in Corvara: schools shut, Valmonte pass buried', 'The magnitude 6.1 earthquake in Corvara province shut schools in Valmonte and set off a landslide that buried the Valmonte pass road, Mayor Elena Bastiani said; Corvara crews are clearing the rocks.'),
      report('g', 'Port Kessel fishermen count damage', 'Fishermen in Port Kessel counted damaged boats after the Ostrava Bay earthquake, Governor Anton Reyes said.'),
    ];
    const c = new Clusterer({ recheckAfter: 0 });
    expect(feed(c, stream)).toEqual(['e: d s1->s3', 'f: d s3->s1', 'f: e s3->s1']);
    expect(c.list().map((s) => s.members)).toEqual([['a', 'c', 'd', 'e', 'f'], ['b', 'g']]);
  });

  it('reports a second look: an article alone in its story joins one that formed after it', () => {
    // a lists four damages of the quake; b–e each tell one of them with the quake's words, each too far from a alone,
    // but together their story covers all of a. x is unrelated: its arrival is the fifth after a, a's second look.
    const quake = 'After the Corvara earthquake, seismologists said.';
    const stream = [
      report('a', 'Quake damage', 'Landslide rocks buried the Valmonte pass; the Kessel ferry stopped; the Dunmore dam cracked; Hollins hospital was evacuated.'),
      report('b', 'Corvara earthquake', `${quake} Landslide rocks buried the Valmonte pass.`),
      report('c', 'Corvara earthquake', `${quake} The Kessel ferry stopped.`),
      report('d', 'Corvara earthquake', `${quake} The Dunmore dam cracked.`),
      report('e', 'Corvara earthquake', `${quake} Hollins hospital was evacuated.`),
      report('x', 'Council votes on Ostrava budget', 'The Ostrava council voted on the budget for the harbour museum on Friday, Governor Anton Reyes said.'),
    ];
    const settings = { joinThreshold: 0.25 };
    expect(feed(new Clusterer({ ...settings, recheckAfter: 5 }), stream)).toEqual(['x: a s1->s2']);
    // Without the second look a stays alone: the move above is the second look's, not a merge's.
    expect(feed(new Clusterer({ ...settings, recheckAfter: 0 }), stream)).toEqual([]);
  });

  it('retires idle stories in a long stream: memory stays bounded, stories are not broken, ids are not reused', () => {
    // 3,000 made-up stories, 30 starting a day, each told three times within its day in made-up words of its own (no
    // two stories share a word: what joins or parts stories is not under test here, retirement is).
    const name = (n: number) => n.toString(26).replace(/./g, (d) => 'bcdfghjklmnpqrstvwxzaeiouy'[parseInt(d, 26)]!);
    const c = new Clusterer({ retireArrivals: 300, maxGapDays: 2 });
    const held: number[] = [];
    const stories = new Map<string, Set<string>>();
    for (let n = 0; n < 3000; n++) {
      const town = `${name(n + 1000)}ville`;
      const day = Date.UTC(2026, 0, 1) + Math.floor(n / 30) * 86_400_000;
      for (let k = 0; k < 3; k++) {
        const text = `${town}: ${[7, 10, 13, 16, 19].map((w) => name(n + w * 1000)).join(' ')}.`;
        const got = c.add({ id: `${n}-${k}`, text, published: day + k * 3_600_000 });
        stories.set(`${n}`, (stories.get(`${n}`) ?? new Set()).add(got.story));
        held.push(c.stats().articles);
      }
    }
    // Each story kept its three articles together, and no story id was given to two stories.
    expect([...stories.values()].every((s) => s.size === 1)).toBe(true);
    expect(new Set([...stories.values()].map((s) => [...s][0])).size).toBe(3000);
    // Held articles stop growing: retired ones are forgotten (storyOf answers undefined) and their room reused.
    expect(Math.max(...held.slice(4500))).toBeLessThan(Math.max(...held.slice(0, 4500)) * 1.2);
    expect(c.stats().articles).toBeLessThan(9000 / 2);
    expect(c.storyOf('0-0')).toBeUndefined();
    expect(c.storyOf('2999-2')).toBe([...stories.get('2999')!][0]);
    expect(c.list().length).toBe(c.stats().stories);
  });

  it('retires an undated story on arrivals alone, a dated one only once the newest dated article is past the horizon', () => {
    const name = (n: number) => n.toString(26).replace(/./g, (d) => 'bcdfghjklmnpqrstvwxzaeiouy'[parseInt(d, 26)]!);
    const c = new Clusterer({ retireArrivals: 300, maxGapDays: 2 });
    c.add({ id: 'dated', text: 'Kessler Chemie opened its Dunmore hall.', published: '2026-06-08T05:40:00Z' });
    // 1,100 undated arrivals, each a story of its own: past retireArrivals, so the sweep at 1,024 retires them, and
    // an undated arrival says nothing about time, so the dated story (the newest dated one) stays.
    for (let n = 0; n < 1100; n++) c.add({ id: `u${n}`, text: `${name(n + 1000)} ${name(n + 5000)} ${name(n + 9000)}.` });
    expect(c.storyOf('u0')).toBeUndefined();
    expect(c.storyOf('dated')).toBe('s1');
  });

  it('refuses an id seen before and a missing text (API misuse)', () => {
    const c = new Clusterer();
    c.add({ id: 'x', text: 'Some text about a harbour strike.' });
    expect(() => c.add({ id: 'x', text: 'again' })).toThrow(/added before/);
    expect(() => c.add({ id: 'y' } as never)).toThrow(/string text/);
  });

  it('refuses settings that cannot work', () => {
    expect(() => new Clusterer({ minhashSize: 30, lshBands: 8 })).toThrow(/multiple of lshBands/);
    expect(() => new Clusterer({ joinThreshold: Number.NaN })).toThrow(/joinThreshold/);
  });

  it('keeps an article with no words in a story of its own', () => {
    const c = new Clusterer();
    expect(c.add({ id: 'e', text: '' }).story).toBe('s1');
    expect(c.add({ id: 'f', text: '…' }).story).toBe('s2');
  });
});

describe('SecondLooks', () => {
  it('hands out looks when due, round by round with growing waits, and renumbers after a compaction', () => {
    const q = new SecondLooks(10, 2, 4);
    q.add(7, 1);
    q.add(9, 3);
    expect(q.due(10)).toEqual([]);
    expect(q.due(11)).toEqual([[7, 0]]);
    q.add(7, 11, 1);
    q.add(9, 13, 2);
    expect(q.due(13)).toEqual([[9, 0]]);
    q.remap(Int32Array.from({ length: 10 }, (_, i) => (i === 7 ? 2 : -1)));
    expect(q.due(50)).toEqual([]);
    expect(q.due(51)).toEqual([[2, 1]]);
    expect(q.due(10_000)).toEqual([]);
    expect(new SecondLooks(0, 3, 4).due(100)).toEqual([]);
  });
});

describe('statedDate', () => {
  it('reads a dateline date with a year, and ignores one without', () => {
    expect(statedDate('WASHINGTON, April 28, 2009 — The agency said …', 400)).toEqual({ lo: Date.UTC(2009, 3, 28), hi: Date.UTC(2009, 3, 29) });
    expect(statedDate('Tuesday 28 April 2009 22.34 BST | The …', 400)?.lo).toBe(Date.UTC(2009, 3, 28));
    expect(statedDate('Posted in Sept. 2013 by the desk', 400)).toEqual({ lo: Date.UTC(2013, 8, 1), hi: Date.UTC(2013, 9, 1) });
    expect(statedDate('On Tuesday the council met.', 400)).toBeNull();
    expect(statedDate(`${'x'.repeat(500)} April 28, 2009`, 400)).toBeNull();
  });
});

describe('bcubed', () => {
  it('scores a hand-worked clustering', () => {
    // gold {a,b,c} {d}; predicted {a,b} {c,d}: P = (1 + 1 + 1/2 + 1/2) / 4, R = (2/3 + 2/3 + 1/3 + 1) / 4
    const pred = new Map([['a', 1], ['b', 1], ['c', 2], ['d', 2]]);
    const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'x'], ['d', 'y']]);
    const r = bcubed(pred, gold);
    expect(r.precision).toBeCloseTo(0.75, 10);
    expect(r.recall).toBeCloseTo(2.6666667 / 4, 6);
    expect(r.n).toBe(4);
  });
});

describe('triangulate cluster', () => {
  const lines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const input = [
    quake('a', 'Corvara province', 'Mayor Elena Bastiani said two people were hurt in Valmonte.'),
    quake('b', 'Corvara province', 'Mayor Elena Bastiani said schools in Valmonte stay closed.'),
  ].map((a) => JSON.stringify(a)).join('\n');

  it('writes {id, story} a line in arrival order', async () => {
    const run = await runCli(['cluster'], `${input}\n`);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([{ id: 'a', story: 's1' }, { id: 'b', story: 's1' }]);
  });

  it('answers a bad line with an error line and exit 1, and carries on', async () => {
    const run = await runCli(['cluster'], `not json\n{"id": "z"}\n${input}\n{"id": "a", "text": "again"}\n`);
    expect(run.code).toBe(1);
    const out = lines(run.stdout);
    expect(out.map((o) => o['error'] ?? o['story'])).toEqual(['not JSON', 'expected a string "text"', 's1', 's1', 'id "a" was seen before']);
    expect(run.stderr).toMatch(/stdin:1: bad-article/);
  });

  it('--final writes each article once at the end', async () => {
    const run = await runCli(['cluster', '--final'], input);
    expect(lines(run.stdout)).toEqual([{ id: 'a', story: 's1' }, { id: 'b', story: 's1' }]);
  });
});
