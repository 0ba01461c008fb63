// The request and response schemas every route shares: they validate requests and generate /openapi.json.
import { z } from '@hono/zod-openapi';
import { ERROR_STATUS, type ErrorCode } from './errors.js';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
    }),
  })
  .openapi('Error');

/** The error answers a route may give, for its `responses`. */
export function errors(...codes: ErrorCode[]): Record<number, { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }> {
  return Object.fromEntries(codes.map((code) => [ERROR_STATUS[code], { description: code, content: { 'application/json': { schema: ErrorSchema } } }]));
}

export const IdParam = (name: string, example: string): z.ZodString => z.string().min(1).max(64).openapi({ param: { name, in: 'path' }, example });

export const JsonInputsSchema = z
  .object({
    title: z.string().max(500).optional().openapi({ example: 'Bridge closure' }),
    urls: z.array(z.string().max(4096)).optional().openapi({ description: 'article URLs (http/https)', example: ['https://example.org/story'] }),
    feeds: z.array(z.string().max(4096)).optional().openapi({ description: 'RSS/Atom/JSON Feed or OPML URLs' }),
    texts: z
      .array(z.object({ name: z.string().max(200).optional(), text: z.string() }))
      .optional()
      .openapi({ description: 'pasted article texts (first line the headline)' }),
  })
  .openapi('DossierInputs');

const FileSchema = z.custom<File>((v) => v instanceof File).openapi({ type: 'string', format: 'binary' });

export const FormInputsSchema = z
  .object({
    title: z.string().max(500).optional(),
    urls: z.string().optional().openapi({ description: 'newline-separated URLs' }),
    feeds: z.string().optional().openapi({ description: 'newline-separated feed URLs' }),
    text: z.union([z.string(), z.array(z.string())]).optional().openapi({ description: 'pasted text (repeatable)' }),
    files: z.union([FileSchema, z.array(FileSchema)]).optional().openapi({ description: 'files: .html .htm .txt .md .jsonl .rss .atom .xml .json .opml (repeatable)' }),
  })
  .openapi('DossierInputsForm');

export const inputsBody = {
  required: true,
  content: {
    'application/json': { schema: JsonInputsSchema },
    'multipart/form-data': { schema: FormInputsSchema },
  },
};

export const AcceptedSchema = z
  .object({
    jobId: z.string(),
    dossierId: z.string(),
    links: z.object({ job: z.string(), events: z.string(), dossier: z.string() }),
  })
  .openapi('Accepted');

export const ProgressSchema = z.object({ stage: z.string(), done: z.number().int(), total: z.number().int() }).openapi('Progress');

export const JobSchema = z
  .object({
    id: z.string(),
    dossierId: z.string(),
    state: z.enum(['queued', 'running', 'done', 'failed']),
    progress: ProgressSchema,
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  })
  .openapi('Job');

export const DossierSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    articleCount: z.number().int(),
    state: z.enum(['running', 'done', 'failed']),
  })
  .openapi('DossierSummary');

export const ArticleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    url: z.string().optional(),
    sha256: z.string(),
    addedAt: z.string(),
  })
  .openapi('ArticleSummary');

export const ArticleSchema = ArticleSummarySchema.extend({ text: z.string() }).openapi('Article');
