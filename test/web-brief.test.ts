// @vitest-environment jsdom
// The brief panel: one chip per cited span, and the claim's other outlets (their spans word the fact differently, so
// they are not cited) named beside it, so an "all agree" sentence with one chip still says who else reports it.
import { describe, expect, it } from 'vitest';
import type { Article, Dossier } from '../src/core/types.js';
import { buildModel } from '../web/src/model.js';
import { briefView } from '../web/src/views/brief.js';

const article = (id: string, outlet: string, text: string): Article =>
  ({ id, source: `${id}.txt`, title: null, outlet, byline: null, published: null, text, paragraphs: [], removed: [], syndication: null }) as Article;

const A = 'The Varno bridge reopened on Friday for three weeks.';
const B = 'Engineers let traffic back onto the Varno bridge on Friday.';
const C = 'The Varno bridge is open again, for three weeks from Friday.';

function dossier(cited: string[]): Dossier {
  const refs = { a1: { article: 'a1', start: 0, end: A.length }, a2: { article: 'a2', start: 0, end: B.length }, a3: { article: 'a3', start: 0, end: C.length } };
  return {
    articles: [article('a1', 'Harbour Times', A), article('a2', 'Coast Daily', B), article('a3', 'Valley Post', C)],
    claims: [{ id: 'claim-1', text: A, status: 'consensus', sources: Object.values(refs), articles: ['a1', 'a2', 'a3'] }],
    brief: [{ text: A, claims: ['claim-1'], sources: cited.map((id) => refs[id as keyof typeof refs]), section: 'consensus' }],
  } as unknown as Dossier;
}

describe('brief panel', () => {
  it('names the claim’s outlets that are not cited beside the chips', () => {
    const item = briefView(buildModel('d', dossier(['a1']))).querySelector('ol.brief li')!;
    expect([...item.querySelectorAll('.chip')].map((c) => c.textContent)).toEqual(['Harbour Times']);
    expect(item.querySelector('.also')?.textContent).toBe(' also reported, in other words, by Coast Daily, Valley Post');
  });
  it('adds nothing when every outlet of the claim is cited', () => {
    const item = briefView(buildModel('d', dossier(['a1', 'a2', 'a3']))).querySelector('ol.brief li')!;
    expect(item.querySelectorAll('.chip')).toHaveLength(3);
    expect(item.querySelector('.also')).toBeNull();
  });
});
