// The real desktop app, driven by Playwright's Electron support. Runs where an Electron binary
// and the Electron build of better-sqlite3 are present (after `npm run setup:app`); elsewhere it
// reports a skip.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';

const root = resolve(__dirname, '../..');
const require = createRequire(join(root, 'package.json'));
const electronDir = dirname(require.resolve('electron/package.json'));
const hasBinary = existsSync(join(electronDir, 'path.txt'));
const hasBinding = existsSync(join(root, 'native', 'electron', 'better_sqlite3.node'));
const hasBuild = existsSync(join(root, 'out', 'main', 'index.js'));
const canRun = hasBinary && hasBinding && hasBuild;
if (!canRun) {
  console.warn(
    `electron app tests skipped: ${!hasBinary ? 'no Electron binary' : !hasBinding ? 'no Electron build of better-sqlite3' : 'no build in out/'} (run npm run setup:app, then npm run build)`,
  );
}

describe.skipIf(!canRun)('the Electron app', () => {
  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  beforeAll(async () => {
    userData = mkdtempSync(join(tmpdir(), 'diptych-electron-'));
    const executablePath = require('electron') as unknown as string;
    app = await _electron.launch({
      executablePath,
      args: [join(root, 'out/main/index.js'), `--user-data-dir=${userData}`],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    page = await app.firstWindow();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    rmSync(userData, { recursive: true, force: true });
  });

  it('opens one window showing the library with the sample stories', async () => {
    await expect.poll(() => page.locator('.story-row').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(app.windows()).toHaveLength(1);
  });

  it('gives the renderer no Node and only the API contract', async () => {
    const exposed = await page.evaluate(() => ({
      require: typeof (globalThis as unknown as { require?: unknown }).require,
      process: typeof (globalThis as unknown as { process?: unknown }).process,
      diptych: Object.keys((globalThis as unknown as { diptych: object }).diptych).sort(),
    }));
    expect(exposed.require).toBe('undefined');
    expect(exposed.process).toBe('undefined');
    expect(exposed.diptych).toContain('getStory');
  });

  it('refuses navigation, new windows and network requests', async () => {
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

