// electron-builder.yml: valid by electron-builder's own schema (it runs offline), and saying what
// the issue asks of the installers — the targets, the fuses, the native addon out of the asar,
// the guide where the app looks for it, the same product name the CLI's default archive uses.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRODUCT_NAME } from '../../src/main/core/paths';
import { PACKAGED_BINDING, SAMPLE_RESOURCE } from '../../src/main/electron/packaged-paths';
import { SHIPPED_FUSES } from '../support/fuses';

const ROOT = resolve(__dirname, '../..');
const require = createRequire(join(ROOT, 'package.json'));
const builderLib = dirname(require.resolve('app-builder-lib/package.json'));
const { getConfig, validateConfiguration } = require(join(builderLib, 'out/util/config/config.js')) as {
  getConfig(projectDir: string, configPath: string | null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};
// electron-builder matches asarUnpack and files with this minimatch, dot files included.
const { minimatch } = createRequire(join(builderLib, 'package.json'))('minimatch') as {
  minimatch(path: string, pattern: string, options: { dot: boolean }): boolean;
};

interface Target {
  target: string;
  arch: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  files: { filter: string[] }[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  extraResources: { from: string; to: string; filter: string[] }[];
  publish: null;
  electronFuses: Record<string, boolean>;
  linux: { target: Target[]; icon: string; executableName: string; category: string };
  mac: { target: Target[]; icon: string };
  win: { target: Target[]; icon: string };
  nsis: Record<string, unknown>;
}

const load = (): Promise<BuilderConfig> => getConfig(ROOT, join(ROOT, 'electron-builder.yml'));
const targets = (list: Target[]): string[] => list.flatMap((t) => t.arch.map((a) => `${t.target} ${a}`));

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own validation', async () => {
    await expect(validateConfiguration(await load(), { isEnabled: false, add() {} })).resolves.toBeUndefined();
  });

  it('rejects an option electron-builder does not know (the validation is real)', async () => {
    const config = await load();
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perUser: true } }, { isEnabled: false, add() {} })).rejects.toThrow(
      /does not match the API schema/u,
    );
  });

  it('builds AppImage and .deb, a .dmg for Intel and Apple silicon, and a per-user NSIS installer', async () => {
    const config = await load();
    expect(targets(config.linux.target)).toEqual(['AppImage x64', 'deb x64']);
    expect(targets(config.mac.target)).toEqual(['dmg x64', 'dmg arm64']);
    expect(targets(config.win.target)).toEqual(['nsis x64']);
    // Per user, never asking for an administrator, and keeping the archive on uninstall.
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false, deleteAppDataOnUninstall: false });
    expect(config.linux).toMatchObject({ executableName: 'diptych', category: 'Office' });
  });

  it('names the app as the CLI does, so that both open the same archive', async () => {
    const config = await load();
    expect(config.productName).toBe(PRODUCT_NAME);
    // Electron takes its name (and with it the userData folder) from package.json.
    expect((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { productName: string }).productName).toBe(PRODUCT_NAME);
  });

  it('burns the fuses: no RunAsNode, NODE_OPTIONS or --inspect; asar integrity, asar only, encrypted cookies', async () => {
    expect((await load()).electronFuses).toEqual({ ...SHIPPED_FUSES, resetAdHocDarwinSignature: true });
  });

  it('rebuilds better-sqlite3 for Electron and unpacks its addon where packaged-paths.ts looks', async () => {
    const config = await load();
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(true);
    const addon = PACKAGED_BINDING.join('/');
    expect(config.asarUnpack.some((pattern) => minimatch(addon, pattern, { dot: true }))).toBe(true);
    // What else goes into the asar (the build, never the sources) is checked on a real package
    // in package-dir.test.ts.
    expect(config.files).toEqual([{ filter: expect.arrayContaining(['out/**/*']) }]);
  });

  it('ships the first-run guide as extra resources, where the app reads it, and publishes nowhere', async () => {
    const config = await load();
    expect(config.extraResources).toEqual([{ from: 'resources/sample', to: SAMPLE_RESOURCE, filter: ['*.txt'] }]);
    expect(config.publish).toBeNull();
  });

  it('points every platform at an icon rendered from resources/icon.svg', async () => {
    const config = await load();
    for (const icon of [config.linux.icon, config.mac.icon, config.win.icon]) expect(existsSync(join(ROOT, icon)), icon).toBe(true);
    expect(existsSync(join(ROOT, config.linux.icon, '512x512.png'))).toBe(true);
  });
});
