// GET /api/jobs/:id/events: the job's progress as server-sent events, ending with `done` or `failed`.
import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import type { RegisterRoute } from '../deps.js';
import { ApiError, type ErrorCode } from '../errors.js';
import type { JobEvent } from '../jobs.js';
import { errors, IdParam } from '../schemas.js';

/** How often an idle stream sends a comment, so proxies and browsers keep it open. */
const HEARTBEAT_MS = 15_000;

export const route = createRoute({
  method: 'get',
  path: '/api/jobs/{id}/events',
  summary: "A job's progress as server-sent events: `progress` {stage, done, total}, then `done` {dossierId} or `failed` {code, message}",
  request: { params: z.object({ id: IdParam('id', 'j_x1y2z3') }) },
  responses: {
    200: { description: 'an event stream; it closes after done or failed', content: { 'text/event-stream': { schema: z.string() } } },
    ...errors('not_found'),
  },
});

/** Write one event; true when it ends the stream. */
async function write(stream: SSEStreamingApi, e: JobEvent): Promise<boolean> {
  if (e.type === 'progress') {
    await stream.writeSSE({ event: 'progress', data: JSON.stringify(e.progress) });
    return false;
  }
  const data = e.type === 'done' ? { dossierId: e.dossierId } : { code: e.code, message: e.message };
  await stream.writeSSE({ event: e.type, data: JSON.stringify(data) });
  return true;
}

export const register: RegisterRoute = (app, deps) => {
  app.openapi(route, (c) => {
    const { id } = c.req.valid('param');
    if (!deps.store.getJob(id)) throw new ApiError('not_found', `no job ${id}`);
    return streamSSE(c, async (stream) => {
      // Listen before reading the job's state, so an event between the two is not lost.
      const pending: JobEvent[] = [];
      let wake: (() => void) | null = null;
      const stop = deps.runner.listen(id, (e) => {
        pending.push(e);
        wake?.();
      });
      stream.onAbort(() => wake?.());
      try {
        const job = deps.store.getJob(id)!;
        if (job.state === 'done') return void (await write(stream, { type: 'done', dossierId: job.dossierId }));
        if (job.state === 'failed') return void (await write(stream, { type: 'failed', code: (job.error?.code ?? 'internal') as ErrorCode, message: job.error?.message ?? '' }));
        await write(stream, { type: 'progress', progress: job.progress });
        while (!stream.aborted) {
          const e = pending.shift();
          if (e) {
            if (await write(stream, e)) return;
            continue;
          }
          const timer = new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, HEARTBEAT_MS).unref();
          });
          await timer;
          wake = null;
          if (!pending.length && !stream.aborted) await stream.write(': heartbeat\n\n');
        }
      } finally {
        stop();
      }
    });
  });
};
