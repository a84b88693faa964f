// The real desktop app, driven by playwright-core's Electron support: the checkout (`electron .`)
// and the packaged app in dist/, each where it exists — the release workflow runs both on Linux,
// macOS and Windows. Here (no Electron binary can be downloaded) they report a skip in one line.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElectronApplication, Page } from 'playwright-core';
import { burntFuses, SHIPPED_FUSES } from '../support/fuses';
import { APPS, clickMenuItem, PACKAGED, requiredButMissing, ROOT, SHIPPED, screenshotApp, topMenuLabels } from './support/apps';

const SEED = join(ROOT, 'tests', 'fixtures', 'seed');
const unavailable = APPS.filter((a) => a.missing);
if (unavailable.length > 0) console.warn(`electron app tests skipped: ${unavailable.map((a) => `${a.name}: ${a.missing}`).join('; ')}`);

describe('the Electron apps this run must drive', () => {
  it('are all here (DIPTYCH_ELECTRON_REQUIRED)', () => {
    expect(requiredButMissing()).toEqual([]);
  });
});

for (const target of APPS) {
  describe.skipIf(target.missing !== undefined)(`the Electron app, ${target.name}`, () => {
    const shot = target.name.split(' ')[0]!;
    let app: ElectronApplication;
    let page: Page;
    let userData: string;

    beforeAll(async () => {
      userData = mkdtempSync(join(tmpdir(), 'diptych-electron-'));
      app = await target.launch(userData);
      page = await app.firstWindow();
    }, 120_000);

    afterAll(async () => {
      await app?.close();
      rmSync(userData, { recursive: true, force: true });
    });

    it('opens one window with the first-run guide in the library', async () => {
      const list = page.getByRole('list', { name: 'Stories in the archive' });
      await expect.poll(() => list.locator('.story-row-frame').count(), { timeout: 30_000 }).toBe(5);
      await expect.poll(() => list.getByText('Welcome to Diptych', { exact: false }).count()).toBe(1);
      expect(app.windows()).toHaveLength(1);
      await screenshotApp(page, `${shot}-first-run`);
    });

    it('finds the guide by a search', async () => {
      await page.getByRole('searchbox', { name: 'Search' }).fill('side by side');
      const results = page.getByRole('listbox', { name: 'Search results' });
      await expect.poll(() => results.locator('.search-result:not(.placeholder)').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await expect.poll(() => results.locator('.search-hit mark').count()).toBeGreaterThan(0);
      await page.getByRole('searchbox', { name: 'Search' }).fill('');
    });

    it('imports the seed story through File → Import…, on the import worker, and then finds it', async () => {
      await clickMenuItem(app, 'Import…');
      const dialog = page.getByRole('dialog', { name: 'Import' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      const files = readdirSync(SEED).map((f) => join(SEED, f));
      await page.locator('[data-testid="import-file-input"]').setInputFiles(files);
      const report = page.getByTestId('import-report');
      await expect.poll(() => report.isVisible(), { timeout: 60_000 }).toBe(true);
      expect(await report.locator('.import-summary').innerText()).toContain(`Imported: ${files.length}`);
      await screenshotApp(page, `${shot}-imported`);
      await page.keyboard.press('Escape');

      await page.getByRole('searchbox', { name: 'Search' }).fill('Kallas NATO lang:uk');
      await expect.poll(() => page.getByText('1 story found').isVisible(), { timeout: 15_000 }).toBe(true);
      await page.getByRole('searchbox', { name: 'Search' }).fill('');
    });

    it('switches window and menu from View ▸ Interface Language, without a reload', async () => {
      await page.evaluate(() => ((globalThis as unknown as { marker: number }).marker = 1));
      for (const [autonym, lang, file] of [
        ['Українська', 'uk', 'Файл'],
        ['Eesti', 'et', 'Fail'],
        ['English', 'en', 'File'],
      ] as const) {
        await clickMenuItem(app, autonym);
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
        await expect.poll(() => topMenuLabels(app)).toContain(file);
        expect(await page.evaluate(() => (globalThis as unknown as { marker?: number }).marker)).toBe(1);
      }
    });

    it('gives the renderer no Node — no process, no require — and only the API contract', async () => {
      const exposed = await page.evaluate(() => ({
        require: typeof (globalThis as unknown as { require?: unknown }).require,
        process: typeof (globalThis as unknown as { process?: unknown }).process,
        diptych: Object.keys((globalThis as unknown as { diptych: object }).diptych).sort(),
      }));
      expect(exposed.require).toBe('undefined');
      expect(exposed.process).toBe('undefined');
      expect(exposed.diptych).toContain('getStory');
    });

    it('blocks navigation to an external URL, new windows and network requests', async () => {
      const before = page.url();
      await page.evaluate(() => {
        (globalThis as unknown as { open(u: string): void }).open('https://example.com');
        (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toBe(before);
      expect(app.windows()).toHaveLength(1);
      const fetched = await page.evaluate(() =>
        fetch('https://example.com').then(
          () => 'reached',
          () => 'refused',
        ),
      );
      expect(fetched).toBe('refused');
    });

    it('takes no path from the page: importPaths refuses paths and tokens main never issued', async () => {
      const answers = await page.evaluate(async () => {
        const bridge = (globalThis as unknown as { diptych: Record<string, (input?: unknown, how?: unknown) => Promise<unknown>> }).diptych;
        return {
          keys: Object.keys(bridge),
          paths: await bridge.importPaths!({ paths: ['/etc'] }),
          forged: await bridge.importPaths!({ tokens: ['0123456789abcdef0123456789abcdef'] }),
          // A File the page made has no path: nothing to grant.
          made: await bridge.grantFiles!([new File(['x'], 'x.txt')], 'files'),
        };
      });
      expect(answers.keys).not.toContain('pathForFile');
      expect(answers.paths).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
      expect(answers.forged).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
      expect(answers.made).toEqual({ ok: true, value: { tokens: [], unknown: 1 } });
    });

    it('says the archive is sound, and lists no backups before the first daily one', async () => {
      const status = await page.evaluate(() =>
        (globalThis as unknown as { diptych: { archiveStatus(): Promise<unknown> } }).diptych.archiveStatus(),
      );
      expect(status).toMatchObject({ ok: true, value: { state: 'sound' } });
    });
  });
}

describe.skipIf(PACKAGED.missing !== undefined)('the packaged app as shipped', () => {
  it('has its fuses burnt as electron-builder.yml says', async () => {
    expect(await burntFuses(SHIPPED.fuseTarget)).toEqual(SHIPPED_FUSES);
  });

});

