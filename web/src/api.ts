// The HTTP API as the page uses it (contract: docs/api.md and /openapi.json): typed fetches and the job's event stream.
import type { Dossier } from '../../src/core/types.js';
import type { DossierSummary } from '../../src/store/dossiers.js';

/** A dossier as the list answers it: the store's summary (the server sends it as is). */
export type DossierListItem = DossierSummary;

export interface CreatedJob {
  jobId: string;
  dossierId: string;
  links: { job: string; events: string; dossier: string };
}

export interface Progress {
  stage: string;
  done: number;
  total: number;
}

/** An API error with its stable code (`not_found`, `no_article`, …). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function readJson<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (!response.ok) {
    const error = body?.error;
    throw new ApiError(
      error?.code ?? 'internal',
      error?.message ?? `${response.status} ${response.statusText}`,
      response.status,
    );
  }
  return body as T;
}

export const dossierPath = (id: string): string => `/api/dossiers/${encodeURIComponent(id)}`;

export async function listDossiers(): Promise<DossierListItem[]> {
  const body = await readJson<{ items: DossierListItem[] }>(await fetch('/api/dossiers?limit=100'));
  return body.items;
}

export async function getDossier(id: string): Promise<Dossier> {
  return readJson<Dossier>(await fetch(dossierPath(id), { headers: { accept: 'application/json' } }));
}

export async function createDossier(form: FormData): Promise<CreatedJob> {
  return readJson<CreatedJob>(await fetch('/api/dossiers', { method: 'POST', body: form }));
}

/** Adds articles to a dossier; the job re-runs it as a new version. */
export async function addArticles(id: string, form: FormData): Promise<CreatedJob> {
  return readJson<CreatedJob>(await fetch(`${dossierPath(id)}/articles`, { method: 'POST', body: form }));
}

export interface JobHandlers {
  progress(progress: Progress): void;
  done(dossierId: string): void;
  failed(code: string, message: string): void;
}

/** Follows a job's server-sent events until done or failed; returns a function that stops listening. */
export function followJob(eventsUrl: string, handlers: JobHandlers): () => void {
  const source = new EventSource(eventsUrl);
  const parse = (event: Event): Record<string, unknown> => {
    try {
      return JSON.parse((event as MessageEvent<string>).data) as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  source.addEventListener('progress', (event) => handlers.progress(parse(event) as unknown as Progress));
  source.addEventListener('done', (event) => {
    source.close();
    handlers.done(String(parse(event).dossierId ?? ''));
  });
  source.addEventListener('failed', (event) => {
    source.close();
    const data = parse(event);
    handlers.failed(String(data.code ?? 'internal'), String(data.message ?? 'the analysis failed'));
  });
  source.addEventListener('error', () => {
    if (source.readyState === EventSource.CLOSED) handlers.failed('unavailable', 'lost the connection to the server');
  });
  return () => source.close();
}
