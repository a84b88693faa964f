// npm run dist                 installers for this system, into dist/
// npm run dist:linux | dist:mac | dist:win   for one system (macOS builds only on a Mac;
//                               Windows on Linux needs Wine)
// After `electron-vite build` (the npm scripts run it first), packages the app with
// electron-builder (electron-builder.yml).
// The packager rebuilds better-sqlite3 for Electron in place, in node_modules — where the Node
// build that tests, the CLI and the benchmarks load lives (README "Two builds of better-sqlite3").
// So the Node build is set aside first and put back afterwards, whether packaging worked or not.
// Needs network access (Electron's release and better-sqlite3's prebuilt binary for it).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(join(ROOT, 'package.json'));

/** The Node build of the addon, where better-sqlite3 looks for it first. */
export const nodeBuildOf = (moduleDir: string): string => join(moduleDir, 'build', 'Release', 'better_sqlite3.node');

/** Runs `work`, then puts the addon in `moduleDir` back as it was before (if there was one). */
export async function keepingNodeBuild<T>(moduleDir: string, work: () => Promise<T> | T): Promise<T> {
  const addon = nodeBuildOf(moduleDir);
  if (!existsSync(addon)) return work();
  const aside = mkdtempSync(join(tmpdir(), 'diptych-node-build-'));
  copyFileSync(addon, join(aside, 'better_sqlite3.node'));
  try {
    return await work();
  } finally {
    copyFileSync(join(aside, 'better_sqlite3.node'), addon);
    rmSync(aside, { recursive: true, force: true });
  }
}

async function dist(platformArgs: string[]): Promise<void> {
  const sqlite = dirname(require.resolve('better-sqlite3/package.json'));
  const builder = join(dirname(require.resolve('electron-builder/package.json')), 'cli.js');
  await keepingNodeBuild(sqlite, () =>
    execFileSync(process.execPath, [builder, ...platformArgs, '--publish', 'never'], { cwd: ROOT, stdio: 'inherit' }),
  );
  console.log(`Installers in ${join(ROOT, 'dist')}; node_modules keeps the Node build of better-sqlite3.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await dist(process.argv.slice(2));
