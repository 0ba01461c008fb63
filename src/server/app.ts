// The HTTP app: security headers, the creating routes' limits, the API routes, /openapi.json, the page, and every error
// mapped to `{error: {code, message}}` in one place.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { AppDeps } from './deps.js';
import { ApiError, errorBody, ERROR_STATUS } from './errors.js';
import { RateLimiter } from './rate-limit.js';
import { registerRoutes } from './routes/index.js';
import { securityHeaders } from './security.js';
import { servePage } from './static.js';

/** The paths that create work: rate limited, refused while the queue is full, size limited, JSON or multipart only. */
const CREATING = ['/api/dossiers', '/api/dossiers/:id/articles'];

/** The error answer for anything thrown. */
function errorResponse(c: Context, error: unknown): Response {
  if (error instanceof ApiError) return c.json(errorBody(error.code, error.message), error.status, { ...error.headers });
  if (error instanceof HTTPException && error.status === 400) return c.json(errorBody('bad_request', error.message || 'bad request'), 400);
  console.error('triangulate serve: internal error:', error);
  return c.json(errorBody('internal', 'internal error'), ERROR_STATUS.internal);
}

/** The limits in front of the creating routes, in the order a client should hear about them. */
function creatingLimits(deps: AppDeps): MiddlewareHandler[] {
  const limiter = new RateLimiter(deps.options.ratePerMinute);
  const rate: MiddlewareHandler = async (c, next) => {
    const retry = limiter.take(deps.clientIp(c));
    if (retry !== null) throw new ApiError('rate_limited', `over ${deps.options.ratePerMinute} creating requests a minute: retry in ${retry} s`, { 'Retry-After': String(retry) });
    await next();
  };
  const queue: MiddlewareHandler = async (c, next) => {
    const { queued } = deps.runner.load;
    if (queued >= deps.options.maxQueuedJobs) throw new ApiError('unavailable', `${queued} analyses are waiting already: retry later`, { 'Retry-After': '30' });
    await next();
  };
  const mediaType: MiddlewareHandler = async (c, next) => {
    const type = c.req.header('content-type') ?? '';
    if (!/^(application\/json|multipart\/form-data)\b/i.test(type)) throw new ApiError('unsupported_media_type', `send application/json or multipart/form-data, not ${type.slice(0, 100) || 'no Content-Type'}`);
    await next();
  };
  const size = bodyLimit({
    maxSize: deps.options.maxBodyBytes,
    onError: () => {
      throw new ApiError('payload_too_large', `the request body is over the limit of ${deps.options.maxBodyBytes} bytes`);
    },
  });
  return [rate, queue, mediaType, size];
}

/**
 * The app over its dependencies; `app.request()` runs it in-process, `@hono/node-server` serves it.
 * @example const app = createApp(deps); await app.request('/api/health')
 */
export function createApp(deps: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
        throw new ApiError('bad_request', `${where}${issue?.message ?? 'invalid request'}`);
      }
    },
  });
  app.use('*', securityHeaders);
  app.on('POST', CREATING, ...creatingLimits(deps));
  registerRoutes(app, deps);
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'triangulate', version: deps.version, description: 'Dossiers of many outlets\' reports of one event, with evidence (docs/api.md).' },
  });
  app.all('/api/*', (c) => {
    throw new ApiError('not_found', `no route ${c.req.method} ${c.req.path}`);
  });
  const page = servePage(deps.webDist);
  app.on(['GET', 'HEAD'], '*', page);
  app.notFound((c) => errorResponse(c, new ApiError('not_found', `no route ${c.req.method} ${c.req.path}`)));
  app.onError((error, c) => errorResponse(c, error));
  return app;
}
