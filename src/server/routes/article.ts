// GET /api/articles/:id: one stored article with its cleaned text.
import { createRoute, z } from '@hono/zod-openapi';
import type { RegisterRoute } from '../deps.js';
import { ApiError } from '../errors.js';
import { ArticleSchema, errors, IdParam } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/api/articles/{id}',
  summary: 'One article',
  request: { params: z.object({ id: IdParam('id', 'art_x1y2z3') }) },
  responses: {
    200: { description: 'the article', content: { 'application/json': { schema: ArticleSchema } } },
    ...errors('not_found'),
  },
});

/** An article row as the API answers it: `url` only when there is one. */
export function withUrl<T extends { url: string | null }>(a: T): Omit<T, 'url'> & { url?: string } {
  const { url, ...rest } = a;
  return url ? { ...rest, url } : rest;
}

export const register: RegisterRoute = (app, deps) => {
  app.openapi(route, (c) => {
    const { id } = c.req.valid('param');
    const article = deps.store.getArticle(id);
    if (!article) throw new ApiError('not_found', `no article ${id}`);
    return c.json(withUrl(article), 200);
  });
};
