// Same-event evidence for claim alignment: predicate verbs in the profile, typographic apostrophes, and sameEvent.
import { describe, expect, it } from 'vitest';
import { matchClaims, profile } from '../src/align/index.js';
import { sameEvent } from '../src/align/index.js';

describe('profile', () => {
  it('reads a typographic apostrophe like a plain one (negation stays visible)', () => {
    expect(profile('The mayor hadn’t seen the report').negations).toBe(1);
    const curly = matchClaims('The mayor said he had not seen the report', 'The mayor said he hadn’t seen the report');
    const plain = matchClaims('The mayor said he had not seen the report', "The mayor said he hadn't seen the report");
    expect(curly.score).toBeCloseTo(plain.score, 6);
  });
  it('keeps predicate verbs by lemma, not attributive participles, side -ing clauses or verbs of saying', () => {
    const p = profile('The governor praised the rescuers, thanking the volunteers, and the leaked memo said so.');
    expect([...p.verbs.keys()]).toContain('praise');
    expect([...p.verbs.keys()]).not.toContain('thank');
    expect([...p.verbs.keys()]).not.toContain('leak');
    expect([...p.verbs.keys()]).not.toContain('say');
  });
  it('reads a gerund after "by" as a predicate (what was done), not other bare -ing forms', () => {
    expect([...profile('The council went against the mayor by abruptly closing the ferry line.').verbs.keys()]).toContain('close');
    expect([...profile('The council met on Monday, closing the session early.').verbs.keys()]).not.toContain('close');
  });
  it('does not read the second half of a hyphenated compound as a predicate', () => {
    const p = profile('The plan was criticised for being too Moscow-focused.');
    expect([...p.verbs.keys()]).toContain('criticize');
    expect([...p.verbs.keys()]).not.toContain('focus');
  });
});

describe('sameEvent', () => {
  const long = profile('Governor Ann Lee has praised the rescuers who pulled eleven miners from the flooded shaft on Sunday');
  it('links a short restatement that shares the rare predicate and an argument', () => {
    expect(sameEvent(long, profile('Lee praised the rescuers'))).toBe(true);
    expect(sameEvent(profile('She praised the miners'), long)).toBe(true);
  });
  it('does not link when the sparser claim names someone the other does not', () => {
    expect(sameEvent(long, profile('Senator Bob Ray praised the rescuers'))).toBe(false);
  });
  it('does not count the source a claim is reported by as one of its actors', () => {
    const other = profile('Governor Ann Lee praised the rescuers of the eleven trapped miners');
    expect(sameEvent(profile('Mayor Hale confirmed that Lee praised the rescuers'), other)).toBe(true);
    expect(sameEvent(profile('Mayor Hale and Lee praised the rescuers'), other)).toBe(false);
  });
  it('counts a protagonist of the story as half an argument, unless it is the subject of the shared verb in both', () => {
    const half = (stem: string) => (stem === 'lee' || stem === 'rescuer' ? 0.5 : 1);
    // Two protagonists together are an argument; one alone is not (before: one was enough, "Lee" as much as "union").
    expect(sameEvent(profile('Governor Ann Lee has praised the rescuers'), profile('The rescuers were praised by Lee'), undefined, half)).toBe(true);
    expect(sameEvent(profile('Lee praised the union'), profile('Aides of Bob Ray praised Lee'), undefined, half)).toBe(false);
    // The same actor doing the same rare act is one event however often the story names the actor.
    expect(sameEvent(profile('Lee praised the union'), profile('Governor Lee praised the crews'), undefined, half)).toBe(true);
  });
  it('does not link on a common verb or on the verb alone', () => {
    expect(sameEvent(profile('The company made a profit in March'), profile('The company made the announcement'))).toBe(false);
    expect(sameEvent(long, profile('Critics praised the film'))).toBe(false);
  });
  it('reads a country named by another of its words as the same name when both qualify the same thing', () => {
    const big = profile('Mayor Lee said the government would pull 300 American troops from Syria next month');
    expect(sameEvent(profile('Lee agreed to pull U.S. troops from Syria'), big)).toBe(true);
    // "U.S. diplomats" are not "American troops": a different party.
    expect(sameEvent(profile('Lee agreed to pull U.S. diplomats from Syria'), big)).toBe(false);
    // The country's own words differ: Russia is not the United States.
    expect(sameEvent(profile('Lee agreed to pull Russian troops from Syria'), big)).toBe(false);
  });
});
