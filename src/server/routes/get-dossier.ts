// GET /api/dossiers/:id: the latest version as JSON (as stored), Markdown, or the self-contained HTML report.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Dossier } from '../../core/types.js';
import { renderHtml, renderMarkdown, reportCsp } from '../../render/index.js';
import type { RegisterRoute } from '../deps.js';
import { ApiError } from '../errors.js';
import { errors, IdParam } from '../schemas.js';

const FORMATS = ['json', 'md', 'html'] as const;
type Format = (typeof FORMATS)[number];

export const route = createRoute({
  method: 'get',
  path: '/api/dossiers/{id}',
  summary: "The latest version of a dossier (schema/dossier.schema.json), as JSON, Markdown or HTML",
  request: {
    params: z.object({ id: IdParam('id', 'd_x1y2z3') }),
    query: z.object({
      format: z.enum(FORMATS).optional().openapi({ description: 'default json; Accept: text/markdown or text/html also select' }),
      download: z.enum(['0', '1']).optional().openapi({ description: '1: as an attachment' }),
    }),
  },
  responses: {
    200: {
      description: 'the dossier',
      content: {
        'application/json': { schema: z.object({}).passthrough().openapi({ description: 'a Dossier (schema/dossier.schema.json)' }) },
        'text/markdown': { schema: z.string() },
        'text/html': { schema: z.string() },
      },
    },
    ...errors('bad_request', 'not_found'),
  },
});

/** The format asked for: the query first, then the Accept header, else JSON. */
function formatOf(c: Context, query: Format | undefined): Format {
  if (query) return query;
  const accept = c.req.header('accept') ?? '';
  if (/\btext\/markdown\b/i.test(accept)) return 'md';
  if (/\btext\/html\b/i.test(accept)) return 'html';
  return 'json';
}

const TYPES: Record<Format, string> = { json: 'application/json; charset=utf-8', md: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8' };

export const register: RegisterRoute = (app, deps) => {
  app.openapi(route, (c) => {
    const { id } = c.req.valid('param');
    const { format: asked, download } = c.req.valid('query');
    const summary = deps.store.getDossier(id);
    if (!summary) throw new ApiError('not_found', `no dossier ${id}`);
    const version = deps.store.latestVersion(id);
    if (!version) throw new ApiError('not_found', summary.state === 'running' ? `dossier ${id} is still being built: follow its job` : `dossier ${id} has no version: its first run failed`);
    const format = formatOf(c, asked);
    const headers: Record<string, string> = { 'Content-Type': TYPES[format], 'Cache-Control': 'no-cache', Vary: 'Accept' };
    if (download === '1') headers['Content-Disposition'] = `attachment; filename="triangulate-${id}.${format}"`;
    if (format === 'json') return c.body(version.json, 200, headers);
    const dossier = JSON.parse(version.json) as Dossier;
    if (format === 'md') return c.body(renderMarkdown(dossier), 200, headers);
    // The report's own policy (hashed inline script and style), plus what only a header can say: no framing.
    headers['Content-Security-Policy'] = `${reportCsp()}; frame-ancestors 'none'`;
    return c.body(renderHtml(dossier), 200, headers);
  });
};
