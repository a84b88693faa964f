// Searching as a reader does: type a query, see highlighted results with their counterparts in
// another language, narrow by a facet, move with the keyboard, open a result at its paragraph
// with the terms lit on both sides, and come back with Esc. The built renderer in headless
// Chromium against the real core.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../src/main/core/pipeline/import';
import { seedSampleStories } from '../../src/main/core/sample/seed-samples';
import { CAN_RUN_BROWSER, openApp, screenshot } from './harness/browser';
import { startBrowserSession, type BrowserSession } from './harness/session';

const SEED = resolve(__dirname, '../fixtures/seed');
const SAMPLES = resolve(__dirname, '../../resources/sample');

describe.skipIf(!CAN_RUN_BROWSER)('search in the browser', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession('search', (db) => {
      seedSampleStories(db, SAMPLES);
      expect(importPaths(db, [SEED]).imported).toHaveLength(3);
    });
  });
  afterAll(() => session?.close());

  it('finds Каллас by typing Kallas, shows the English counterpart, and opens the story at the paragraph', async () => {
    const { page, errors } = await openApp(session.browser, session.server.url);
    const box = page.getByRole('searchbox', { name: 'Search' });
    await box.fill('Kallas NATO lang:uk');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect.poll(() => results.locator('.search-result:not(.placeholder)').count()).toBe(1);
    await expect.poll(() => page.getByText('1 story found').isVisible()).toBe(true);

    const hit = results.locator('.search-hit').first();
    // The Ukrainian paragraph with the name highlighted as written there, said to be the name the
    // query wrote Kallas, and beside it the English paragraph with the name highlighted too.
    expect(await hit.locator('.search-hit-side').first().locator('mark').allInnerTexts()).toContain('Каллас');
    expect(await hit.locator('.search-hit-side').first().locator('.search-hit-where').innerText()).toContain('“Каллас”, the name written Kallas');
    const counterpart = hit.locator('.search-hit-side.counterpart');
    expect(await counterpart.getAttribute('lang')).toBe('en');
    expect(await counterpart.locator('mark').allInnerTexts()).toContain('Kallas');
    // Facets count what matched and are pressed when their filter is in the query.
    const ukFacet = page.getByRole('button', { name: /Ukrainian\s*1/u });
    expect(await ukFacet.getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'search-results');

    // The help popover explains the query language.
    await page.getByRole('button', { name: 'Search help' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'How to search' }).isVisible()).toBe(true);
    await screenshot(page, 'search-help');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'How to search' }).count()).toBe(0);

    // Keyboard: ↓ from the box into the results, Enter opens the story at the hit's paragraph.
    await box.focus();
    await box.press('ArrowDown');
    await expect.poll(() => results.locator('[role="option"][aria-selected="true"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#\/story\/\d+\?.*block=\d+/u);
    const block = Number(/block=(\d+)/u.exec(page.url())![1]);
    const target = page.locator('.aligned-row.target');
    await expect.poll(() => target.count(), { timeout: 10_000 }).toBe(1);
    // Both sides of the paragraph light up the name, each in its own script.
    await expect.poll(() => target.locator('mark').count()).toBeGreaterThanOrEqual(2);
    const marks = await target.locator('mark').allInnerTexts();
    expect(marks).toContain('Каллас');
    expect(marks).toContain('Kallas');
    expect(await target.locator('[data-block]').first().getAttribute('data-block')).toBe(String(block));
    const rect = await target.boundingBox();
    expect(rect!.y).toBeGreaterThanOrEqual(0);
    expect(rect!.y).toBeLessThan(860);
    await screenshot(page, 'search-opened-at-paragraph');

    // Esc goes back to the results.
    await page.locator('body').press('Escape');
    await expect.poll(() => page.url()).toMatch(/#\/search\?q=/u);
    await expect.poll(() => results.locator('.search-result:not(.placeholder)').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('says how it read a query it could not read as written', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/search?q=${encodeURIComponent('"Financial Times')}`);
    await expect.poll(() => page.getByText('A quotation mark is not closed', { exact: false }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.search-result:not(.placeholder)').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
