// Untrusted content in the page: articles carrying <script>, onerror=, javascript: links, </textarea> and </style>
// breakouts, SVG onload and <meta http-equiv=refresh> (in text, titles, outlet names, bylines and speakers) are analysed
// and shown as text; nothing runs (no dialog, no window flag, no CSP violation) and no request leaves the origin.
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../src/core/types.js';
import {
  browserMissing,
  createThroughPage,
  screenshot,
  watchPage,
  webSession,
} from './web-helpers.js';
import { HOSTILE_FILES, HOSTILE_TITLE, SHOWN_AS_TEXT } from './web-hostile.js';

const missing = browserMissing();
if (missing) console.log(missing);

describe.skipIf(missing !== null)('hostile articles in the page', () => {
  const web = webSession();

  it('shows every payload as text, runs none of it and loads nothing from elsewhere', async () => {
    const page = await web.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const watch = await watchPage(page, web.origin);
    const files = HOSTILE_FILES.map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: Buffer.from(f.text) }));
    const { id } = await createThroughPage(page, web.origin, files, HOSTILE_TITLE);
    const dossier = (await (await fetch(`${web.origin}/api/dossiers/${encodeURIComponent(id)}`)).json()) as Dossier;
    expect(dossier.articles).toHaveLength(HOSTILE_FILES.length);
    const url = `${web.origin}/d/${id}`;
    expect(page.url()).toBe(url);
    expect(await page.locator('h1').textContent()).toBe(HOSTILE_TITLE);
    for (const summary of await page.locator('details > summary').all()) await summary.click();
    // Open evidence everywhere it can be opened: the article text is re-rendered around each highlight.
    for (const button of await page.locator('#brief button.chip, #matrix button.cell, #quotes button.chip').all())
      await button.click();
    await page.waitForTimeout(1500);

    expect(page.url()).toBe(url);
    expect(watch).toEqual({ dialogs: [], offOrigin: [], cspViolations: [], errors: [] });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const dom = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      embedded: document.querySelectorAll(
        'img, iframe, object, embed, meta[http-equiv], link:not([rel="stylesheet"]), style, base',
      ).length,
      handlers: [...document.querySelectorAll('*')].flatMap((node) =>
        [...node.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${node.tagName} ${a.name}`),
      ),
      scriptLinks: [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href')!)
        .filter((href) => !/^(\/|#|https?:)/.test(href)),
      text: document.body.innerText,
    }));
    expect(dom.scripts).toBe(1);
    expect(dom.embedded).toBe(0);
    expect(dom.handlers).toEqual([]);
    expect(dom.scriptLinks).toEqual([]);
    for (const payload of SHOWN_AS_TEXT) expect(dom.text).toContain(payload);
    // Outlet names, titles and bylines carrying markup are shown as the dossier has them.
    for (const article of dossier.articles) {
      const column = page.locator(`#article-${article.id}`);
      expect(await column.locator('.title').textContent()).toBe(article.title ?? '(no headline)');
      if (article.outlet) expect(await column.locator('h3.outlet').textContent()).toBe(article.outlet);
      expect(await column.locator('.article-text').textContent()).toBe(article.text);
    }
    await screenshot(page, 'hostile-1440');
    // The start page lists the dossier under its hostile title, as text.
    await page.goto(`${web.origin}/`);
    await page.locator('ul.dossiers li').first().waitFor();
    expect(await page.locator('ul.dossiers a').first().textContent()).toBe(HOSTILE_TITLE);
    await page.waitForTimeout(500);
    expect(watch).toEqual({ dialogs: [], offOrigin: [], cspViolations: [], errors: [] });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
});
