// Margin links (align/claims/margin.ts): two outlets' claims that are each other's clear closest match link though they
// share too few words for the matcher; names and roles alone, or a shared fact one of them negates, never do. On the
// team's examples corpus and team-written stories.
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/core/types.js';
import { articleFromText } from '../src/core/article.js';
import { buildDoc } from '../src/nlp/index.js';
import { extractClaims } from '../src/extract/index.js';
import { shippedMatcher } from '../src/align/index.js';
import { claimContext } from '../src/align/claims/context.js';
import { candidatePairs } from '../src/align/claims/blocking.js';
import { marginEdges } from '../src/align/claims/margin.js';
import { collectInputs } from '../src/ingest/index.js';
import { readDocuments } from '../src/readable/documents.js';
import { EXAMPLES_DIR } from '../src/cli/commands/analyze.js';

const article = (id: string, text: string): Article => articleFromText(id, text, { outlet: `${id.toUpperCase()} Daily`, published: '2026-03-04' });

function marginLinks(a: string, b: string): string[] {
  const arts = [article('a', a), article('b', b)];
  const docs = arts.map((x) => buildDoc(x.text, x.paragraphs));
  const ctx = claimContext(arts, arts.map((x, i) => extractClaims(x, docs[i]!)), shippedMatcher(), docs);
  return marginEdges(ctx, candidatePairs(ctx)).map((e) => `${ctx.claims[e.i]!.text} || ${ctx.claims[e.j]!.text}`);
}

/** Margin links of two articles when no other rule links any pair (every candidate pair's score set low first). */
function marginOnly(a: string, b: string): string[] {
  const arts = [article('a', a), article('b', b)];
  const docs = arts.map((x) => buildDoc(x.text, x.paragraphs));
  const ctx = claimContext(arts, arts.map((x, i) => extractClaims(x, docs[i]!)), shippedMatcher(), docs);
  const pairs = candidatePairs(ctx);
  for (const [i, j] of pairs) ctx.scores.set(`${Math.min(i, j)}:${Math.max(i, j)}`, { link: 0.1, support: 0.1 });
  return marginEdges(ctx, pairs).map((e) => `${ctx.claims[e.i]!.text.slice(0, 24)} || ${ctx.claims[e.j]!.text.slice(0, 24)}`);
}

describe('margin links', () => {
  it('links two ledes at a lower similarity than two later sentences (ledeMarginMinSimilarity)', () => {
    const storm = 'Harbour officials in Dunmore closed the port after a storm tore cranes from their moorings, a spokesman said.';
    const halt = 'Shipping at the Dunmore port came to a halt when gales ripped cranes loose, stranding cargo ships.';
    const [ferry, council] = ['The Dunmore ferry timetable changes next week, the spokesman added.', 'The Dunmore council meets in June.'];
    const [library, choir] = ['The Dunmore library wing opens in June.', 'A Dunmore choir sang at the ceremony.'];
    expect(marginOnly(`Storm\n\n${storm}\n\n${ferry}\n\n${council}`, `Dunmore\n\n${halt}\n\n${library}\n\n${choir}`)).toEqual([
      'Harbour officials in Dun || Shipping at the Dunmore ',
    ]);
    expect(marginOnly(`Storm\n\n${ferry}\n\n${storm}\n\n${council}`, `Dunmore\n\n${library}\n\n${halt}\n\n${choir}`)).toEqual([]);
  });

  it('links paraphrases in the examples corpus that the matcher and coverage leave apart', async () => {
    const { docs: raws } = await collectInputs([EXAMPLES_DIR], {});
    const read = readDocuments(raws).flatMap((r) => (r.article ? [r.article] : []));
    const docs = read.map((x) => buildDoc(x.text, x.paragraphs));
    const ctx = claimContext(read, read.map((x, i) => extractClaims(x, docs[i]!)), shippedMatcher(), docs);
    const links = marginEdges(ctx, candidatePairs(ctx)).map((e) => `${ctx.claims[e.i]!.text} || ${ctx.claims[e.j]!.text}`);
    expect(links.some((l) => /passed its most recent inspection in October/.test(l) && /last been inspected on October 14/.test(l))).toBe(true);
    // A role and a name in common ("Corvane's chief executive, Ruben Aske") say nothing about what either sentence states.
    expect(links.some((l) => /unable to reach/.test(l))).toBe(false);
  });

  it('does not link sentences that only name the same people', () => {
    const links = marginLinks(
      'Talks\n\nMayor Ana Ruiz met Governor Tomas Berglund in Harwick on Monday.\n\nThe ferry timetable changes next week.',
      'Visit\n\nAna Ruiz praised Tomas Berglund after a long career.\n\nThe library wing opens in June.',
    );
    expect(links).toEqual([]);
  });

  it('does not link a fact with its denial', () => {
    const links = marginLinks(
      'Ferry\n\nThe council voted to halve the ferry subsidy on Tuesday.\n\nThe library wing opens in June.',
      'Harwick\n\nThe council did not halve the ferry subsidy, officials insisted.\n\nA charity concert raised money for the hospice.',
    );
    expect(links).toEqual([]);
  });
});
