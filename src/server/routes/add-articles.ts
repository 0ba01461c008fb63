// POST /api/dossiers/:id/articles: add articles (deduplicated) and re-run the dossier as a new version (202).
import { createRoute, z } from '@hono/zod-openapi';
import type { RegisterRoute } from '../deps.js';
import { ApiError } from '../errors.js';
import { AcceptedSchema, errors, IdParam, inputsBody } from '../schemas.js';
import { accepted, requestInputs } from './submit.js';

export const route = createRoute({
  method: 'post',
  path: '/api/dossiers/{id}/articles',
  summary: "Add articles to a dossier and re-run it; no new version when every article is one it has",
  request: { params: z.object({ id: IdParam('id', 'd_x1y2z3') }), body: inputsBody },
  responses: {
    202: { description: 'queued', content: { 'application/json': { schema: AcceptedSchema } } },
    ...errors('bad_request', 'not_found', 'payload_too_large', 'unsupported_media_type', 'rate_limited', 'unavailable'),
  },
});

export const register: RegisterRoute = (app, deps) => {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid('param');
    if (!deps.store.getDossier(id)) throw new ApiError('not_found', `no dossier ${id}`);
    const { inputs } = await requestInputs(c, deps);
    const jobId = deps.store.createJob(id, 'add');
    deps.runner.submit({ jobId, dossierId: id, kind: 'add', inputs });
    return c.json(accepted(jobId, id), 202, { Location: `/api/jobs/${jobId}` });
  });
};
