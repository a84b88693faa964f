// The archive's safety in the interface: Settings lists the backups and restores one after a
// confirmation; the app restarts (here: the harness does what the API worker does at start) with
// the backup in place and says where the replaced archive was kept. A damaged archive opens on
// the recovery screen, which recovers what can be read.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppArchive } from '../../src/main/core/api/archive-start';
import { backupDirFor } from '../../src/main/core/db/backup';
import { closeArchive } from '../../src/main/core/db/open';
import { archiveWithStories, overwritePages, pagesOf } from '../support/archive-files';
import { startApiServer, type ApiServer } from './harness/api-server';
import { CAN_RUN_BROWSER, launchBrowser, openApp, screenshot } from './harness/browser';

/** The app's start, as the API worker does it: staged restore first, then the archive (or recovery). */
async function startApp(dbPath: string): Promise<{ server: ApiServer; close(): Promise<void> }> {
  const { db, status } = openAppArchive(dbPath);
  const server = await startApiServer(db, dbPath, { health: { status, lastBackupError: null } });
  return {
    server,
    async close() {
      await server.close();
      if (db) closeArchive(db);
    },
  };
}

describe.skipIf(!CAN_RUN_BROWSER)('the archive’s safety in the interface', () => {
  let dir: string;
  let browser: Browser;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-e2e-archive-'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores a backup from Settings, with a confirmation, and restarts with it', async () => {
    const dbPath = join(dir, 'restore', 'archive.db');
    mkdirSync(join(dir, 'restore'));
    archiveWithStories(dbPath, 4);
    // Two backups made earlier: a daily one holding these four stories, and one before an upgrade.
    const backups = backupDirFor(dbPath);
    mkdirSync(backups);
    let app = await startApp(dbPath);
    const { db } = openAppArchive(dbPath);
    db!.prepare('VACUUM INTO ?').run(join(backups, 'daily-2025-06-01.db'));
    db!.prepare('VACUUM INTO ?').run(join(backups, 'before-migration-v5-20250520-093000.db'));
    db!.prepare('DELETE FROM stories WHERE id > 1').run();
    closeArchive(db!);

    const { page, errors } = await openApp(browser, app.server.url);
    await expect.poll(() => page.getByText('1 story', { exact: false }).first().isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const section = page.getByTestId('backups');
    await expect.poll(() => section.getByRole('listitem').count()).toBe(2);
    expect(await section.innerText()).toContain('daily copy');
    expect(await section.innerText()).toContain('before an upgrade');
    expect(await section.innerText()).toContain(backups);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-backups');

    const daily = section.getByRole('listitem').filter({ hasText: 'daily copy' });
    await daily.getByRole('button', { name: 'Restore…' }).click();
    const confirm = daily.getByRole('group', { name: 'Confirm' });
    expect(await confirm.innerText()).toMatch(/the archive as it is now is kept beside it/u);
    await screenshot(page, 'settings-backup-confirm');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(existsSync(`${dbPath}.restore-pending`)).toBe(false);
    await daily.getByRole('button', { name: 'Restore…' }).click();
    await daily.getByRole('button', { name: 'Restore and restart' }).click();
    await expect.poll(() => page.getByTestId('restarting').isVisible()).toBe(true);
    expect(existsSync(`${dbPath}.restore-pending`)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();

    // The restart: the new start puts the backup in place.
    await app.close();
    app = await startApp(dbPath);
    const after = await openApp(browser, app.server.url);
    const notice = after.page.getByTestId('archive-notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toMatch(/restored from a backup\. The one it replaced is kept as .*archive\.db\.before-restore-\d{8}-\d{6}/u);
    await expect.poll(() => after.page.getByText('4 stories', { exact: false }).first().isVisible()).toBe(true);
    await screenshot(after.page, 'restored-notice');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(after.errors).toEqual([]);
    await after.page.context().close();
    await app.close();
  });

  it('opens a damaged archive on the recovery screen, which recovers what can be read', async () => {
    mkdirSync(join(dir, 'damaged'));
    const dbPath = join(dir, 'damaged', 'archive.db');
    archiveWithStories(dbPath, 12);
    overwritePages(dbPath, pagesOf(dbPath, 'blocks').slice(2, 3));
    let app = await startApp(dbPath);
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openApp(browser, app.server.url, { colorScheme, width: 900, height: 700 });
      const screen = page.getByTestId('recovery');
      await expect.poll(() => screen.isVisible()).toBe(true);
      expect(await screen.innerText()).toMatch(/is damaged: part of it cannot be read/u);
      expect(await screen.innerText()).toContain('Recover what can be read');
      await screenshot(page, `recovery-${colorScheme}`);
      await page.context().close();
    }
    const { page, errors } = await openApp(browser, app.server.url);
    const screen = page.getByTestId('recovery');
    await expect.poll(() => screen.isVisible()).toBe(true);
    await screen.getByRole('button', { name: 'Recover…' }).click();
    await screen.getByRole('button', { name: 'Recover and restart' }).click();
    await expect.poll(() => page.getByTestId('restarting').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();

    await app.close();
    app = await startApp(dbPath);
    const after = await openApp(browser, app.server.url);
    await expect.poll(() => after.page.getByTestId('archive-notice').isVisible()).toBe(true);
    await expect.poll(() => after.page.locator('.story-row').count()).toBeGreaterThan(0);
    await after.page.context().close();
    await app.close();
  });
});
