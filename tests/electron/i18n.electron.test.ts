// The native menu's language submenu in the real app: choosing a language there switches the
// window and rebuilds the menu in that language, with no reload. Runs where an Electron binary,
// its better-sqlite3 build and a build in out/ are present (see app.electron.test.ts); else skips.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';

const root = resolve(__dirname, '../..');
const require = createRequire(join(root, 'package.json'));
const electronDir = dirname(require.resolve('electron/package.json'));
const canRun =
  existsSync(join(electronDir, 'path.txt')) &&
  existsSync(join(root, 'native', 'electron', 'better_sqlite3.node')) &&
  existsSync(join(root, 'out', 'main', 'index.js'));

/** Clicks the menu item labelled `label`, wherever it sits in the application menu. */
async function clickMenuItem(app: ElectronApplication, label: string): Promise<void> {
  await app.evaluate(({ Menu }, wanted) => {
    type Item = Electron.MenuItem;
    const find = (items: Item[]): Item | undefined => {
      for (const item of items) {
        if (item.label === wanted) return item;
        const inner = item.submenu ? find(item.submenu.items) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    const item = find(Menu.getApplicationMenu()?.items ?? []);
    if (!item) throw new Error(`no menu item ${wanted}`);
    item.click();
  }, label);
}

const topLabels = (app: ElectronApplication): Promise<string[]> =>
  app.evaluate(({ Menu }) => (Menu.getApplicationMenu()?.items ?? []).map((i) => i.label));

describe.skipIf(!canRun)('the interface language in the Electron app', () => {
  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  beforeAll(async () => {
    userData = mkdtempSync(join(tmpdir(), 'diptych-electron-i18n-'));
    app = await _electron.launch({
      executablePath: require('electron') as unknown as string,
      args: [join(root, 'out/main/index.js'), `--user-data-dir=${userData}`],
    });
    page = await app.firstWindow();
    await expect.poll(() => page.locator('.story-row').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    rmSync(userData, { recursive: true, force: true });
  });

  it('switches window and menu together from the menu’s language submenu, without a reload', async () => {
    await page.evaluate(() => ((globalThis as unknown as { marker: number }).marker = 1));
    for (const [autonym, lang, file] of [
      ['Українська', 'uk', 'Файл'],
      ['Eesti', 'et', 'Fail'],
      ['English', 'en', 'File'],
    ] as const) {
      await clickMenuItem(app, autonym);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await expect.poll(() => topLabels(app)).toContain(file);
      expect(await page.evaluate(() => (globalThis as unknown as { marker?: number }).marker)).toBe(1);
    }
  });
});
