// End to end in headless Chromium against `serve` (127.0.0.1, temp store): a dossier is created from files through the
// start page; brief chips and matrix cells open the exact cited span; 390×844 has no sideways overflow and every panel is
// reachable; keyboard use; axe-core finds no serious or critical violation; no CSP violation; screenshots in test-artifacts/.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Dossier } from '../src/core/types.js';
import { EXAMPLES_DIR } from '../src/cli/commands/analyze.js';
import {
  browserMissing,
  createThroughPage,
  horizontalOverflow,
  onScreen,
  screenshot,
  seriousAxeViolations,
  unreachablePanels,
  watchPage,
  webSession,
  type PageWatch,
} from './web-helpers.js';

/** A short report of the examples' event by an outlet of its own, for "add articles". */
const ADDED_ARTICLE = `Halloway counts the cost of the Sella Dam breach

The Sella Dam's earthen embankment gave way late on Monday, flooding the town of Halloway. The regional emergency service said 14 people were injured. Corvane Energy, which runs the dam, said it would review every complaint from residents.`;

const missing = browserMissing();
if (missing) console.log(missing);

describe.skipIf(missing !== null)('the page end to end in Chromium', () => {
  let dossier: Dossier;
  let dossierId = '';
  const web = webSession();

  it('creates a dossier from files through the start page, with progress, then lists it', async () => {
    const page = await web.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const watch = await watchPage(page, web.origin);
    const files = readdirSync(EXAMPLES_DIR)
      .filter((name) => !name.startsWith('.'))
      .map((name) => join(EXAMPLES_DIR, name));
    const created = await createThroughPage(page, web.origin, files, 'Sella Dam breach');
    dossierId = created.id;
    // The job's server-sent progress reached the page ("reading: 3 of 7").
    expect(created.progress.some((line) => /\w: \d+ of \d+/.test(line))).toBe(true);
    const response = await fetch(`${web.origin}/api/dossiers/${encodeURIComponent(dossierId)}`);
    expect(response.status).toBe(200);
    dossier = (await response.json()) as Dossier;
    expect(dossier.articles).toHaveLength(files.length);
    expect(await page.locator('h1').textContent()).toBe('Sella Dam breach');
    expect(await page.locator('#articles article.article').count()).toBe(files.length);
    expect(await page.locator('#brief ol.brief > li').count()).toBe(dossier.brief.length);
    await page.goto(`${web.origin}/`);
    const listed = page.locator('ul.dossiers a', { hasText: 'Sella Dam breach' });
    await listed.waitFor();
    await listed.click();
    await page.waitForURL(`${web.origin}/d/${dossierId}`);
    await page.locator('#brief ol.brief li').first().waitFor();
    expect(watch).toEqual({ dialogs: [], offOrigin: [], cspViolations: [], errors: [] });
  });

  async function open(width: number, height: number): Promise<{ page: Page; watch: PageWatch }> {
    const page = await web.browser.newPage({ viewport: { width, height } });
    const watch = await watchPage(page, web.origin);
    expect(dossierId, 'the dossier was not created: see the first test').not.toBe('');
    await page.goto(`${web.origin}/d/${dossierId}`);
    await page.locator('#brief ol.brief li').first().waitFor();
    return { page, watch };
  }

  const cited = (ref: { article: string; start: number; end: number }): string =>
    dossier.articles.find((a) => a.id === ref.article)!.text.slice(ref.start, ref.end);

  it('a brief chip highlights exactly the cited span in its article', async () => {
    const { page, watch } = await open(1440, 900);
    const ref = dossier.brief[1]!.sources[0]!;
    await page.locator('#brief ol.brief > li').nth(1).locator('button.chip').first().click();
    const mark = page.locator(`#article-${ref.article} mark.hl`);
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.textContent()).toBe(cited(ref));
    expect(await mark.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await mark.isVisible()).toBe(true);
    expect(await onScreen(mark)).toBe(true);
    await screenshot(page, 'dossier-1440-brief-chip');
    expect(watch).toEqual({ dialogs: [], offOrigin: [], cspViolations: [], errors: [] });
  });

  it('by keyboard: Tab reaches a brief chip, Enter highlights and focuses its span, "Back" returns to the chip', async () => {
    const { page } = await open(1440, 900);
    const active = (): Promise<string> =>
      page.evaluate(() => {
        const node = document.activeElement;
        return node ? `${node.tagName.toLowerCase()}.${node.className}|${node.closest('section')?.id ?? ''}` : '';
      });
    for (let i = 0; i < 60 && !(await active()).startsWith('button.chip|brief'); i++) await page.keyboard.press('Tab');
    expect(await active()).toBe('button.chip|brief');
    await page.keyboard.press('Enter');
    const ref = dossier.brief[0]!.sources[0]!;
    expect(await active()).toBe('mark.hl|articles');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(cited(ref));
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await active()).toBe('button.link|articles');
    await page.keyboard.press('Enter');
    expect(await active()).toBe('button.chip|brief');
  });

  it('a matrix cell opens the span that states the claim, and only one article is highlighted at a time', async () => {
    const { page } = await open(1440, 900);
    const claim = dossier.claims.find(
      (c) => c.status !== 'unique' && new Set(c.sources.map((s) => s.article)).size > 1,
    )!;
    const refs = claim.sources;
    for (const ref of [refs[0]!, refs.find((r) => r.article !== refs[0]!.article)!]) {
      await page.locator(`#matrix button.cell[data-claim="${claim.id}"][data-article="${ref.article}"]`).click();
      const marks = page.locator('#articles mark.hl');
      await expect.poll(() => marks.count()).toBe(1);
      expect(await page.locator(`#article-${ref.article} mark.hl`).textContent()).toBe(cited(ref));
      expect(await onScreen(page.locator(`#article-${ref.article} mark.hl`))).toBe(true);
    }
  });

  it('at 390×844: no sideways overflow, every panel reachable, chips still work', async () => {
    const { page, watch } = await open(390, 844);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await unreachablePanels(page)).toEqual([]);
    const ref = dossier.brief[0]!.sources[0]!;
    await page.locator('#brief button.chip').first().click();
    const mark = page.locator(`#article-${ref.article} mark.hl`);
    expect(await mark.textContent()).toBe(cited(ref));
    expect(await mark.isVisible()).toBe(true);
    expect(await onScreen(mark)).toBe(true);
    await page.locator('#summary details').first().locator('summary').click();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'dossier-390');
    expect(watch.cspViolations).toEqual([]);
  });

  it('articles sit side by side at 1440 px and stack at 390 px', async () => {
    const wide = (await open(1440, 900)).page;
    const [a, b] = [
      await wide.locator('.article').nth(0).boundingBox(),
      await wide.locator('.article').nth(1).boundingBox(),
    ];
    expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x + a.width - 1).toBe(true);
    const narrow = (await open(390, 844)).page;
    const [c, d] = [
      await narrow.locator('.article').nth(0).boundingBox(),
      await narrow.locator('.article').nth(1).boundingBox(),
    ];
    expect(c && d && d.y >= c.y + c.height).toBe(true);
  });

  it('axe-core: no serious or critical violation on the dossier page and the start page (1440 and 390)', async () => {
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      const { page } = await open(width, height);
      await page.locator('#summary details').first().locator('summary').click();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.goto(`${web.origin}/`);
      await page.locator('ul.dossiers li').first().waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `start-${width}`);
    }
  });

  it('the export links download the JSON, Markdown and HTML renderings as attachments', async () => {
    const { page } = await open(1440, 900);
    const links = await page
      .locator('#export a')
      .evaluateAll((nodes) => nodes.map((a) => (a as HTMLAnchorElement).href));
    expect(links.map((href) => new URL(href).searchParams.get('format'))).toEqual(['json', 'md', 'html']);
    const answers = await Promise.all(
      links.map(async (href) => {
        const response = await fetch(href);
        return {
          status: response.status,
          type: response.headers.get('content-type') ?? '',
          disposition: response.headers.get('content-disposition') ?? '',
          body: await response.text(),
        };
      }),
    );
    for (const answer of answers)
      expect(answer).toMatchObject({ status: 200, disposition: expect.stringMatching(/^attachment/) });
    expect((JSON.parse(answers[0]!.body) as Dossier).brief).toEqual(dossier.brief);
    expect(answers[1]!.type).toMatch(/markdown/);
    expect(answers[2]!.type).toMatch(/html/);
  });

  it('the start page shows the server refusals (an empty form: 400; no article: failed job), lists dropped files, and an unknown dossier says so', async () => {
    const page = await web.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${web.origin}/`);
    await page.getByRole('button', { name: 'Analyse' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/no input/);
    await page.locator('#text').fill('x');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 60_000 })
      .toMatch(/The analysis failed: no readable article/);
    expect(await page.getByRole('button', { name: 'Analyse' }).isEnabled()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/');
    // Files dropped on the drop zone join the chosen ones.
    const dropped = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['Dropped report text.'], 'dropped-report.txt', { type: 'text/plain' }));
      return transfer;
    });
    await page.locator('.drop').dispatchEvent('drop', { dataTransfer: dropped });
    expect(await page.locator('form.create').textContent()).toContain('Files: dropped-report.txt');
    await page.goto(`${web.origin}/d/no-such-dossier`);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/No finished dossier no-such-dossier/);
  });

  it('adds an article through the dossier page: the server re-runs the dossier and the page shows the new version', async () => {
    const { page, watch } = await open(1440, 900);
    const before = dossier.articles.length;
    await page.locator('#add summary').click();
    await page.locator('#add-text').fill(ADDED_ARTICLE);
    await page.getByRole('button', { name: 'Add and re-analyse' }).click();
    await expect.poll(() => page.locator('#articles article.article').count(), { timeout: 90_000 }).toBe(before + 1);
    const latest = (await (
      await fetch(`${web.origin}/api/dossiers/${encodeURIComponent(dossierId)}`)
    ).json()) as Dossier;
    expect(latest.articles).toHaveLength(before + 1);
    expect(await page.locator('#articles .article-text').allTextContents()).toContain(latest.articles.at(-1)!.text);
    expect(watch).toEqual({ dialogs: [], offOrigin: [], cspViolations: [], errors: [] });
  });
});
