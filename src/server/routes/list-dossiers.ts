// GET /api/dossiers: the stored dossiers, most recently updated first.
import { createRoute, z } from '@hono/zod-openapi';
import type { RegisterRoute } from '../deps.js';
import { DossierSummarySchema, errors } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/api/dossiers',
  summary: 'List dossiers',
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ example: 50 }),
      offset: z.coerce.number().int().min(0).default(0).openapi({ example: 0 }),
    }),
  },
  responses: {
    200: { description: 'dossiers', content: { 'application/json': { schema: z.object({ items: z.array(DossierSummarySchema) }) } } },
    ...errors('bad_request'),
  },
});

export const register: RegisterRoute = (app, deps) => {
  app.openapi(route, (c) => {
    const { limit, offset } = c.req.valid('query');
    const items = deps.store.listDossiers(limit, offset).map((d) => ({ ...d, title: d.title ?? 'Untitled dossier' }));
    return c.json({ items }, 200);
  });
};
