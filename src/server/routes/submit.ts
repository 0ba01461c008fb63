// What creating a dossier and adding articles share: the body read as inputs, the job queued, the 202 answer.
import type { Context } from 'hono';
import type { AppDeps } from '../deps.js';
import { fromForm, fromJson, type FormInputs, type JsonInputs, type RequestInputs } from '../inputs.js';

/** The request's inputs from whichever body it sent (the content type was checked before validation). */
export async function requestInputs(c: Context, deps: AppDeps): Promise<RequestInputs> {
  const req = c.req as unknown as { valid(target: 'json' | 'form'): unknown };
  const isJson = /^application\/json\b/i.test(c.req.header('content-type') ?? '');
  return isJson ? fromJson(req.valid('json') as JsonInputs, deps.options.maxInputs) : fromForm(req.valid('form') as FormInputs, deps.options.maxInputs);
}

/** The 202 body pointing at the job, its events and the dossier. */
export const accepted = (jobId: string, dossierId: string): { jobId: string; dossierId: string; links: { job: string; events: string; dossier: string } } => ({
  jobId,
  dossierId,
  links: { job: `/api/jobs/${jobId}`, events: `/api/jobs/${jobId}/events`, dossier: `/api/dossiers/${dossierId}` },
});
