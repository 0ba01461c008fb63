// Every API route, one file each; a new endpoint is one file and one line here (its schema joins /openapi.json).
import type { ApiApp, AppDeps, RegisterRoute } from '../deps.js';
import { register as health } from './health.js';
import { register as createDossier } from './create-dossier.js';
import { register as listDossiers } from './list-dossiers.js';
import { register as getDossier } from './get-dossier.js';
import { register as dossierArticles } from './dossier-articles.js';
import { register as addArticles } from './add-articles.js';
import { register as job } from './job.js';
import { register as jobEvents } from './job-events.js';
import { register as article } from './article.js';

export const ROUTES: readonly RegisterRoute[] = [health, createDossier, listDossiers, getDossier, dossierArticles, addArticles, job, jobEvents, article];

export function registerRoutes(app: ApiApp, deps: AppDeps): void {
  for (const add of ROUTES) add(app, deps);
}
