// The app as a new user first sees it: the sample stories in the library, one opened in two
// columns; then the seed story after an import. Runs the built renderer in headless Chromium
// against the real core.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../src/main/core/pipeline/import';
import { seedSampleStories } from '../../src/main/core/sample/seed-samples';
import { CAN_RUN_BROWSER, openApp, screenshot } from './harness/browser';
import { startBrowserSession, type BrowserSession } from './harness/session';

const SEED = resolve(__dirname, '../fixtures/seed');
const SAMPLES = resolve(__dirname, '../../resources/sample');

describe.skipIf(!CAN_RUN_BROWSER)('the app in a browser', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession('app', (db) => {
      expect(seedSampleStories(db, SAMPLES).outcome).toBe('seeded');
    });
  });
  afterAll(() => session?.close());

  it('shows the sample stories on first run and opens one in two columns', async () => {
    const { page, errors } = await openApp(session.browser, session.server.url);
    const list = page.getByRole('list', { name: 'Stories in the archive' });
    await expect.poll(() => list.locator('.story-row-frame').count()).toBe(5);
    await expect.poll(() => page.getByText('5 stories').isVisible()).toBe(true);
    await expect.poll(() => list.getByText('Welcome to Diptych', { exact: false }).count()).toBe(1);
    await screenshot(page, 'library-first-run');

    await list.locator('.story-row').filter({ hasText: 'Welcome to Diptych' }).click();
    const pair = page.locator('.story-row-pair').first().locator('h1');
    await expect.poll(() => pair.count()).toBe(2);
    expect(await pair.first().textContent()).toContain('Welcome to Diptych');
    await screenshot(page, 'sample-story');
    expect(errors).toEqual([]);
  });

  it('shows an imported story in two columns, block against block', async () => {
    expect(importPaths(session.db, [SEED]).imported).toHaveLength(3);
    const { page, errors } = await openApp(session.browser, session.server.url);
    const list = page.getByRole('list', { name: 'Stories in the archive' });
    await expect.poll(() => list.locator('.story-row-frame').count()).toBe(6);
    await screenshot(page, 'library');

    await list.locator('.story-row').filter({ hasText: 'Estonian Prime Minister' }).click();
    const headings = page.locator('.story-row-pair').first().locator('h1');
    await expect.poll(() => headings.count()).toBe(2);
    const [left, right] = await headings.allTextContents();
    expect(left).toContain('Estonian Prime Minister');
    expect(right).not.toBe(left);
    // Dateline, lead and heading sit in their own rows, side by side.
    await expect.poll(() => page.locator('.story-row-pair').count()).toBe(16);
    await screenshot(page, 'story-two-columns');
    expect(errors).toEqual([]);
  });

  it('deletes a story only after asking', async () => {
    const { page, errors } = await openApp(session.browser, session.server.url);
    const list = page.getByRole('list', { name: 'Stories in the archive' });
    const rows = list.locator('.story-row-frame');
    await expect.poll(() => rows.count()).toBe(6);
    const row = rows.filter({ hasText: 'Estonian Prime Minister' });
    await row.hover();
    await row.getByRole('button', { name: 'Delete' }).click();
    const confirm = row.getByRole('alertdialog');
    await expect.poll(() => confirm.textContent()).toContain('(3)');
    await screenshot(page, 'library-delete-confirm');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await rows.count()).toBe(6);

    await row.hover();
    await row.getByRole('button', { name: 'Delete' }).click();
    await row.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => rows.count()).toBe(5);
    await expect.poll(() => page.getByText('5 stories').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('says so when the archive stops for good, and keeps the page', async () => {
    const { page, errors } = await openApp(session.browser, session.server.url);
    const list = page.getByRole('list', { name: 'Stories in the archive' });
    await expect.poll(() => list.locator('.story-row-frame').count()).toBe(5);
    session.server.emit('archiveUnavailable', {});
    const alert = page.locator('.archive-unavailable');
    await expect.poll(() => alert.textContent()).toContain('could not be restarted');
    expect(await list.locator('.story-row-frame').count()).toBe(5);
    await screenshot(page, 'archive-unavailable');
    expect(errors).toEqual([]);
  });
});
