// `triangulate serve`: the HTTP API and the page over a SQLite store, until interrupted.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
// The server (hono, SQLite) loads only when `serve` runs: other commands start without it.
import { SERVER_DEFAULTS } from '../../server/options.js';
import { EXIT, type CliContext, type RegisterCommand } from '../context.js';
import { EXAMPLES_DIR } from './analyze.js';

interface ServeFlags {
  port: number;
  host: string;
  db: string;
  examples?: boolean;
  allowPrivate?: boolean;
  maxBodyBytes?: number;
  maxInputs?: number;
  rateLimit?: number;
  jobs?: number;
  maxQueued?: number;
}

function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    return n;
  };
}

/** The bundled examples as in-memory inputs named by their file names (a server's answers never show its own paths). */
function exampleInputs(): Array<{ name: string; bytes: Uint8Array }> {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(EXAMPLES_DIR, name))) }));
}

/** Resolves on SIGINT or SIGTERM (the signal handlers are removed again). */
function interrupted(): Promise<string> {
  return new Promise((done) => {
    const on = (signal: string): void => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      done(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

async function run(flags: ServeFlags, ctx: CliContext): Promise<void> {
  const { seedDossier, startServer } = await import('../../server/index.js');
  const server = await startServer({
    store: resolve(ctx.cwd, flags.db),
    port: flags.port,
    host: flags.host,
    ...(flags.allowPrivate ? { allowPrivate: true } : {}),
    ...(flags.maxBodyBytes ? { maxBodyBytes: flags.maxBodyBytes } : {}),
    ...(flags.maxInputs ? { maxInputs: flags.maxInputs } : {}),
    ...(flags.rateLimit ? { ratePerMinute: flags.rateLimit } : {}),
    ...(flags.jobs ? { jobConcurrency: flags.jobs } : {}),
    ...(flags.maxQueued ? { maxQueuedJobs: flags.maxQueued } : {}),
  });
  if (flags.examples) {
    if (seedDossier(server.deps, 'Examples: the bundled corpus', exampleInputs())) ctx.stderr.write('triangulate: analysing the bundled examples as a first dossier\n');
  }
  ctx.stderr.write(`triangulate: store ${resolve(ctx.cwd, flags.db)}${flags.allowPrivate ? '; private addresses allowed' : ''}\n`);
  ctx.stdout.write(`triangulate serving on ${server.url}\n`);
  const signal = await interrupted();
  ctx.stderr.write(`triangulate: ${signal}, stopping\n`);
  await server.close();
  ctx.exitCode = EXIT.ok;
}

export const register: RegisterCommand = (program: Command, ctx: CliContext) => {
  program
    .command('serve')
    .description('Serve the HTTP API (/api, /openapi.json) and the page (web/dist) over a SQLite store, until interrupted.')
    .option('--port <n>', 'port to listen on (0: any free one)', wholeNumber(0, 65535), 8787)
    .option('--host <address>', 'address to bind (127.0.0.1: this machine only)', '127.0.0.1')
    .option('--db <file>', 'SQLite file of the store (created if missing)', 'triangulate.sqlite')
    .option('--examples', 'when the store has no dossier (none built or being built), analyse the bundled examples as a first one')
    .option('--allow-private', 'let URLs in requests reach loopback, private and link-local addresses (off: the SSRF protection)')
    .option('--max-body-bytes <n>', `largest request body (default ${SERVER_DEFAULTS.maxBodyBytes})`, wholeNumber(1, 2 ** 31))
    .option('--max-inputs <n>', `most inputs in one request (default ${SERVER_DEFAULTS.maxInputs})`, wholeNumber(1, 100_000))
    .option('--rate-limit <n>', `creating requests per client IP per minute (default ${SERVER_DEFAULTS.ratePerMinute})`, wholeNumber(1, 1_000_000))
    .option('--jobs <n>', `analyses run at once, the rest queued (default ${SERVER_DEFAULTS.jobConcurrency})`, wholeNumber(1, 64))
    .option('--max-queued <n>', `analyses waiting before new ones get 503 (default ${SERVER_DEFAULTS.maxQueuedJobs})`, wholeNumber(1, 1_000_000))
    .action(async (flags: ServeFlags) => run(flags, ctx));
};
