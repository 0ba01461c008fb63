// examples/gold.json (the invented Sella Dam corpus, written for test/examples.test.ts) read as an events gold, where
// its format allows, so the events scorer can run on the bundled corpus without ../shared.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EventGold } from './events-score.js';
import { repoRoot } from './shared.js';

interface ExamplesGold {
  now: string;
  articles: Record<string, unknown>;
  quotes: Array<{ file: string; contains: string[]; speaker: string }>;
  unique: Array<{ file: string; keywords: string[]; about: string }>;
  conflicts: Array<{ about: string; topic?: string[]; values: string[]; sources?: Record<string, string[]> }>;
  notConflicts: Array<{ about: string; values: string[] }>;
  opinion: string[];
  brief: { mustMention: string[] };
}

export const examplesCorpusDir = resolve(repoRoot, 'examples/corpus');
const raw = (): ExamplesGold => JSON.parse(readFileSync(resolve(repoRoot, 'examples/gold.json'), 'utf8')) as ExamplesGold;
export const EXAMPLES_NOW = raw().now;

/**
 * The mapping (outlets are named by file name instead of a letter):
 * - shared claims: none. The examples gold names a minimum number of articles per consensus fact, not which outlets
 *   state it, so "share of the gold outlets" has no denominator.
 * - unique: `{file, keywords}` → one alternative holding every keyword.
 * - conflicts: the outlets are the files of `sources` with their value; keywords are the topic stem with each value.
 * - traps: `notConflicts` values, each value one alternative.
 * - quotes: each `contains` piece is one gold quote (a quote split over paragraphs may be two dossier quotes).
 * - core fact: any one of `brief.mustMention` (the gold has no core-fact keywords; this is weaker than the events').
 * - most opinionated: the one `opinion` article, when there is exactly one.
 */
export function examplesAsEventGold(): EventGold {
  const g = raw();
  return {
    event: 'examples-sella-dam',
    articles: Object.fromEntries(Object.keys(g.articles).map((f) => [f, { file: f }])),
    core_fact: { claim: `brief mentions ${g.brief.mustMention.join(', ')}`, keywords_any: g.brief.mustMention.map((m) => [m]) },
    shared_claims: [],
    unique_claims: g.unique.map((u) => ({ claim: u.about, in: u.file, keywords_any: [u.keywords] })),
    conflicts: g.conflicts.map((c) => {
      const values: Record<string, string> = {};
      for (const [value, files] of Object.entries(c.sources ?? {})) for (const f of files) values[f] = value;
      return { about: c.about, values, keywords_any: c.values.map((v) => [...(c.topic ?? []), v]) };
    }),
    not_conflicts: g.notConflicts.map((c) => ({ about: c.about, keywords_any: c.values.map((v) => [v]) })),
    quotes: g.quotes.flatMap((q) => q.contains.map((text) => ({ a: q.file, text, speaker: q.speaker }))),
    most_opinionated: g.opinion.length === 1 ? g.opinion[0]! : null,
  };
}
