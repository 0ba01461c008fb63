// Claim extraction and status checks; the golden claim cases are in test/cases/align/ (test/cases.test.ts).
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/core/types.js';
import { buildDoc, paragraphSpans } from '../src/nlp/doc.js';
import { extractClaims } from '../src/extract/claims.js';
import { claimStatus } from '../src/align/index.js';

interface CaseArticle { id: string; outlet: string; published: string | null; text: string; syndication?: string }
const toArticle = (a: CaseArticle): Article => ({
  id: a.id, source: `${a.id}.txt`, title: null, outlet: a.outlet, byline: null, published: a.published,
  text: a.text, paragraphs: paragraphSpans(a.text), removed: [], syndication: a.syndication ?? null,
});

describe('extractClaims', () => {
  const text = 'Officials said 28 people died on Wednesday, and rescuers were still searching the rubble. The city closed its schools; the mayor said they would reopen on Monday.\n\n"We will not sign this, and nobody can make us," he said. I believe the deal is dead.';
  const article = toArticle({ id: 'x', outlet: 'X', published: '2025-11-20', text });
  const claims = extractClaims(article, buildDoc(text, article.paragraphs));
  it('splits coordinated main clauses and semicolons, never inside quotes', () => {
    expect(claims.map((c) => c.text)).toEqual([
      'Officials said 28 people died on Wednesday',
      'rescuers were still searching the rubble',
      'The city closed its schools',
      'the mayor said they would reopen on Monday',
      '"We will not sign this, and nobody can make us," he said',
      'I believe the deal is dead',
    ]);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
  it('attaches numbers and resolved dates, and marks first-person opinion', () => {
    expect(claims[0]!.numbers.map((n) => n.value)).toEqual([28]);
    expect(claims[0]!.dates.map((d) => d.date)).toEqual(['2025-11-19']);
    expect(claims[5]!.opinion).toBe(true);
    expect(claims[0]!.opinion).toBeUndefined();
  });
});

describe('extractClaims: clause boundaries', () => {
  const claimsOf = (text: string) => {
    const article = toArticle({ id: 'y', outlet: 'Y', published: '2025-11-20', text });
    return extractClaims(article, buildDoc(text, article.paragraphs)).map((c) => c.text);
  };
  it('keeps a quotation of several sentences in one claim', () => {
    const got = claimsOf('"Everything is gone. The ovens, the flour. Forty years of it," said the baker, who is 58.');
    expect(got).toHaveLength(1);
    expect(got[0]).toContain('said the baker');
  });
  it('splits off participial and subordinate clauses that state a second fact', () => {
    expect(claimsOf('The embankment gave way late on Monday, sending a surge of water into the town.')).toEqual([
      'The embankment gave way late on Monday',
      'sending a surge of water into the town',
    ]);
    expect(claimsOf('The town flooded on Tuesday, hours after the embankment gave way on Monday night.')).toEqual([
      'The town flooded on Tuesday',
      'hours after the embankment gave way on Monday night',
    ]);
  });
  it('splits a second predicate of the same subject', () => {
    expect(claimsOf('The embankment gave way on Monday night and sent the river through the lower town.')).toEqual([
      'The embankment gave way on Monday night',
      'sent the river through the lower town',
    ]);
  });
  it('does not split a participle that follows a name appositive (it describes that person)', () => {
    expect(claimsOf('The footage shows the club’s chairman, Tom Hale, handing cash to a referee.')).toEqual([
      'The footage shows the club’s chairman, Tom Hale, handing cash to a referee',
    ]);
  });
  it('splits off a relative clause that ends the sentence, not one in the middle', () => {
    expect(claimsOf('The ministry published a 28-point plan on Friday, which drew criticism from several allies.')).toEqual([
      'The ministry published a 28-point plan on Friday',
      'which drew criticism from several allies',
    ]);
    expect(claimsOf('Rescuers reached the village with Ann Lee, who heads the regional fire service.')).toEqual([
      'Rescuers reached the village with Ann Lee',
      'who heads the regional fire service',
    ]);
    // The main clause resumes after the relative clause: no contiguous main claim, so the sentence stays whole.
    expect(claimsOf('The plan, which the envoy drafted last month, was presented to both sides on Friday.')).toHaveLength(1);
    // A list resumes after it: cutting there would leave the list unfinished ("…opposed by Councillor Ann Lee").
    expect(claimsOf('The motion was opposed by Councillor Ann Lee, who is the deputy mayor, and Tom Hale.')).toEqual([
      'The motion was opposed by Councillor Ann Lee, who is the deputy mayor, and Tom Hale',
    ]);
  });
  it('drops verbless fragments such as headings', () => {
    expect(claimsOf('House Speaker Nancy Pelosi (D-Calif.)\n\nPolice searched the river banks on Tuesday.')).toEqual(['Police searched the river banks on Tuesday']);
  });
});

describe('claimStatus', () => {
  it('needs every outlet of two, 80% of three or more, and two for partial', () => {
    expect(claimStatus(2, 2)).toBe('consensus');
    expect(claimStatus(3, 3)).toBe('consensus');
    expect(claimStatus(2, 3)).toBe('partial');
    expect(claimStatus(4, 5)).toBe('consensus');
    expect(claimStatus(1, 5)).toBe('unique');
  });
});
