// The app as a new user first sees it: the sample stories in the library, one opened in two
// columns. Runs the built renderer in headless Chromium against the real core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Database } from 'better-sqlite3';
import { openArchive } from '../../src/main/core/db/open';
import { importPaths } from '../../src/main/core/import/import-files';
import { startApiServer, type ApiServer } from './harness/api-server';
import { CAN_RUN_BROWSER, launchBrowser, openApp, screenshot } from './harness/browser';

const SEED = resolve(__dirname, '../../../shared/fixtures/seed');

describe.skipIf(!CAN_RUN_BROWSER)('the app in a browser', () => {
  let dir: string;
  let db: Database;
  let server: ApiServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-e2e-'));
    db = openArchive(join(dir, 'archive.db'));
    const report = importPaths(db, [SEED]);
    expect(report.imported).toHaveLength(3);
    server = await startApiServer(db, join(dir, 'archive.db'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the library and opens a story in two columns', async () => {
    const { page, errors } = await openApp(browser, server.url);
    const list = page.getByRole('list', { name: 'Stories in the archive' });
    await expect.poll(() => list.getByRole('button').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('1 story').isVisible()).toBe(true);
    await screenshot(page, 'library');

    await list.getByRole('button').filter({ hasText: 'Estonian Prime Minister' }).first().click();
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
});
