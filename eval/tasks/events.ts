// The whole dossier on real events: each ../shared/events/<event>/ folder analysed as a user's files are (ingest -> reader
// -> pipeline, through analyzeInputs), scored against its gold.json by eval/events-score.ts, averaged over the events.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeInputs } from '../../src/index.js';
import { aggregate, METRICS, scoreEvent, type EventGold, type EventScore, type Metric } from '../events-score.js';
import { eventsPath, hasDataSet } from '../shared.js';
import type { EvalRow, EvalTask } from '../task.js';
import { examplesAsEventGold, examplesCorpusDir, EXAMPLES_NOW } from '../examples-gold.js';

const SET = 'events';

/** Row names, in the order printed; higher is better for each (the gate keeps figures above floors). */
const LABELS: Record<Metric, string> = {
  shared: 'shared-claim recall (best group, share of gold outlets)',
  unique: 'unique details kept single-source',
  conflictRecall: 'conflict recall (pooled)',
  conflictPrecision: 'conflict precision (pooled; 1 when none printed)',
  trapsNotFlagged: 'traps not flagged (pooled)',
  quotesFound: 'quotes found (coverage ≥ 0.8)',
  speakerRight: 'speaker right (among quotes found)',
  briefClean: 'brief sentences without defect',
  coreFactFirstTwo: 'core fact in the first two brief sentences',
  coreFactOneClaim: 'core fact as one claim (share of the outlets stating it)',
  mostOpinionated: 'most opinionated outlet right',
};

/** Fixed analysis time: the metrics do not depend on it, but the run should be reproducible. */
const NOW = '2026-01-01T00:00:00Z';

async function scoreEvents(): Promise<EventScore[]> {
  const scores: EventScore[] = [];
  for (const id of readdirSync(eventsPath()).sort()) {
    const dir = eventsPath(id);
    if (!existsSync(join(dir, 'gold.json'))) continue;
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as EventGold;
    // The user's path: the outlet files as given on the command line (a folder would do the same: see eval/README.md).
    const files = Object.values(gold.articles).map((a) => join(dir, a.file));
    scores.push(scoreEvent(await analyzeInputs(files, { now: NOW }), gold));
  }
  return scores;
}

function rows(dataset: string, scores: EventScore[], reference: (m: Metric) => string): EvalRow[] {
  const out: EvalRow[] = [];
  for (const m of METRICS) {
    const { value, n, events } = aggregate(scores, m);
    // A metric the gold gives nothing for (no quotes, no opinionated outlet) is not reported rather than reported as 0.
    if (!events && m !== 'conflictPrecision') continue;
    out.push({ task: 'events', dataset, metric: LABELS[m], ours: Math.round(value * 10000) / 10000, reference: reference(m), n });
  }
  return out;
}

function printBreakdown(dataset: string, scores: EventScore[]): void {
  for (const s of scores) {
    const figures = METRICS.map((m) => `${m} ${s.tallies[m].n ? `${+s.tallies[m].hit.toFixed(2)}/${s.tallies[m].n}` : '-'}`);
    console.error(`\n${dataset} ${s.event}: ${figures.join(', ')}`);
    for (const note of s.notes) console.error(`  - ${note}`);
  }
}

/** Figures measured by hand in issue #10 before this eval existed, to compare with. */
const ISSUE_10: Partial<Record<Metric, string>> = {
  shared: '~0.67 issue #10 (by hand)',
  unique: '~0.86 issue #10 (by hand)',
  conflictRecall: '0 of 7 issue #10 (by hand)',
  speakerRight: '~0.71 issue #10 (by hand)',
  briefClean: '~0.66 issue #10 (by hand)',
  coreFactFirstTwo: '~0.70 issue #10 (by hand)',
};

export default {
  name: 'events',
  // The bundled examples always run (the gate works without ../shared); the real events when ../shared/events is there.
  dataset: 'examples',
  async run(): Promise<EvalRow[]> {
    const verbose = process.env['EVAL_VERBOSE'] === '1';
    const out: EvalRow[] = [];
    if (hasDataSet(SET)) {
      const scores = await scoreEvents();
      if (verbose) printBreakdown(SET, scores);
      out.push(...rows(SET, scores, (m) => ISSUE_10[m] ?? ''));
    } else console.error(`events: ${eventsPath()} not found; scoring the bundled examples only`);
    // The bundled invented corpus, scored by the same scorer where its gold maps onto the events format.
    const dossier = await analyzeInputs([examplesCorpusDir], { now: EXAMPLES_NOW });
    const example = scoreEvent(dossier, examplesAsEventGold());
    if (verbose) printBreakdown('examples', [example]);
    out.push(...rows('examples', [example], () => ''));
    return out;
  },
} satisfies EvalTask;
