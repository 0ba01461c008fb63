// Helpers for the page's browser tests: build web/ once per test file (into a temp folder), launch Debian's Chromium
// through playwright-core, watch a page for script that runs, dialogs and requests leaving the origin, and run axe-core.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from '../eval/shared.js';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = resolve(repoRoot, 'test-artifacts');
const AXE = resolve(repoRoot, 'node_modules/axe-core/axe.min.js');

/** Why the browser tests cannot run here, or null when they can. */
export function browserMissing(): string | null {
  if (!existsSync(CHROMIUM)) return `skipped: ${CHROMIUM} not found (apt-get install chromium)`;
  if (!existsSync(AXE)) return 'skipped: node_modules/axe-core is not installed';
  return null;
}

/**
 * Builds the page with web/vite.config.ts into a fresh temp folder (test files run in parallel; each gets its own
 * copy) and returns it; throws with Vite's message when the build fails.
 */
export async function buildWeb(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'triangulate-web-'));
  const { build } = await import('vite');
  await build({ configFile: resolve(repoRoot, 'web/vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`vite build wrote no index.html into ${outDir}`);
  return outDir;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** What a page did that it should not: dialogs, requests off `origin`, CSP violations, uncaught errors. */
export interface PageWatch {
  dialogs: string[];
  offOrigin: string[];
  cspViolations: string[];
  errors: string[];
}

/** Records everything in `PageWatch` from now on; CSP violations through a listener installed before any page script. */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const watch: PageWatch = { dialogs: [], offOrigin: [], cspViolations: [], errors: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && url !== origin) watch.offOrigin.push(url);
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) watch.cspViolations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return watch;
}

/**
 * axe-core's violations of impact serious or critical, as `rule: target` lines. axe is evaluated through the DevTools
 * protocol rather than page.addScriptTag, whose inline <script> the page's CSP (rightly) refuses.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)}`));
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Horizontal overflow of the page: scrollWidth beyond innerWidth in CSS pixels (0 when none). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
}

/** Ids of the page's panels (`section.panel`) that cannot be scrolled into view and seen. */
export async function unreachablePanels(page: Page): Promise<string[]> {
  const ids = await page.locator('section.panel').evaluateAll((nodes) => nodes.map((n) => n.id));
  const bad: string[] = [];
  for (const id of ids) {
    const panel = page.locator(`section#${id}`);
    await panel.scrollIntoViewIfNeeded();
    const box = await panel.boundingBox();
    const visible = await panel.isVisible();
    const inView = await panel.evaluate((node) => {
      const r = node.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.left >= -1 && r.right <= window.innerWidth + 1 && r.top < window.innerHeight && r.bottom > 0;
    });
    if (!visible || !box || !inView) bad.push(id);
  }
  return bad;
}

/** The contract's security headers (api.md), so the mock serves the page under the same CSP as `serve`. */
export const CONTRACT_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/**
 * A stand-in for `serve` while it is not there: the built page from `dist` (SPA fallback) and the GET routes the
 * dossier page reads, answering `dossiers` by id. Test-only; listens on 127.0.0.1.
 */
export async function mockServer(dist: string, dossiers: Map<string, unknown>): Promise<{ origin: string; close(): Promise<void> }> {
  const { createServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const { extname, normalize } = await import('node:path');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, type: string, body: string | Buffer): void => {
      res.writeHead(status, { ...CONTRACT_HEADERS, 'content-type': type });
      res.end(body);
    };
    const json = (status: number, body: unknown): void => send(status, 'application/json', JSON.stringify(body));
    const one = /^\/api\/dossiers\/([^/]+)$/.exec(url.pathname);
    if (url.pathname === '/api/dossiers') {
      const items = [...dossiers.keys()].map((id) => ({ id, title: `Mock ${id}`, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', version: 1, articleCount: 0, state: 'done' }));
      return json(200, { items });
    }
    if (one) {
      const dossier = dossiers.get(decodeURIComponent(one[1]!));
      return dossier ? json(200, dossier) : json(404, { error: { code: 'not_found', message: 'no such dossier' } });
    }
    if (url.pathname.startsWith('/api/')) return json(404, { error: { code: 'not_found', message: 'not in the mock' } });
    const path = normalize(url.pathname).replace(/^(\.\.[/\\])+/, '');
    const file = path.startsWith('/assets/') ? join(dist, path) : join(dist, 'index.html');
    readFile(file).then(
      (body) => send(200, TYPES[extname(file)] ?? 'application/octet-stream', body),
      () => json(404, { error: { code: 'not_found', message: 'no such file' } }),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('mock server has no port');
  return { origin: `http://127.0.0.1:${address.port}`, close: () => new Promise((done) => server.close(() => done())) };
}
