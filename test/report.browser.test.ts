// The HTML report in a real browser: clicking a brief citation highlights the cited span in the article beside it.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { analyzeInputs } from '../src/pipeline/analyze.js';
import { renderHtml } from '../src/render/html.js';
import { EXAMPLES_DIR } from '../src/cli/commands/analyze.js';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.log(`skipped: ${CHROMIUM} not found (apt-get install chromium)`);

describe.skipIf(!present)('HTML report in Chromium', () => {
  it('shows the brief and the articles side by side, with working citations', async () => {
    const dossier = await analyzeInputs([EXAMPLES_DIR], { now: '2026-01-01T00:00:00Z' });
    expect(dossier.brief.length).toBeGreaterThan(0);
    const file = join(mkdtempSync(join(tmpdir(), 'triangulate-report-')), 'report.html');
    writeFileSync(file, renderHtml(dossier));

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(pathToFileURL(file).href);
      expect(await page.locator('section.brief li').count()).toBe(dossier.brief.length);
      const columns = page.locator('.articles article');
      expect(await columns.count()).toBe(dossier.articles.length);
      // Side by side: the first two article columns share a row.
      const [a, b] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
      expect(a && b && Math.abs(a.y - b.y) < 5 && b.x > a.x).toBe(true);

      const first = dossier.brief[0]!;
      const ref = first.sources[0]!;
      const article = dossier.articles.find((x) => x.id === ref.article)!;
      await page.locator('section.brief li').first().locator('a.cite').first().click();
      const highlighted = await page.locator(`#${article.id} .hl`).allTextContents();
      expect(highlighted.join('').replace(/\s+/g, ' ').trim()).toBe(article.text.slice(ref.start, ref.end).replace(/\s+/g, ' ').trim());
    } finally {
      await browser.close();
    }
  });
});
