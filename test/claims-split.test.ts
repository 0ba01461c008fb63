// Where a sentence splits into claims at a dash (extract/claims.ts, data/claims-split.json): a lone dash between two
// clauses splits; a parenthesis between two dashes and a dateline do not. Team-written sentences.
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../src/core/article.js';
import { buildDoc } from '../src/nlp/index.js';
import { extractClaims } from '../src/extract/index.js';

const claims = (text: string): string[] => {
  const a = articleFromText('a', text, { published: '2026-03-04' });
  return extractClaims(a, buildDoc(a.text, a.paragraphs)).map((c) => c.text);
};

describe('claims split at a dash', () => {
  it('splits at a lone dash with a verb on both sides', () => {
    const out = claims('The mayor had promised in May that the bridge would reopen by June — a pledge the council quietly dropped on Tuesday.');
    expect(out).toEqual(['The mayor had promised in May that the bridge would reopen by June', 'a pledge the council quietly dropped on Tuesday']);
  });

  it('keeps a parenthesis between two dashes inside its sentence', () => {
    const text = 'The mayor -- the first in the town to resign over a budget -- was leaving in February.';
    expect(claims(text)).toEqual([text.slice(0, -1)]);
  });

  it('keeps a dateline with its sentence', () => {
    const text = 'HARWICK — The ferry operator agreed on Friday to restore the night crossing.';
    expect(claims(text)).toEqual([text.slice(0, -1)]);
  });

  it('does not split at a dash inside a quotation', () => {
    const text = 'She said: “We asked for a bridge — they gave us a ferry that never runs.”';
    expect(claims(text)).toHaveLength(1);
  });
});

describe('claims keep a reported speech with its speaker', () => {
  it('does not cut a second predicate that reports speech', () => {
    const text = 'On Sunday, Sen. Ira Cole would not go that far but said the chairman must apologize to the crews.';
    expect(claims(text)).toEqual([text.slice(0, -1)]);
  });

  it('still cuts a second predicate that is an action', () => {
    expect(claims('The dam gave way on Monday night and sent the river through the town.')).toHaveLength(2);
  });
});

describe('claims split at a second complement', () => {
  it('splits "said that X, and that Y" into two facts', () => {
    const out = claims('The mayor said on Tuesday that the ferry would run at night, and that the council had found the money for it.');
    expect(out).toEqual(['The mayor said on Tuesday that the ferry would run at night', 'that the council had found the money for it']);
  });

  it('keeps "that" without a clause of its own with its sentence', () => {
    const text = 'The mayor said that the ferry and that old bridge would both reopen in June.';
    expect(claims(text)).toEqual([text.slice(0, -1)]);
  });
});

describe('claims split at a second complement: relative clauses', () => {
  it('keeps two relative clauses of one noun in one claim', () => {
    const text = 'The plan includes none of the money that the mayor had demanded and that the council has opposed since May.';
    expect(claims(text)).toEqual([text.slice(0, -1)]);
  });
});
