// `npm run eval`: runs every task in eval/tasks against ../shared/data, prints one table, and gates on eval/baseline.json.
// Usage: npm run eval [-- <task-name>...] [-- --write-baseline]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataSetDir, hasDataSet, repoRoot } from './shared.js';
import type { EvalRow, EvalTask } from './task.js';

interface Floor {
  floor: number;
  /** Hash of the data set's file names and sizes when the floor was set: a changed set must be re-baselined knowingly. */
  dataHash: string;
  n?: number;
}
type Baseline = Record<string, Floor>;

const BASELINE = resolve(repoRoot, 'eval/baseline.json');
const key = (r: EvalRow): string => `${r.task}/${r.dataset}/${r.metric}`;

const hashes = new Map<string, string>();
/** A cheap fingerprint of a data set: names and sizes of its files; each folder is walked once per run, not once per row. */
function dataHash(dataset: string): string {
  // Rows may name a split ("subjectivity-checkthat/dev"): the fingerprint covers the whole set's folder.
  const name = dataset.split('/')[0]!;
  const known = hashes.get(name);
  if (known) return known;
  const dir = dataSetDir(name);
  const h = createHash('sha256');
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else h.update(`${p.slice(dir.length)}:${st.size}\n`);
    }
  };
  walk(dir);
  const hex = h.digest('hex').slice(0, 16);
  hashes.set(name, hex);
  return hex;
}

async function loadTasks(only: string[]): Promise<EvalTask[]> {
  const dir = resolve(repoRoot, 'eval/tasks');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.startsWith('_')).sort();
  const tasks: EvalTask[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { default?: EvalTask };
    if (!mod.default) throw new Error(`eval/tasks/${f} has no default export (an EvalTask)`);
    if (!only.length || only.includes(mod.default.name)) tasks.push(mod.default);
  }
  return tasks;
}

function printTable(rows: EvalRow[], verdicts: Map<EvalRow, string>): void {
  const head = ['task', 'data set', 'metric', 'ours', 'compare with', 'n', 'gate'];
  const body = rows.map((r) => [
    r.isReference ? `  (${r.task})` : r.task,
    r.dataset,
    r.metric,
    r.ours.toFixed(4),
    r.reference,
    r.n === undefined ? '' : String(r.n),
    verdicts.get(r) ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of body) console.log(line(row));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const write = args.includes('--write-baseline');
  const only = args.filter((a) => !a.startsWith('--'));
  const baseline: Baseline = existsSync(BASELINE) ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline) : {};
  const rows: EvalRow[] = [];
  const skipped: string[] = [];
  for (const task of await loadTasks(only)) {
    if (!hasDataSet(task.dataset)) {
      skipped.push(`${task.name}: ${dataSetDir(task.dataset)} not found`);
      continue;
    }
    const started = Date.now();
    rows.push(...(await task.run()));
    console.error(`eval: ${task.name} on ${task.dataset} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  const verdicts = new Map<EvalRow, string>();
  let failed = 0;
  for (const r of rows) {
    if (r.isReference) continue;
    const floor = baseline[key(r)];
    if (!floor) verdicts.set(r, 'no floor');
    else if (r.ours + 1e-9 < floor.floor) {
      verdicts.set(r, `FAIL < ${floor.floor.toFixed(4)}`);
      failed += 1;
    } else verdicts.set(r, `ok ≥ ${floor.floor.toFixed(4)}`);
    if (floor && floor.dataHash !== dataHash(r.dataset)) verdicts.set(r, `${verdicts.get(r)} (data changed)`);
  }
  printTable(rows, verdicts);
  for (const s of skipped) console.log(`skipped ${s}`);

  // A floored figure that a task which ran no longer reports (renamed metric, task returning nothing) must not pass.
  const ran = new Set(rows.map((r) => r.task));
  const reported = new Set(rows.map(key));
  // A row whose data set is absent here (a task scoring several sets) is skipped, not missing.
  const missing = Object.keys(baseline).filter((k) => ran.has(k.split('/')[0]!) && hasDataSet(k.split('/')[1]!) && !reported.has(k));
  for (const k of missing) console.log(`MISSING ${k}: floored in eval/baseline.json but not reported by its task`);
  failed += missing.length;

  if (write) {
    // Floors only ever rise: a new floor is the lower of today's figure (less a small noise margin) and never below the old one.
    for (const r of rows) {
      if (r.isReference) continue;
      const old = baseline[key(r)];
      const proposed = Math.floor((r.ours - 0.005) * 1000) / 1000;
      baseline[key(r)] = { floor: Math.max(old?.floor ?? 0, proposed), dataHash: dataHash(r.dataset), ...(r.n === undefined ? {} : { n: r.n }) };
    }
    writeFileSync(BASELINE, `${JSON.stringify(baseline, null, 2)}\n`);
    console.log(`wrote ${BASELINE}`);
  }
  if (failed) console.log(`${failed} figure(s) fell below their floor in eval/baseline.json`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
