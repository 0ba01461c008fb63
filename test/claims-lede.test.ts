// Ledes (align/claims/group.ts): a lone lede that links to another outlet's lede joins its group however loosely the
// group's other members agree with it; two groups of several claims still merge only when they agree. Team-written.
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/core/types.js';
import { articleFromText } from '../src/core/article.js';
import { buildDoc } from '../src/nlp/index.js';
import { extractClaims } from '../src/extract/index.js';
import { shippedMatcher } from '../src/align/index.js';
import { claimContext, type ClaimContext } from '../src/align/claims/context.js';
import { mergeGroups } from '../src/align/claims/group.js';

const article = (id: string, text: string): Article => articleFromText(id, text, { outlet: `${id.toUpperCase()} Daily`, published: '2026-03-04' });

/** Three outlets, two claims each; every pair scored `low` except those given. */
function story(scores: Record<string, number>, low = 0.1): ClaimContext {
  const arts = [
    article('a', 'Ferry\n\nThe council agreed on Friday to reopen the Harlan ferry for three months. Pickets left the quay at noon.'),
    article('b', 'Harlan\n\nCouncillors will support a short plan to re-open the ferry, ending a long closure. The mayor thanked the crews.'),
    article('c', 'Crossing\n\nThe Harlan ferry will run again from Monday under a stopgap deal. Fares stay at two pounds.'),
  ];
  const docs = arts.map((x) => buildDoc(x.text, x.paragraphs));
  const ctx = claimContext(arts, arts.map((x, i) => extractClaims(x, docs[i]!)), shippedMatcher(), docs);
  for (let i = 0; i < ctx.claims.length; i++)
    for (let j = i + 1; j < ctx.claims.length; j++) {
      const s = scores[`${i}:${j}`] ?? low;
      ctx.scores.set(`${i}:${j}`, { link: s, support: s });
    }
  return ctx;
}

const groupOf = (ctx: ClaimContext, edges: Array<[number, number]>, claim: number): number[] => {
  const g = mergeGroups(ctx, edges.map(([i, j]) => ({ i, j, s: 0.6 })));
  return [...g.members.get(g.sets.find(claim))!].sort();
};

describe('ledes', () => {
  it('lets a lone lede join the group of another outlet’s lede it links to', () => {
    const ctx = story({ '0:6': 0.9, '1:6': 0.6, '2:6': 0.6 });
    expect(ctx.claims.map((c) => c.text.slice(0, 12))).toEqual(['The council ', 'Pickets left', 'Councillors ', 'ending a lon', 'The mayor th', 'Crossing', 'The Harlan f', 'Fares stay a']);
    // a's lede (0) with c's lede (6, after its one-word heading) and a's second claim (1): a group of three whose other
    // members barely support b's lede (2).
    expect(groupOf(ctx, [[0, 6], [1, 6], [2, 6]], 2)).toEqual([0, 1, 2, 6]);
  });

  it('keeps a claim that is no lede out of a group that does not agree with it', () => {
    const ctx = story({ '0:6': 0.9, '1:6': 0.6, '4:6': 0.6 });
    expect(groupOf(ctx, [[0, 6], [1, 6], [4, 6]], 4)).toEqual([4]);
  });
});
