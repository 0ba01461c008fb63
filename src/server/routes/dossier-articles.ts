// GET /api/dossiers/:id/articles: a dossier's articles in the order they were added.
import { createRoute, z } from '@hono/zod-openapi';
import type { RegisterRoute } from '../deps.js';
import { ApiError } from '../errors.js';
import { ArticleSummarySchema, errors, IdParam } from '../schemas.js';
import { withUrl } from './article.js';

export const route = createRoute({
  method: 'get',
  path: '/api/dossiers/{id}/articles',
  summary: "A dossier's articles",
  request: { params: z.object({ id: IdParam('id', 'd_x1y2z3') }) },
  responses: {
    200: { description: 'articles', content: { 'application/json': { schema: z.object({ items: z.array(ArticleSummarySchema) }) } } },
    ...errors('not_found'),
  },
});

export const register: RegisterRoute = (app, deps) => {
  app.openapi(route, (c) => {
    const { id } = c.req.valid('param');
    if (!deps.store.getDossier(id)) throw new ApiError('not_found', `no dossier ${id}`);
    return c.json({ items: deps.store.dossierArticles(id).map(withUrl) }, 200);
  });
};
