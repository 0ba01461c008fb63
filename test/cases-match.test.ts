// The golden-case pattern matcher (test/cases/match.ts): each operator passes and fails where it should, and the
// difference it reports names the field.
import { describe, expect, it } from 'vitest';
import { alwaysTrue, matchPattern, mutants } from './cases/match.js';

const view = {
  text: 'The ferry capsized near Kavala.',
  genre: 'reporting',
  score: 0.7,
  quotes: [
    { text: 'We go', speakerName: 'Ann Lee', roles: ['mayor', 'chair'] },
    { text: 'Not now', speakerName: null, roles: [] },
  ],
  group: { verdicts: ['same', 'fragment'], divergent: false },
};

describe('matchPattern', () => {
  it('passes a view that matches every operator', () => {
    expect(
      matchPattern(view, {
        genre: 'reporting',
        'text~': ['ferry', 'Kavala'],
        'text!~': ['Thasos'],
        'score>=': 0.6,
        'score<=': 0.7,
        'quotes#': 2,
        'quotes~': [{ text: 'We go', speakerName: 'Ann Lee', 'roles~': ['chair'] }],
        'quotes!~': [{ speakerName: 'Bo Ek' }],
        group: { verdicts: ['same', 'fragment'] },
      }),
    ).toBeNull();
  });
  it('names the first difference', () => {
    expect(matchPattern(view, { genre: 'opinion' })).toEqual({ path: 'genre', message: expect.stringContaining('differ at offset 0') });
    expect(matchPattern(view, { 'text~': 'Thasos' })?.message).toBe('does not contain "Thasos"');
    expect(matchPattern(view, { 'text!~': ['Kavala'] })?.message).toBe('contains "Kavala"');
    expect(matchPattern(view, { 'score>=': 0.8 })?.message).toBe('got 0.7, expected >= 0.8');
    expect(matchPattern(view, { 'quotes#': 3 })?.path).toBe('quotes#');
    expect(matchPattern(view, { 'quotes~': [{ text: 'We go', speakerName: 'Bo Ek' }] })).toEqual({
      path: 'quotes~[0].speakerName',
      message: expect.stringContaining('(in the element with {"text":"We go"})'),
    });
    expect(matchPattern(view, { 'quotes~': [{ text: 'Later' }] })?.message).toContain('no element with {"text":"Later"}');
    expect(matchPattern(view, { group: { verdicts: ['same', 'same'] } })?.path).toBe('group.verdicts[1]');
    expect(matchPattern(view, { missing: 1 })?.message).toContain('no field "missing"');
  });
  it('finds an element by its first key only: a second element with the same key is not tried', () => {
    const v = { items: [{ k: 'a', v: 1 }, { k: 'a', v: 2 }] };
    expect(matchPattern(v, { 'items~': [{ k: 'a', v: 2 }] })?.path).toBe('items~[0].v');
  });
});

describe('mutants', () => {
  it('makes one failing variant per check, down into list elements', () => {
    const pattern = { genre: 'reporting', 'score>=': 0.6, 'quotes~': [{ text: 'We go', speakerName: 'Ann Lee' }], 'quotes!~': [{ speakerName: 'Bo Ek' }] };
    const ms = mutants(view, pattern);
    expect(ms.map((m) => m.where)).toEqual(['genre', 'score>=', 'quotes~ (one more item)', 'quotes~[0].speakerName', 'quotes!~']);
    for (const m of ms) expect(matchPattern(view, m.pattern), m.where).not.toBeNull();
  });
  it('has no variant for "none of" over an empty output', () => {
    expect(mutants({ quotes: [] }, { 'quotes!~': [{ text: 'x' }] })).toEqual([]);
  });
});

describe('alwaysTrue', () => {
  it('names bounds at or past the end of a field’s range', () => {
    expect(alwaysTrue({ 'pairs~': [{ pair: 'a/b', 'score>=': 0, 'score<=': 0.02, 'spans<=': 0 }] }, { score: [0, 1], spans: [0, Infinity] })).toEqual(['pairs~[0].score>=']);
    expect(alwaysTrue({ 'score<=': 1, 'subjectivity>=': 0.5 }, { score: [0, 1], subjectivity: [0, 1] })).toEqual(['score<=']);
  });
});
