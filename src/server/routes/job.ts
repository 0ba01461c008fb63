// GET /api/jobs/:id: a job's state and progress, and its error once failed.
import { createRoute, z } from '@hono/zod-openapi';
import type { RegisterRoute } from '../deps.js';
import { ApiError } from '../errors.js';
import { errors, IdParam, JobSchema } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/api/jobs/{id}',
  summary: 'A job',
  request: { params: z.object({ id: IdParam('id', 'j_x1y2z3') }) },
  responses: {
    200: { description: 'the job', content: { 'application/json': { schema: JobSchema } } },
    ...errors('not_found'),
  },
});

export const register: RegisterRoute = (app, deps) => {
  app.openapi(route, (c) => {
    const { id } = c.req.valid('param');
    const job = deps.store.getJob(id);
    if (!job) throw new ApiError('not_found', `no job ${id}`);
    const { id: jobId, dossierId, state, progress, error } = job;
    return c.json({ id: jobId, dossierId, state, progress, ...(error ? { error } : {}) }, 200);
  });
};
