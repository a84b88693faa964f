// The real packager, offline: electron-builder lays out the Linux app (`--linux dir`, the tree the
// AppImage and the .deb are made of) from electron-builder.yml, around a stand-in for the Electron
// binary that carries only Electron's fuse wire (the real one cannot be downloaded here). Then the
// packaged layout is read back: what the asar holds, that packaged-paths.ts finds the addon, the
// guide and every worker in it, and that the fuses were burnt. Not covered here: the rebuild of
// better-sqlite3 for Electron (it downloads Electron's headers) and the installers themselves —
// the release workflow builds and runs those.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRawHeader, listPackage } from '@electron/asar';
import { builtWorkerEntry, WORKER_ENTRIES, type WorkerName } from '../../src/main/core/worker-entries';
import { nativeBindingPath, sampleDir, type AppLocation } from '../../src/main/electron/packaged-paths';
import { burntFuses, SHIPPED_FUSES } from '../support/fuses';

const ROOT = resolve(__dirname, '../..');
const require = createRequire(join(ROOT, 'package.json'));
const BUILT = existsSync(join(ROOT, 'out', 'main', 'index.js'));
const ON_LINUX = process.platform === 'linux';
if (!BUILT) console.warn('packaging test skipped: no build in out/ (npm test builds it; or run npm run build)');
else if (!ON_LINUX) console.warn('packaging test skipped: it lays out the Linux app; the release workflow packages this system');

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const [OFF, ON] = [0x30, 0x31];
/** Electron's fuse wire as released (version 1, 8 fuses), before electron-builder burns it. */
const RELEASED_WIRE = [1, 8, ON, OFF, ON, ON, OFF, OFF, OFF, ON];

function fakeElectronDist(dir: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const binary = Buffer.concat([Buffer.alloc(256), Buffer.from(SENTINEL, 'latin1'), Buffer.from(RELEASED_WIRE), Buffer.alloc(256)]);
  writeFileSync(join(dir, 'electron'), binary, { mode: 0o755 });
  writeFileSync(join(dir, 'version'), (require('electron/package.json') as { version: string }).version);
  return dir;
}

describe.skipIf(!BUILT || !ON_LINUX)('the packaged app, laid out by electron-builder', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'diptych-package-'));
  const appDir = join(scratch, 'dist', 'linux-unpacked');
  const resources = join(appDir, 'resources');
  const asar = join(resources, 'app.asar');
  const installed: AppLocation = { isPackaged: true, appPath: asar, resourcesPath: resources };
  let inAsar: Set<string>;

  beforeAll(async () => {
    const builder = join(dirname(require.resolve('electron-builder/package.json')), 'cli.js');
    await promisify(execFile)(
      process.execPath,
      [
        builder,
        '--linux',
        'dir',
        `-c.electronDist=${fakeElectronDist(join(scratch, 'electron'))}`,
        '-c.npmRebuild=false',
        `-c.directories.output=${join(scratch, 'dist')}`,
        '--publish',
        'never',
      ],
      { cwd: ROOT, env: { ...process.env, CI: '1' }, timeout: 150_000 },
    );
    inAsar = new Set(listPackage(asar, { isPack: false }).map((p) => p.replace(/\\/gu, '/').replace(/^\//u, '')));
  }, 180_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('puts the build and the runtime dependencies in the asar, and not the checkout', () => {
    for (const file of ['package.json', 'out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'node_modules/better-sqlite3/lib/index.js', 'node_modules/zod/package.json']) {
      expect(inAsar.has(file), file).toBe(true);
    }
    const stray = [...inAsar].filter((p) => /^(src|tests|scripts|native|resources|bench-results)\//u.test(p) || /^node_modules\/(tsx|esbuild|@esbuild)\//u.test(p));
    expect(stray).toEqual([]);
    expect(getRawHeader(asar).headerString).toContain('"unpacked":true');
  });

  it('starts every worker from inside the asar, where main looks for it', () => {
    const main = join(asar, 'out', 'main');
    const exists = (path: string): boolean => inAsar.has(path.slice(asar.length + 1).replace(/\\/gu, '/'));
    for (const worker of Object.keys(WORKER_ENTRIES) as WorkerName[]) {
      expect(builtWorkerEntry(worker, main, exists)).toBe(join(main, `${worker}.js`));
      expect(builtWorkerEntry(worker, join(main, 'chunks'), exists)).toBe(join(main, `${worker}.js`));
    }
  });

  it('unpacks better-sqlite3’s addon where the app loads it from, and ships the guide beside the asar', () => {
    expect(existsSync(nativeBindingPath(installed))).toBe(true);
    expect(readdirSync(sampleDir(installed)).sort()).toEqual(readdirSync(join(ROOT, 'resources', 'sample')).filter((f) => f.endsWith('.txt')).sort());
  });

  it('burns the fuses into the binary as electron-builder.yml says', async () => {
    expect(await burntFuses(join(appDir, 'diptych'))).toEqual(SHIPPED_FUSES);
  });
});
