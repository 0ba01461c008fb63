// What the routes are given: the store, the job runner, the limits, and how to tell a client apart.
import type { Context } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/index.js';
import type { JobRunner } from './jobs.js';
import type { ServerOptions } from './options.js';

export interface AppDeps {
  store: Store;
  runner: JobRunner;
  options: ServerOptions;
  /** triangulate's version, answered by /api/health. */
  version: string;
  /** The built page's folder (web/dist). */
  webDist: string;
  /** The client's key for rate limiting (its IP address). */
  clientIp: (c: Context) => string;
}

export type ApiApp = OpenAPIHono;

/** A route file's export: adds its route (schema + handler) to the app. */
export type RegisterRoute = (app: ApiApp, deps: AppDeps) => void;
