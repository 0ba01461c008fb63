// triangulate's HTTP server: createApp(deps) for in-process use and tests, startServer() to listen (`triangulate serve`).
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { Input } from '../ingest/index.js';
import { packageRoot } from '../core/util/package-root.js';
import { openStore, type Store } from '../store/index.js';
import { createApp } from './app.js';
import type { AppDeps } from './deps.js';
import { JobRunner } from './jobs.js';
import { SERVER_DEFAULTS, type ServerOptions } from './options.js';
import { VersionCache } from './version-cache.js';

export { createApp } from './app.js';
export { ERROR_STATUS, type ErrorCode } from './errors.js';
export { SERVER_DEFAULTS, UPLOAD_EXTENSIONS, type ServerOptions } from './options.js';
export { PAGE_CSP } from './security.js';
export type { AppDeps } from './deps.js';

const ROOT = packageRoot(fileURLToPath(new URL('.', import.meta.url)));

/** The page's build folder. */
export const WEB_DIST = resolve(ROOT, 'web/dist');

/** triangulate's version, from package.json. */
export const VERSION = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The peer's IP address from the socket (never from a header a client can write). */
function socketIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'local';
  }
}

export interface ServiceOptions extends Partial<ServerOptions> {
  /** An open store, or the SQLite file to open. */
  store: Store | string;
  webDist?: string;
  clientIp?: (c: Context) => string;
}

/** The app's dependencies (store, job runner) built from options with defaults; `close()` stops the runner and the store. */
export function createService(opts: ServiceOptions): AppDeps & { close(): Promise<void> } {
  const options: ServerOptions = { ...SERVER_DEFAULTS, ...Object.fromEntries(Object.entries(opts).filter(([k, v]) => k in SERVER_DEFAULTS && v !== undefined)) };
  const store = typeof opts.store === 'string' ? openStore(opts.store) : opts.store;
  const runner = new JobRunner(store, { concurrency: options.jobConcurrency, allowPrivate: options.allowPrivate });
  return {
    store,
    runner,
    options,
    version: VERSION,
    webDist: opts.webDist ?? WEB_DIST,
    versions: new VersionCache(store),
    clientIp: opts.clientIp ?? socketIp,
    close: async () => {
      await runner.close();
      store.close();
    },
  };
}

/**
 * Queue the analysis of inputs as a new dossier when the store has none with content or under way (`serve --examples`;
 * a seed whose run a stop interrupted is tried again). The inputs come from the operator, never from a request (a
 * request may name only http(s) URLs and send content).
 * @returns the job's id, or null when the store already had a dossier
 */
export function seedDossier(deps: AppDeps, title: string, inputs: Input[]): string | null {
  if (deps.store.hasLiveDossier()) return null;
  const { dossierId, jobId } = deps.store.createDossierJob(title);
  deps.runner.submit({ jobId, dossierId, kind: 'create', inputs });
  return jobId;
}

export interface RunningServer {
  url: string;
  server: Server;
  deps: AppDeps;
  close(): Promise<void>;
}

/**
 * Listen on `host:port` (port 0 picks a free one).
 * @example const s = await startServer({ store: 'triangulate.sqlite', port: 8787, host: '127.0.0.1' }); console.log(s.url)
 */
export async function startServer(opts: ServiceOptions & { port: number; host: string }): Promise<RunningServer> {
  const service = createService(opts);
  const app = createApp(service);
  const server = await new Promise<Server>((resolveServer, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, () => resolveServer(s as Server)) as Server;
    s.once('error', reject);
  });
  // Idle keep-alive sockets stay open longer than Node's 5 s, so a client reusing one after a pause (a page polling,
  // a script between analyses) rarely meets a socket closed under it.
  server.keepAliveTimeout = 30_000;
  server.headersTimeout = 35_000;
  const { port } = server.address() as AddressInfo;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${host}:${port}/`,
    server,
    deps: service,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await service.close();
    },
  };
}
