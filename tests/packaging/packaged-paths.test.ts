// Where the app looks for what it ships (src/main/electron/packaged-paths.ts, and the worker list
// in src/main/core/worker-entries.ts), under plain Node against a fake installation: the layout
// electron-builder.yml produces, and a checkout after `npm run setup:app`.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtWorkerEntry, WORKER_ENTRIES, type WorkerName } from '../../src/main/core/worker-entries';
import { nativeBindingPath, sampleDir, type AppLocation } from '../../src/main/electron/packaged-paths';

const ROOT = resolve(__dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'diptych-layout-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const WORKERS = Object.keys(WORKER_ENTRIES) as WorkerName[];

function touch(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, '');
}

/** An installed Diptych as electron-builder lays it out (the asar stands in as a folder). */
function fakeInstall(): AppLocation {
  const resources = join(scratch, 'opt', 'Diptych', 'resources');
  const asar = join(resources, 'app.asar');
  for (const file of ['index.js', 'chunks/import-files-x.js', ...WORKERS.map((w) => `${w}.js`)]) touch(join(asar, 'out', 'main', file));
  touch(join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
  touch(join(resources, 'sample', '1-welcome.en.txt'));
  return { isPackaged: true, appPath: asar, resourcesPath: resources };
}

describe('packaged paths', () => {
  const installed = fakeInstall();

  it('finds the guide, the Electron build of better-sqlite3 and every worker in an installation', () => {
    expect(existsSync(join(sampleDir(installed), '1-welcome.en.txt'))).toBe(true);
    const binding = nativeBindingPath(installed);
    expect(binding).toBe(join(installed.resourcesPath, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
    expect(existsSync(binding)).toBe(true);
    const main = join(installed.appPath, 'out', 'main');
    for (const worker of WORKERS) {
      // From the main bundle (Electron main starts the API worker) and from a shared chunk
      // (the API worker's code starts the import worker).
      expect(builtWorkerEntry(worker, main)).toBe(join(main, `${worker}.js`));
      expect(builtWorkerEntry(worker, join(main, 'chunks'))).toBe(join(main, `${worker}.js`));
    }
  });

  it('uses the checkout’s folders when not packaged: resources/sample and native/electron', () => {
    const checkout: AppLocation = { isPackaged: false, appPath: ROOT, resourcesPath: '/usr/lib/electron/resources' };
    expect(sampleDir(checkout)).toBe(join(ROOT, 'resources', 'sample'));
    expect(existsSync(join(sampleDir(checkout), '1-welcome.en.txt'))).toBe(true);
    // Never the Node build in node_modules, which tests and the CLI keep using.
    expect(nativeBindingPath(checkout)).toBe(join(ROOT, 'native', 'electron', 'better_sqlite3.node'));
  });

  it('says which worker file is missing, and from where it looked', () => {
    expect(() => builtWorkerEntry('import-worker', join(scratch, 'nowhere', 'chunks'))).toThrow(
      expect.objectContaining({ code: 'internal', params: { detail: expect.stringContaining('import-worker.js not found') } }),
    );
  });

  it('lists workers whose sources exist, and the build emits each of them', () => {
    for (const source of Object.values(WORKER_ENTRIES)) expect(existsSync(join(ROOT, source)), source).toBe(true);
    const built = join(ROOT, 'out', 'main');
    if (!existsSync(join(built, 'index.js'))) return; // `npm test` builds first; a lone run may not have.
    for (const worker of WORKERS) expect(existsSync(join(built, `${worker}.js`)), worker).toBe(true);
  });
});
