// The fuzz harness (issue #11 item 6): thousands of hostile inputs, each given to the CLI as a user's file
// (`triangulate analyze <file> -o out.json`, in process). Every input must end in one of the README's exit codes for
// input (0 done, 2 no readable article — never 3, an internal failure), a dossier that parses, no failed stage, within a
// time proportional to its size, with the heap bounded. Bounded itself: it stops at --count inputs or --seconds.
// Usage: npm run fuzz [-- --count 2000 --seconds 600 --seed 1 --size 1000]; FUZZ_TRACE=1 names each input on stderr
// before it runs, so an input that hangs the process (nothing in process can interrupt synchronous work) is known.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { fuzzInputs, seeds, type FuzzInput } from './inputs.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const OPTS = { count: arg('count', 1000), seconds: arg('seconds', 300), seed: arg('seed', 1), size: arg('size', 1000) };
/** Time allowed per input: a base for the models and one second more per 100 KB. */
const budgetMs = (bytes: number): number => 15_000 + bytes / 100;
/** Heap in use after an input above this is a failure: memory must stay bounded whatever the input. */
const HEAP_LIMIT = 2 * 1024 ** 3;
const EXIT_OK = new Set([0, 2]);

/** A stream that keeps only the last few kilobytes, for the failure report. */
function sink(): { stream: Writable; text: () => string } {
  let buf = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      buf = (buf + String(chunk)).slice(-4000);
      done();
    },
  });
  return { stream, text: () => buf };
}

/** Run one input through the CLI; the reasons it failed (empty when it passed). */
async function runOne(dir: string, input: FuzzInput): Promise<{ ms: number; problems: string[] }> {
  const file = join(dir, input.name);
  const out = join(dir, 'out.json');
  writeFileSync(file, input.bytes);
  rmSync(out, { force: true });
  const err = sink();
  const t0 = performance.now();
  const code = await main(['analyze', file, '-o', out, '--no-progress', '--now', '2026-01-01T00:00:00Z'], { stdout: sink().stream, stderr: err.stream, stderrIsTTY: false });
  const ms = performance.now() - t0;
  rmSync(file, { force: true });
  const problems: string[] = [];
  if (!EXIT_OK.has(code)) problems.push(`exit ${code}: ${err.text().slice(-300)}`);
  if (code === 0) {
    try {
      const d = JSON.parse(readFileSync(out, 'utf8')) as { diagnostics: Array<{ rule: string; message: string }> };
      for (const x of d.diagnostics.filter((x) => x.rule === 'stage-failed')) problems.push(`stage failed: ${x.message}`);
    } catch (error) {
      problems.push(`dossier unreadable: ${(error as Error).message}`);
    }
  }
  if (code === 2 && !err.text().trim()) problems.push('no readable article and no diagnostic');
  if (ms > budgetMs(input.bytes.length)) problems.push(`took ${(ms / 1000).toFixed(1)} s for ${input.bytes.length} bytes`);
  if (process.memoryUsage().heapUsed > HEAP_LIMIT) problems.push(`heap ${(process.memoryUsage().heapUsed / 1024 ** 2).toFixed(0)} MB`);
  return { ms, problems };
}

async function fuzz(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-fuzz-'));
  const started = performance.now();
  const failures: Array<{ input: FuzzInput; problems: string[] }> = [];
  const kinds = new Map<string, { n: number; ms: number }>();
  let done = 0;
  try {
    for (const input of fuzzInputs(seeds(join(import.meta.dirname, '..', 'examples', 'corpus')), OPTS.count, OPTS.seed, OPTS.size)) {
      if (performance.now() - started > OPTS.seconds * 1000) break;
      if (process.env.FUZZ_TRACE) console.error(`${input.name} ${input.kind} ${input.bytes.length}`);
      const { ms, problems } = await runOne(dir, input);
      done++;
      const k = kinds.get(input.kind) ?? { n: 0, ms: 0 };
      kinds.set(input.kind, { n: k.n + 1, ms: Math.max(k.ms, ms) });
      if (problems.length) failures.push({ input, problems });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  report(done, kinds, failures, (performance.now() - started) / 1000);
  return failures.length ? 1 : 0;
}

function report(done: number, kinds: Map<string, { n: number; ms: number }>, failures: Array<{ input: FuzzInput; problems: string[] }>, seconds: number): void {
  console.log(`fuzz: ${done} inputs (seed ${OPTS.seed}, size ${OPTS.size}) in ${seconds.toFixed(0)} s; ${failures.length} failed`);
  console.log('| kind | inputs | slowest (s) |\n|---|---|---|');
  for (const [kind, k] of [...kinds].sort()) console.log(`| ${kind} | ${k.n} | ${(k.ms / 1000).toFixed(2)} |`);
  for (const f of failures.slice(0, 30)) console.log(`FAIL ${f.input.name} (${f.input.kind}, ${f.input.bytes.length} bytes): ${f.problems.join('; ')}`);
}

process.exitCode = await fuzz();
