// Helpers for the page's browser tests: build web/ once per test file (into a temp folder), start `serve` over a temp
// store, create a dossier through the start page, launch Debian's Chromium through playwright-core, watch a page for
// script that runs, dialogs and requests leaving the origin, and run axe-core.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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
  await build({
    configFile: resolve(repoRoot, 'web/vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`vite build wrote no index.html into ${outDir}`);
  return outDir;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
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
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      watch.cspViolations.push(message.text());
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
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
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
  return page.evaluate(
    () => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth,
  );
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
      return (
        r.width > 0 &&
        r.height > 0 &&
        r.left >= -1 &&
        r.right <= window.innerWidth + 1 &&
        r.top < window.innerHeight &&
        r.bottom > 0
      );
    });
    if (!visible || !box || !inView) bad.push(id);
  }
  return bad;
}

/** `serve` in this process on 127.0.0.1 (any free port) over a temp SQLite store, serving the page from `dist`. */
export async function startServe(dist: string): Promise<{ origin: string; close(): Promise<void> }> {
  const { startServer } = await import('../src/server/index.js');
  const store = join(mkdtempSync(join(tmpdir(), 'triangulate-web-db-')), 'store.sqlite');
  const server = await startServer({ store, webDist: dist, port: 0, host: '127.0.0.1' });
  return { origin: server.url.replace(/\/$/, ''), close: () => server.close() };
}

export type UploadFile = string | { name: string; mimeType: string; buffer: Buffer };

/**
 * Creates a dossier through the start page: title, files in the file input, "Analyse"; waits for the page to open
 * /d/<id> and show the brief. Returns the id and the progress lines the page showed.
 */
export async function createThroughPage(
  page: Page,
  origin: string,
  files: UploadFile[],
  title: string,
): Promise<{ id: string; progress: string[] }> {
  await page.goto(`${origin}/`);
  await page.locator('#title').fill(title);
  await page.locator('#files').setInputFiles(files as Parameters<Page['setInputFiles']>[1]);
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    const region = document.querySelector('.progress')!;
    new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await page.getByRole('button', { name: 'Analyse' }).click();
  await page.waitForURL(/\/d\/[^/]+$/, { timeout: 90_000 });
  const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
  await page.locator('#brief ol.brief li, #brief p.hint').first().waitFor({ timeout: 30_000 });
  const progress = await page.evaluate(() => (window as unknown as { __progress?: string[] }).__progress ?? []);
  return { id, progress };
}

/** Whether the element's top line is on screen: inside the viewport and inside its scrolling article box. */
export async function onScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((node) => {
    const r = node.getBoundingClientRect();
    const box = (node.closest('.article-text') ?? document.documentElement).getBoundingClientRect();
    const top = Math.max(0, box.top);
    const bottom = Math.min(window.innerHeight, box.bottom);
    return r.top >= top - 1 && r.top < bottom && r.width > 0;
  });
}

/** The built page served by `serve` on 127.0.0.1 and a browser, for one describe block: started before its tests, closed after. */
export function webSession(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let server: { origin: string; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    server = await startServe(await buildWeb());
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('webSession: the browser is not started yet');
      return browser;
    },
    get origin(): string {
      if (!server) throw new Error('webSession: the server is not started yet');
      return server.origin;
    },
  };
}
