// GET /api/health: the server is up, and its version.
import { createRoute, z } from '@hono/zod-openapi';
import type { RegisterRoute } from '../deps.js';

export const route = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'The server is up',
  responses: {
    200: { description: 'up', content: { 'application/json': { schema: z.object({ ok: z.literal(true), version: z.string() }).openapi('Health') } } },
  },
});

export const register: RegisterRoute = (app, deps) => {
  app.openapi(route, (c) => c.json({ ok: true as const, version: deps.version }, 200));
};
