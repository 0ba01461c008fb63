// The API bench (issue #12): (1) dossier creation for the bundled examples through the HTTP API, request to job done,
// p50/p99 over 100 requests, against the pipeline run in-process on the same bytes; (2) GET of a stored dossier by 50
// concurrent keep-alive clients on 127.0.0.1, requests/s and errors, against a bare node:http server sending the same
// bytes. Both bounded in count and time; figures are ratios to the peer measured in the same run.
// Usage: npm run bench -- api [--quick]
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeInputs } from '../src/pipeline/analyze.js';
import { EXAMPLES_DIR } from '../src/cli/commands/analyze.js';
import { startServer } from '../src/server/index.js';

interface Options {
  quick: boolean;
  row: (cells: Array<string | number>) => string;
}

const CLIENTS = 50;

const examples = (): Array<{ name: string; text: string }> =>
  readdirSync(EXAMPLES_DIR)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(EXAMPLES_DIR, name), 'utf8') }));

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** Wait for a job's SSE stream to end; its last event. */
async function jobEnd(base: string, events: string): Promise<string> {
  const text = await (await fetch(new URL(events, base), { signal: AbortSignal.timeout(300_000) })).text();
  return /event: (done|failed)/.exec(text)?.[1] ?? 'unknown';
}

/** Sequential creations until `count` or `budgetMs`; each timed from the POST to the job's end. */
async function createTimes(base: string, count: number, budgetMs: number): Promise<{ ms: number[]; failed: number; dossierId: string }> {
  const body = JSON.stringify({ title: 'bench', texts: examples() });
  const ms: number[] = [];
  let failed = 0;
  let dossierId = '';
  const until = performance.now() + budgetMs;
  while (ms.length < count && performance.now() < until) {
    const t0 = performance.now();
    const res = await fetch(new URL('/api/dossiers', base), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const accepted = (await res.json()) as { dossierId: string; links: { events: string } };
    if ((await jobEnd(base, accepted.links.events)) !== 'done') failed += 1;
    ms.push(performance.now() - t0);
    dossierId = accepted.dossierId;
  }
  return { ms: ms.sort((a, b) => a - b), failed, dossierId };
}

/** The in-process peer: the pipeline on the same texts as in-memory inputs, `count` runs after one warm-up. */
async function pipelineTimes(count: number): Promise<number[]> {
  const enc = new TextEncoder();
  const inputs = examples().map((e) => ({ name: e.name, bytes: enc.encode(e.text) }));
  await analyzeInputs(inputs);
  const ms: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const t0 = performance.now();
    JSON.stringify(await analyzeInputs(inputs));
    ms.push(performance.now() - t0);
  }
  return ms.sort((a, b) => a - b);
}

/** GET `url` from 50 keep-alive clients until `total` requests or `budgetMs`; requests/s and errors. */
interface LoadResult {
  rps: number;
  errors: number;
  done: number;
}

async function load(url: string, total: number, budgetMs: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  let started = 0;
  let done = 0;
  let errors = 0;
  const t0 = performance.now();
  const until = t0 + budgetMs;
  const one = (): Promise<void> =>
    new Promise((resolve) => {
      const req = request(url, { agent }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => {
          if (res.statusCode !== 200) errors += 1;
          resolve();
        });
      });
      req.on('error', () => {
        errors += 1;
        resolve();
      });
      req.end();
    });
  const client = async (): Promise<void> => {
    while (started < total && performance.now() < until) {
      started += 1;
      await one();
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  agent.destroy();
  return { rps: done / ((performance.now() - t0) / 1000), errors, done };
}

/** A bare node:http server answering every request with `bytes` as JSON. */
async function bareServer(bytes: Buffer): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': bytes.length });
    res.end(bytes);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

/** `n` alternating rounds of our server and the peer; the best round of each (errors summed over all rounds). */
async function roundsOf(n: number, ours: string, peer: string, total: number): Promise<{ ours: LoadResult; base: LoadResult }> {
  const best = (a: LoadResult | null, b: LoadResult): LoadResult => (a && a.rps >= b.rps ? { ...a, errors: a.errors + b.errors } : { ...b, errors: b.errors + (a?.errors ?? 0) });
  let o: LoadResult | null = null;
  let p: LoadResult | null = null;
  for (let i = 0; i < n; i += 1) {
    p = best(p, await load(peer, total, 30_000));
    o = best(o, await load(ours, total, 30_000));
  }
  return { ours: o!, base: p! };
}

export async function benchApi(opts: Options): Promise<void> {
  const creations = opts.quick ? 20 : 100;
  const gets = opts.quick ? 2_000 : 10_000;
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-api-'));
  // The rate limit is lifted: the bench is one client sending 100 creations as fast as they finish.
  const server = await startServer({ store: join(dir, 'bench.sqlite'), port: 0, host: '127.0.0.1', ratePerMinute: 1_000_000 });
  try {
    const created = await createTimes(server.url, creations, opts.quick ? 60_000 : 900_000);
    const peer = await pipelineTimes(opts.quick ? 5 : 10);
    console.log(`\nAPI: dossier creation for the ${examples().length} example articles, POST to job done, one request at a time\n`);
    console.log(opts.row(['measure', 'p50 ms', 'p99 ms', 'ratio (p50)']));
    console.log(opts.row([`pipeline in-process (peer, ${peer.length} runs)`, percentile(peer, 50).toFixed(0), percentile(peer, 99).toFixed(0), '1.00']));
    console.log(opts.row([`through the API (${created.ms.length} requests)`, percentile(created.ms, 50).toFixed(0), percentile(created.ms, 99).toFixed(0), (percentile(created.ms, 50) / percentile(peer, 50)).toFixed(2)]));
    if (created.failed) console.log(`${created.failed} creation jobs failed`);

    const path = `api/dossiers/${created.dossierId}`;
    const bytes = Buffer.from(await (await fetch(new URL(path, server.url))).arrayBuffer());
    const bare = await bareServer(bytes);
    try {
      // Warm both (JIT, sockets), then alternate rounds and keep each one's best: the least disturbed by other load.
      const target = new URL(path, server.url).href;
      await load(target, 500, 10_000);
      await load(bare.url, 500, 10_000);
      const rounds = await roundsOf(2, target, bare.url, gets);
      const { ours, base } = rounds;
      console.log(`\nAPI: GET of a stored dossier (${(bytes.length / 1024).toFixed(0)} kB JSON), ${CLIENTS} concurrent keep-alive clients on 127.0.0.1, ${gets} requests a round\n`);
      console.log(opts.row(['server (best of 2 rounds)', 'requests/s', 'errors', 'ratio to peer']));
      console.log(opts.row([`bare node:http, same bytes (peer)`, base.rps.toFixed(0), base.errors, '1.00']));
      console.log(opts.row([`triangulate serve`, ours.rps.toFixed(0), ours.errors, (ours.rps / base.rps).toFixed(2)]));
    } finally {
      await new Promise((r) => bare.server.close(r));
    }
  } finally {
    await server.close();
  }
}
