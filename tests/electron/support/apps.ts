// The Electron apps the tests drive with playwright-core's `_electron`: the checkout (`electron .`,
// after `npm run setup:app` and a build) and the packaged app electron-builder left in dist/ (after
// `npm run dist`). Each one missing is reported with what would make it available.
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(join(ROOT, 'package.json'));
const DIST = join(ROOT, 'dist');
const ARTIFACTS = join(ROOT, 'test-artifacts');

export interface AppUnderTest {
  name: string;
  /** Why it cannot run here, if it cannot. */
  missing?: string;
  launch(userData: string): Promise<ElectronApplication>;
}

/** English whatever the machine speaks, so that the tests can read labels. */
const ENV = { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en', ELECTRON_ENABLE_LOGGING: '1' };

function checkout(): AppUnderTest {
  const electronDir = dirname(require.resolve('electron/package.json'));
  const missing = !existsSync(join(electronDir, 'path.txt'))
    ? 'no Electron binary (npm run setup:app)'
    : !existsSync(join(ROOT, 'native', 'electron', 'better_sqlite3.node'))
      ? 'no Electron build of better-sqlite3 (npm run setup:app)'
      : !existsSync(join(ROOT, 'out', 'main', 'index.js'))
        ? 'no build in out/ (npm run build)'
        : undefined;
  return {
    name: 'checkout (electron .)',
    ...(missing ? { missing } : {}),
    launch: (userData) =>
      _electron.launch({ executablePath: require('electron') as unknown as string, args: [ROOT, `--user-data-dir=${userData}`], env: ENV }),
  };
}

/** The unpacked app electron-builder builds the installers from, for this system. */
export function packagedAppIn(dist: string, platform: NodeJS.Platform, arch: string): { dir: string; executable: string; fuseTarget: string } {
  if (platform === 'darwin') {
    const app = join(dist, arch === 'arm64' ? 'mac-arm64' : 'mac', 'Diptych.app');
    return { dir: dirname(app), executable: join(app, 'Contents', 'MacOS', 'Diptych'), fuseTarget: app };
  }
  if (platform === 'win32') return { dir: join(dist, 'win-unpacked'), executable: join(dist, 'win-unpacked', 'Diptych.exe'), fuseTarget: join(dist, 'win-unpacked', 'Diptych.exe') };
  return { dir: join(dist, 'linux-unpacked'), executable: join(dist, 'linux-unpacked', 'diptych'), fuseTarget: join(dist, 'linux-unpacked', 'diptych') };
}

export const SHIPPED = packagedAppIn(DIST, process.platform, process.arch);

/**
 * A copy of the packaged app that Playwright can drive: it attaches to the main process through
 * Node's inspector, which the shipped app's fuses refuse. The copy differs from what ships by that
 * one fuse (and, on macOS, the ad-hoc signature that flipping it needs). Made once per package,
 * in dist/playwright-<build time>/.
 */
async function inspectableCopy(): Promise<string> {
  const copyRoot = join(DIST, `playwright-${Math.round(statSync(SHIPPED.executable).mtimeMs)}`);
  const copy = packagedAppIn(copyRoot, process.platform, process.arch);
  if (existsSync(copy.executable)) return copy.executable;
  const work = `${copyRoot}.${process.pid}`;
  const inWork = packagedAppIn(work, process.platform, process.arch);
  cpSync(SHIPPED.dir, inWork.dir, { recursive: true, verbatimSymlinks: true });
  await flipFuses(inWork.fuseTarget, {
    version: FuseVersion.V1,
    [FuseV1Options.EnableNodeCliInspectArguments]: true,
    resetAdHocDarwinSignature: process.platform === 'darwin',
  });
  try {
    renameSync(work, copyRoot);
  } catch {
    rmSync(work, { recursive: true, force: true }); // a copy made at the same time is in place
  }
  return copy.executable;
}

function packaged(): AppUnderTest {
  return {
    name: 'packaged (dist/)',
    ...(existsSync(SHIPPED.executable) ? {} : { missing: `no packaged app at ${SHIPPED.executable} (npm run dist)` }),
    launch: async (userData) => _electron.launch({ executablePath: await inspectableCopy(), args: [`--user-data-dir=${userData}`], env: ENV }),
  };
}

export const CHECKOUT = checkout();
export const PACKAGED = packaged();
export const APPS: AppUnderTest[] = [CHECKOUT, PACKAGED];

/**
 * DIPTYCH_ELECTRON_REQUIRED=checkout,packaged (the release workflow sets it): the apps that must
 * run, so that a broken setup fails the run instead of skipping the very tests it exists for.
 */
export function requiredButMissing(env: NodeJS.ProcessEnv = process.env): string[] {
  const required = new Set((env.DIPTYCH_ELECTRON_REQUIRED ?? '').split(',').map((s) => s.trim()).filter(Boolean));
  const byKey = { checkout: CHECKOUT, packaged: PACKAGED } as const;
  return (Object.entries(byKey) as [string, AppUnderTest][])
    .filter(([key, app]) => required.has(key) && app.missing)
    .map(([, app]) => `${app.name}: ${app.missing}`);
}

/** Clicks the menu item labelled `label`, wherever it sits in the application menu. */
export async function clickMenuItem(app: ElectronApplication, label: string): Promise<void> {
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

export const topMenuLabels = (app: ElectronApplication): Promise<string[]> =>
  app.evaluate(({ Menu }) => (Menu.getApplicationMenu()?.items ?? []).map((i) => i.label));

/** A screenshot of the real app window in test-artifacts/, for people to look at. */
export async function screenshotApp(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `electron-${name}.png`) });
}
