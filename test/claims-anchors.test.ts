// Anchors (align/claims/anchors.ts): two outlets' claims that give the same figure of the same thing ("2,000 troops")
// state one fact; a clock time, a generic unit or a figure glued into a name ("76ers") does not anchor. Team-written.
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/core/types.js';
import { articleFromText } from '../src/core/article.js';
import { buildDoc } from '../src/nlp/index.js';
import { extractClaims } from '../src/extract/index.js';
import { shippedMatcher } from '../src/align/index.js';
import { claimContext } from '../src/align/claims/context.js';
import { sharedAnchors } from '../src/align/claims/anchors.js';

const article = (id: string, text: string): Article => articleFromText(id, text, { outlet: `${id.toUpperCase()} Daily`, published: '2026-03-04' });

/** Whether the first body claims of two one-sentence articles share anchors. */
function anchored(a: string, b: string): boolean {
  const arts = [article('a', `Report\n\n${a}`), article('b', `Story\n\n${b}`)];
  const docs = arts.map((x) => buildDoc(x.text, x.paragraphs));
  const ctx = claimContext(arts, arts.map((x, i) => extractClaims(x, docs[i]!)), shippedMatcher(), docs);
  const [i, j] = [ctx.claims.findIndex((c) => c.article === 'a' && c.text !== 'Report'), ctx.claims.findIndex((c) => c.article === 'b' && c.text !== 'Story')];
  return sharedAnchors(ctx, ctx.profiles[i]!, ctx.profiles[j]!);
}

describe('claim anchors', () => {
  it('anchors the same figure of the same thing, with a word between', () => {
    // The engineers are the story's subject (named in every claim), so sharing the word alone anchors nothing.
    expect(anchored('Officials plan to bring home all 2,400 engineers. The engineers built the dam. Engineers are tired.', 'The governor ordered roughly 2,400 Estmark engineers to leave, a step his minister called reckless. The engineers had asked for it. Engineers cheered.')).toBe(true);
  });

  it('anchors a count written as a word of things named alike', () => {
    expect(anchored('The mayor said five locations are under review for the depot. The depot is late. The depot costs more.', 'Officials are looking at five sites for a new depot, a spokesman said. The depot was approved. The depot will open.')).toBe(true);
  });

  it('does not anchor a figure of different things', () => {
    expect(anchored('Officials plan to bring home all 2,400 engineers. The engineers built the dam. Engineers are tired.', 'The dam upstream holds back 2,400 tonnes of silt, a survey of the engineers found. The engineers had asked for it. Engineers cheered.')).toBe(false);
  });

  it('does not anchor clock times, generic units or a figure inside a name', () => {
    expect(anchored('The council met at 10 a.m. to hear the engineers.', 'Pickets gathered by 10 a.m. outside the ferry office.'), 'clock').toBe(false);
    expect(anchored('The 36 years of the mill ended with a whimper.', 'She served 36 years on the ferry board before retiring.'), 'generic').toBe(false);
    expect(anchored('The 76ers beat Harwick by nine points.', 'Tickets for the 76ers game sold out in an hour.'), 'glued').toBe(false);
  });
});
