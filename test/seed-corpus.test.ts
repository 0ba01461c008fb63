// Issue #2 acceptance on the real seed corpus (../shared/corpus/witkoff-leak): clean texts, named speakers, credited outlets;
// issue #13: the rewrite pair found.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusPath } from '../eval/shared.js';
import type { Dossier } from '../src/core/types.js';
import { badRefs, runCli, schemaErrors, uncitedBriefWords } from './helpers.js';

const dir = corpusPath('witkoff-leak');
const present = existsSync(dir);
if (!present) console.log(`skipped: ${dir} not found (clone with ../shared beside the repo)`);

describe.skipIf(!present)('witkoff-leak corpus', () => {
  let d: Dossier;
  beforeAll(async () => {
    const run = await runCli(['analyze', dir, '--json', '--now', '2026-01-01T00:00:00Z']);
    expect(run.code).toBe(0);
    d = JSON.parse(run.stdout) as Dossier;
 
  }, 300_000);

  it('validates against the schema with every span inside its article', () => {
    expect(schemaErrors(d)).toEqual([]);
    expect(badRefs(d)).toEqual([]);
    expect(d.articles).toHaveLength(5);
  });

  it('removes comment widgets, reaction prompts and image credits from the text', () => {
    for (const a of d.articles) {
      expect(a.text).not.toMatch(/There are no comments|Add yours|What's Your Reaction\?|Featured image via/i);
    }
    const removed = d.articles.flatMap((a) => a.removed.map((r) => r.text)).join('\n');
    expect(removed).toMatch(/There are no comments/);
    expect(removed).toMatch(/What's Your Reaction\?/);
    expect(removed).toMatch(/Featured image via/);
  });

  it('marks the syndicated article with its origin', () => {
    const syndicated = d.articles.filter((a) => a.syndication);
    expect(syndicated.map((a) => a.syndication)).toEqual(['Canary']);
    expect(syndicated[0]!.text).not.toMatch(/originally published on/i);
  });

  it('finds quotes with named speakers', () => {
    const named = d.quotes.filter((q) => q.speakerName);
    expect(named.length).toBeGreaterThanOrEqual(5);
    const speakers = named.map((q) => q.speakerName ?? '').join(' | ');
    expect(speakers).toMatch(/Trump/);
    expect(speakers).toMatch(/Witkoff/);
    for (const q of d.quotes) {
      const article = d.articles.find((a) => a.id === q.article)!;
      expect(article.text.slice(q.start, q.end)).toContain(q.text.slice(0, 20));
    }
  });

  it('names the outlets the articles credit', () => {
    const cited = new Set(d.citations.map((c) => c.cites.replace(/^the /i, '')));
    for (const outlet of ['Bloomberg', 'BBC', 'Telegraph', 'Canary']) expect([...cited]).toContain(outlet);
  });

  it('ranks the opinion column (003) most subjective and labels it opinion', () => {
    const ranked = [...d.slant].sort((x, y) => y.subjectivity - x.subjectivity);
    const source = (id: string) => d.articles.find((a) => a.id === id)!.source;
    expect(source(ranked[0]!.article)).toMatch(/003_[^/]*$/);
    expect(ranked[0]!.genre).toBe('opinion');
  });

  it('finds 000 and 001 (one report rewritten) as the strongest reuse pair, a rewrite with no direction (no dates)', () => {
    const [top, next] = [...d.reuse].sort((x, y) => y.score - x.score);
    expect([top?.a, top?.b]).toEqual(['a1', 'a2']);
    expect(top?.relation).toBe('rewrite');
    expect(top?.direction ?? null).toBeNull();
    expect(top!.score).toBeGreaterThan(next?.score ?? 0);
  });

  it('writes a brief whose every sentence cites spans holding its words', () => {
    expect(d.brief.length).toBeGreaterThan(0);
    expect(uncitedBriefWords(d)).toEqual([]);
  });
});
