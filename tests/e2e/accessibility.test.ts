// Every screen and dialog state checked by axe in light and dark, and shot at 1280×800 and 420×800
// (the import and export dialogs at 800×600 too): the empty archive, the import dialog at each
// step, Settings whole with its confirmations, the recovery screen, the notices and error lines,
// the export dialog's progress and report, the reader repairing, search without results and with
// the date hint. A running import or export is held at the harness's door (the page's call waits)
// while its progress is sent as the core sends it, so each step stays on screen as long as needed.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppArchive } from '../../src/main/core/api/archive-start';
import { backupDirFor } from '../../src/main/core/db/backup';
import { closeArchive, openArchive } from '../../src/main/core/db/open';
import { importPaths, importSources } from '../../src/main/core/pipeline/import';
import { seedSampleStories } from '../../src/main/core/sample/seed-samples';
import { archiveWithStories, overwritePages, pagesOf } from '../support/archive-files';
import { SAMPLE_DIR, SEED_DIR, seedPath } from '../support/archive';
import { startApiServer, type ApiServer } from './harness/api-server';
import { axeFindings, FAILING_IMPACTS } from './harness/axe';
import { CAN_RUN_BROWSER, openApp, screenshot } from './harness/browser';
import { drop } from './harness/drop';
import { startBrowserSession, type BrowserSession } from './harness/session';

type Size = readonly [number, number];
const WIDE: Size = [1280, 800];
const MIDDLE: Size = [800, 600];
const NARROW: Size = [420, 800];
const THEMES = ['light', 'dark'] as const;

/** Critical and serious findings, one line each, gathered over a test and asserted at its end. */
let failing: string[] = [];

/**
 * The page as it is now, in both themes at each size: a screenshot named
 * a11y-<screen>-<theme>-<width>, and axe over the whole document (findings kept, not thrown, so
 * one run names every screen's).
 */
async function sweep(page: Page, name: string, sizes: readonly Size[] = [WIDE, NARROW], arrange?: () => Promise<void>): Promise<void> {
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    for (const [width, height] of sizes) {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await arrange?.();
      await screenshot(page, `a11y-${name}-${theme}-${width}`);
      for (const f of await axeFindings(page)) {
        if (f.impact === null || !FAILING_IMPACTS.includes(f.impact)) continue;
        for (const n of f.nodes.slice(0, 3)) failing.push(`${name} (${theme}, ${width} px): ${f.impact} ${f.rule} at ${n.target}: ${n.summary.replace(/\s+/gu, ' ')}`);
      }
    }
  }
  await page.setViewportSize({ width: WIDE[0], height: WIDE[1] });
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Asserts the findings gathered so far (each distinct line once) and starts afresh. */
function expectNoFindings(): void {
  const found = [...new Set(failing)];
  failing = [];
  expect(found).toEqual([]);
}

/** Holds the page's next call of `method` until the returned release is called. */
async function hold(page: Page, method: string): Promise<() => Promise<void>> {
  let held: Route | null = null;
  let arrived: () => void = () => {};
  const waiting = new Promise<void>((ok) => (arrived = ok));
  await page.route(`**/api/${method}`, (route) => {
    held = route;
    arrived();
  });
  return async () => {
    await waiting;
    await held!.continue();
    await page.unroute(`**/api/${method}`);
  };
}

const markdown = (name: string, front: Record<string, string>, headline: string, body: string) => ({
  name,
  bytes: new TextEncoder().encode(`---\n${Object.entries(front).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n# ${headline}\n\n${body}\n`),
});

