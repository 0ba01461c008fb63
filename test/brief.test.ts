// The brief's promises, on the team's example corpus: sections in order, every word cited, no opinion wording.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/core/types.js';
import { analyzeInputs } from '../src/pipeline/analyze.js';
import { EXAMPLES_DIR } from '../src/cli/commands/analyze.js';
import { uncitedBriefWords } from './helpers.js';

const ORDER = ['consensus', 'majority', 'single-source', 'conflict'];

describe('neutral brief on examples/corpus', () => {
  let d: Dossier;
  beforeAll(async () => {
    d = await analyzeInputs([EXAMPLES_DIR], { now: '2026-03-06T00:00:00Z' });
 
  }, 300_000);

  it('puts consensus first, then majority, single-source details and conflicts', () => {
    const sections = d.brief.map((b) => b.section ?? '');
    expect(sections[0]).toBe('consensus');
    const ranks = sections.map((s) => ORDER.indexOf(s));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(sections).toContain('conflict');
  });

  it('states a conflict as the values of one quoted claim, with who reports each', () => {
    const conflict = d.brief.find((b) => b.section === 'conflict');
    expect(conflict?.text).toMatch(/^Reports differ on the (figure|date|name|place|value) in “[^”]+”: .+ \(.+\) vs .+ \(.+\)\.$/);
  });

  it('cites spans that hold every content word of each sentence', () => {
    expect(uncitedBriefWords(d)).toEqual([]);
  });

  it('quotes no opinion sentence and no wording only the opinion piece carries', () => {
    const opinion = new Set(d.slant.filter((s) => s.genre === 'opinion').map((s) => s.article));
    expect(opinion.size).toBeGreaterThan(0);
    expect(d.brief.filter((x) => x.section !== 'conflict').length).toBeGreaterThan(0);
    for (const b of d.brief.filter((x) => x.section !== 'conflict')) {
      // The wording is the first source; the slant stage read every sentence under it, and none as opinion.
      const ref = b.sources[0]!;
      const under = d.slant.find((s) => s.article === ref.article)?.sentences.filter((s) => s.start < ref.end && ref.start < s.end) ?? [];
      expect(under.length, b.text).toBeGreaterThan(0);
      expect(under.some((s) => s.opinion), b.text).toBe(false);
      expect(b.sources.every((r) => opinion.has(r.article)), b.text).toBe(false);
    }
  });

  it('cites each claim by every article that supports it', () => {
    const claims = new Map(d.claims.map((c) => [c.id, c]));
    // Without sentences that cite claims the loop below checks nothing.
    expect(d.brief.filter((x) => x.claims.length).length).toBeGreaterThan(0);
    for (const b of d.brief.filter((x) => x.claims.length)) {
      const cited = new Set(b.sources.map((r) => r.article));
      for (const id of b.claims) for (const ref of claims.get(id)!.sources) expect(cited.has(ref.article)).toBe(true);
    }
  });
});
