#!/usr/bin/env node
// Prepares a machine to run the desktop app: downloads the Electron binary (kept out of
// `npm install` so that tests and the CLI install anywhere, offline included), and builds a
// second copy of better-sqlite3 for Electron's ABI into native/electron/, leaving the Node build
// in node_modules for tests and the CLI. Needs network access to Electron's download servers.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const electronDir = dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: 'inherit', env: process.env });

console.log(`1/2 Electron ${electronVersion} binary`);
if (!existsSync(join(electronDir, 'path.txt'))) run(process.execPath, [join(electronDir, 'install.js')]);

console.log(`2/2 better-sqlite3 for Electron ${electronVersion}`);
const source = dirname(require.resolve('better-sqlite3/package.json'));
const work = join(root, 'native', 'build', 'better-sqlite3');
rmSync(work, { recursive: true, force: true });
mkdirSync(dirname(work), { recursive: true });
cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${join(source, 'build')}`) });
const target = ['--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'];
try {
  // A prebuilt binary when one is published for this Electron...
  run(process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion], work);
} catch {
  // ...otherwise compile it against Electron's headers.
  const npmDir = dirname(dirname(process.env.npm_execpath ?? require.resolve('npm/package.json')));
  const nodeGyp = join(npmDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  run(process.execPath, [nodeGyp, 'rebuild', '--release', ...target], work);
}
const out = join(root, 'native', 'electron');
mkdirSync(out, { recursive: true });
copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), join(out, 'better_sqlite3.node'));
console.log(`Ready: npm start runs the app (binding in ${out}).`);