/** The archive of the sweep: the guide, the seed story, a dated story, two backups; and a folder to import. */
function fill(db: Database, dir: string): void {
  expect(seedSampleStories(db, SAMPLE_DIR).outcome).toBe('seeded');
  expect(importPaths(db, [SEED_DIR]).imported.length).toBeGreaterThan(0);
  importSources(db, [
    markdown('gas.en.md', { lang: 'en', source: 'ERR', place: 'Tallinn', date: '2024-03-01' }, 'Gas prices in the Baltics', 'Kaja Kallas spoke about gas prices.'),
    markdown('gas.et.md', { lang: 'et', source: 'ERR', place: 'Tallinn', date: '2024-03-01' }, 'Gaasihinnad Baltimaades', 'Kaja Kallas rääkis gaasihindadest.'),
  ]);
  const backups = backupDirFor(join(dir, 'archive.db'));
  mkdirSync(backups, { recursive: true });
  db.prepare('VACUUM INTO ?').run(join(backups, 'daily-2025-06-01.db'));
  db.prepare('VACUUM INTO ?').run(join(backups, 'before-migration-v5-20250520-093000.db'));
  // To import: a pair, a photo that fails, and the seed's English text again (already there).
  const news = join(dir, 'news');
  mkdirSync(news);
  writeFileSync(join(news, 'harbour.en.txt'), 'Harbour report\nTallinn • Baltic Wire\nShips came and went.\nThe harbour master counted passengers.');
  writeFileSync(join(news, 'harbour.et.txt'), 'Sadamaülevaade\nTallinn • Baltic Wire\nLaevad tulid ja läksid.\nSadamakapten loendas reisijaid.');
  writeFileSync(join(news, 'photo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  copyFileSync(seedPath('en'), join(news, 'kallas-again.en.txt'));
}

describe.skipIf(!CAN_RUN_BROWSER)('every screen, light and dark, checked by axe', () => {
  let session: BrowserSession;
  let seed: number;
  const extra: { close(): Promise<void> }[] = [];
  beforeAll(async () => {
    session = await startBrowserSession('a11y', fill);
    seed = session.db.prepare("SELECT story_id FROM versions WHERE source_file LIKE '%kallas-training.en.txt'").pluck().get() as number;
  }, 60_000);
  afterAll(async () => {
    for (const e of extra) await e.close();
    await session?.close();
  });

  /** Another archive's server for the same browser (closed with the session). */
  async function serve(db: Database | null, dbPath: string, options: Parameters<typeof startApiServer>[2] = {}): Promise<ApiServer> {
    const server = await startApiServer(db, dbPath, options);
    extra.push({ close: () => server.close() });
    return server;
  }

  it('the first start: an empty archive, the import dialog choosing, a failed import', async () => {
    const db = openArchive(':memory:');
    extra.push({ close: async () => void db.close() });
    const server = await serve(db, ':memory:');
    const { page, errors } = await openApp(session.browser, server.url);
    await expect.poll(() => page.getByText('The archive is empty', { exact: false }).isVisible()).toBe(true);
    await sweep(page, 'empty-archive');
    // Files dragged over the window: the whole window says it takes them.
    const dragged = (type: string) =>
      page.evaluate((type) => {
        const w = globalThis as unknown as {
          File: new (parts: unknown[], name: string) => object;
          DataTransfer: new () => { items: { add(file: object): void } };
          DragEvent: new (type: string, init: object) => object;
          document: { body: { dispatchEvent(event: object): boolean } };
        };
        const data = new w.DataTransfer();
        data.items.add(new w.File([], 'news'));
        w.document.body.dispatchEvent(new w.DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }, type);
    await dragged('dragover');
    await expect.poll(() => page.evaluate(() => document.body.classList.contains('import-drag-over'))).toBe(true);
    await sweep(page, 'import-drag-over');
    await dragged('dragleave');
    await expect.poll(() => page.evaluate(() => document.body.classList.contains('import-drag-over'))).toBe(false);

    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect.poll(() => dialog.getByRole('button', { name: 'Choose files…' }).isVisible()).toBe(true);
    await sweep(page, 'import-choose', [WIDE, MIDDLE, NARROW]);

    // Files the host cannot place: the import fails, said in the dialog.
    await drop(page, ['/nowhere/lost.txt'], false);
    await expect.poll(() => dialog.getByRole('alert').isVisible()).toBe(true);
    // Named by the file's name, not by a dash.
    expect(await dialog.getByRole('alert').innerText()).toBe('The file lost.txt could not be read.');
    await sweep(page, 'import-failed', [WIDE, NARROW]);
    expect(errors).toEqual([]);
    await page.context().close();
    expectNoFindings();
  });

  it('the import dialog: progress, the report with its lists open, pasting, the versions with the picker', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/${seed}`);
    await expect.poll(() => page.locator('.aligned-row, .story-row-pair').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const release = await hold(page, 'importPaths');
    const news = join(session.dir, 'news');
    await drop(page, ['harbour.en.txt', 'harbour.et.txt', 'photo.png', 'kallas-again.en.txt'].map((f) => join(news, f)));
    const dialog = page.getByRole('dialog', { name: 'Import' });
    const counts = dialog.getByTestId('import-progress-counts');
    await expect
      .poll(async () => {
        session.server.emit('importProgress', { jobId: 1, done: 2, total: 4, file: join(news, 'photo.png'), etaSeconds: 40, imported: 1, duplicates: 1, failed: 0 });
        return counts.textContent();
      })
      .toMatch(/^2 of 4 files · finishing in 40 seconds/u);
    await sweep(page, 'import-progress', [WIDE, MIDDLE, NARROW]);

    await release();
    const report = dialog.getByTestId('import-report');
    await expect.poll(() => report.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await report.locator('.import-summary').innerText()).toMatch(/Failed: 1/u);
    const closed = report.locator('details:not([open]) > summary');
    while ((await closed.count()) > 0) await closed.first().click();
    expect(await report.locator('details[open]').count()).toBe(3);
    await sweep(page, 'import-report', [WIDE, MIDDLE, NARROW]);

    await dialog.getByRole('button', { name: 'Import more' }).click();
    await dialog.getByRole('button', { name: 'Paste text…' }).click();
    await expect.poll(() => dialog.locator('textarea').isVisible()).toBe(true);
    await sweep(page, 'import-paste', [WIDE, MIDDLE, NARROW]);

    await dialog.getByRole('button', { name: 'Back' }).click();
    await dialog.getByRole('button', { name: 'Versions of the open story…' }).click();
    const versions = dialog.getByTestId('import-versions');
    await expect.poll(() => versions.getByRole('listitem').count()).toBeGreaterThan(1);
    await versions.getByRole('button', { name: 'Move to another story…' }).first().click();
    await versions.getByRole('searchbox', { name: 'Find a story by its headline' }).fill('Gas prices');
    const picker = versions.getByRole('listbox', { name: 'Move it into' });
    await expect.poll(() => picker.locator('option').first().textContent(), { timeout: 10_000 }).toBe('Gas prices in the Baltics');
    // The story shown as chosen is the one Move moves into.
    const move = versions.getByRole('button', { name: 'Move', exact: true });
    await expect.poll(() => move.isEnabled()).toBe(true);
    expect(await picker.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Gas prices in the Baltics');
    await sweep(page, 'import-versions-picker', [WIDE, MIDDLE, NARROW]);
    // Nothing found: nothing chosen, so Move cannot move into a story no longer shown.
    await versions.getByRole('searchbox', { name: 'Find a story by its headline' }).fill('zzqqxx');
    await expect.poll(() => versions.getByText('No story found.').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await move.isEnabled()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
    expectNoFindings();
  });

  it('Settings whole, with the guide’s and a backup’s confirmations open', async () => {
    const { page, errors } = await openApp(session.browser, session.server.url);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    const backups = settings.getByTestId('backups');
    await expect.poll(() => backups.getByRole('listitem').count()).toBe(2);
    await expect.poll(() => settings.getByTestId('guide').getByRole('button', { name: 'Remove the guide' }).isVisible()).toBe(true);
    await sweep(page, 'settings');
    await settings.getByTestId('guide').getByRole('button', { name: 'Remove the guide' }).click();
    await backups.getByRole('listitem').first().getByRole('button', { name: 'Restore…' }).click();
    await expect.poll(() => backups.getByRole('group', { name: 'Confirm' }).isVisible()).toBe(true);
    await sweep(page, 'settings-guide-confirm', [WIDE, NARROW], () => settings.getByTestId('guide').evaluate((e) => e.scrollIntoView({ block: 'start' })));
    await sweep(page, 'settings-backup-confirm', [WIDE, NARROW], () => backups.evaluate((e) => e.scrollIntoView({ block: 'end' })));
    expect(errors).toEqual([]);
    await page.context().close();
    expectNoFindings();
  });

  it('the notices: a restore put in place, one that failed, a failed backup, the archive gone, a restart', async () => {
    const server = await serve(session.db, session.dbPath, {
      health: {
        status: { state: 'sound', error: null, restored: { kept: join(session.dir, 'archive.db.before-restore-20250601-120000') }, restoreFailed: { code: 'archiveNotSound', params: { file: 'daily-2025-06-01.db' } } },
        lastBackupError: { code: 'backupNoSpace', params: { free: '120', needed: '560' } },
      },
    });
    const { page, errors } = await openApp(session.browser, server.url);
    await expect.poll(() => page.getByTestId('archive-notice').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.story-row').count()).toBeGreaterThan(0);
    await sweep(page, 'notice-restored');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const backups = page.getByRole('dialog', { name: 'Settings' }).getByTestId('backups');
    await expect.poll(() => backups.getByRole('alert').isVisible()).toBe(true);
    await sweep(page, 'settings-backup-failed', [WIDE, NARROW], () => backups.evaluate((e) => e.scrollIntoView({ block: 'start' })));
    await page.keyboard.press('Escape');

    server.emit('archiveUnavailable', {});
    await expect.poll(() => page.locator('.archive-unavailable').isVisible()).toBe(true);
    await sweep(page, 'archive-unavailable');
    server.emit('restartRequested', { reason: 'restore' });
    await expect.poll(() => page.getByTestId('restarting').isVisible()).toBe(true);
    await sweep(page, 'restarting');
    expect(errors.filter((e) => !/Failed to load resource/u.test(e))).toEqual([]);
    await page.context().close();
    expectNoFindings();
  });

  it('the recovery screen for a damaged archive, with its confirmations open', async () => {
    mkdirSync(join(session.dir, 'damaged'));
    const dbPath = join(session.dir, 'damaged', 'archive.db');
    archiveWithStories(dbPath, 12);
    mkdirSync(backupDirFor(dbPath));
    copyFileSync(dbPath, join(backupDirFor(dbPath), 'daily-2025-06-01.db'));
    overwritePages(dbPath, pagesOf(dbPath, 'blocks').slice(2, 3));
    const { db, status } = openAppArchive(dbPath);
    expect(db).toBeNull();
    const server = await serve(null, dbPath, { health: { status, lastBackupError: null } });
    const { page, errors } = await openApp(session.browser, server.url);
    const screen = page.getByTestId('recovery');
    await expect.poll(() => screen.getByRole('button', { name: 'Restore…' }).isVisible()).toBe(true);
    await sweep(page, 'recovery');
    await screen.getByRole('button', { name: 'Restore…' }).click();
    await screen.getByRole('button', { name: 'Recover…' }).click();
    await expect.poll(() => screen.getByRole('group', { name: 'Confirm' }).count()).toBe(2);
    await sweep(page, 'recovery-confirm', [WIDE, NARROW], () => screen.getByRole('group', { name: 'Confirm' }).last().evaluate((e) => e.scrollIntoView({ block: 'end' })));
    expect(errors).toEqual([]);
    await page.context().close();
    if (db) closeArchive(db);
    expectNoFindings();
  });

  it('the reader repairing, the export dialog’s progress and report, the delete question', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/story/${seed}?left=en&right=uk`);
    await expect.poll(() => page.locator('.aligned-row').count(), { timeout: 15_000 }).toBeGreaterThan(5);
    await page.getByRole('button', { name: /^Repair pairs/u }).click();
    await expect.poll(() => page.getByRole('group', { name: 'Repair tools' }).isVisible()).toBe(true);
    await page.locator('.aligned-row .cell-left [role="button"]').nth(2).click();
    await expect.poll(() => page.getByRole('button', { name: 'No counterpart' }).isVisible()).toBe(true);
    await sweep(page, 'reader-repair');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('button', { name: 'Export pair…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export pair' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const release = await hold(page, 'exportStories');
    await dialog.getByRole('button', { name: 'Save as…' }).click();
    const counts = dialog.getByTestId('export-progress-counts');
    await expect
      .poll(async () => {
        session.server.emit('exportProgress', { done: 1, total: 3, stories: 1, units: 14 });
        return counts.textContent();
      })
      .toBe('Stories: 1 of 3 · pairs written: 14');
    await sweep(page, 'export-progress', [WIDE, MIDDLE, NARROW]);
    await release();
    await expect.poll(() => dialog.getByTestId('export-report').isVisible(), { timeout: 15_000 }).toBe(true);
    await sweep(page, 'export-report', [WIDE, MIDDLE, NARROW], () => dialog.getByTestId('export-report').evaluate((e) => e.scrollIntoView({ block: 'nearest' })));
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.goto(`${session.server.url}#/`);
    const row = page.locator('.story-row-frame').first();
    await expect.poll(() => row.isVisible()).toBe(true);
    await row.hover();
    await row.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => row.getByRole('alertdialog').isVisible()).toBe(true);
    await sweep(page, 'library-delete-confirm');
    expect(errors).toEqual([]);
    await page.context().close();
    expectNoFindings();
  });

  it('search: the date hint, nothing found, the help', async () => {
    const { page, errors } = await openApp(session.browser, `${session.server.url}#/search?q=${encodeURIComponent('Kallas after:2020')}`);
    await expect.poll(() => page.getByText(/The date filter leaves out \d+ stor(y|ies) that (has|have) no date\./u).isVisible(), { timeout: 10_000 }).toBe(true);
    await sweep(page, 'search-date-hint');
    await page.getByRole('searchbox', { name: 'Search' }).fill('zqxjkv');
    await expect.poll(() => page.getByText('Nothing matches “zqxjkv”.').isVisible()).toBe(true);
    await sweep(page, 'search-no-results');
    session.server.emit('menuCommand', { command: 'searchHelp' });
    await expect.poll(() => page.getByRole('dialog', { name: 'How to search' }).isVisible()).toBe(true);
    await sweep(page, 'search-help');
    expect(errors).toEqual([]);
    await page.context().close();
    expectNoFindings();
  });
});
