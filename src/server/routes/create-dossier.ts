// POST /api/dossiers: a new dossier from URLs, feeds, pasted texts or files; the analysis runs as a job (202).
import { createRoute } from '@hono/zod-openapi';
import type { RegisterRoute } from '../deps.js';
import { AcceptedSchema, errors, inputsBody } from '../schemas.js';
import { accepted, requestInputs } from './submit.js';

export const route = createRoute({
  method: 'post',
  path: '/api/dossiers',
  summary: 'Create a dossier; answers at once with the job that builds it',
  request: { body: inputsBody },
  responses: {
    202: { description: 'queued', content: { 'application/json': { schema: AcceptedSchema } } },
    ...errors('bad_request', 'payload_too_large', 'unsupported_media_type', 'rate_limited', 'unavailable'),
  },
});

export const register: RegisterRoute = (app, deps) => {
  app.openapi(route, async (c) => {
    const { title, inputs } = await requestInputs(c, deps);
    const { dossierId, jobId } = deps.store.createDossierJob(title);
    deps.runner.submit({ jobId, dossierId, kind: 'create', inputs });
    return c.json(accepted(jobId, dossierId), 202, { Location: `/api/jobs/${jobId}` });
  });
};
