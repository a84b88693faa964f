#!/usr/bin/env node
// Before `npm start`: say clearly what is missing instead of letting Electron fail obscurely.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const electronDir = dirname(require.resolve('electron/package.json'));
const missing = [];
if (!existsSync(join(electronDir, 'path.txt'))) missing.push('the Electron binary');
if (!existsSync(join(root, 'native', 'electron', 'better_sqlite3.node'))) missing.push('better-sqlite3 built for Electron');
if (missing.length > 0) {
  console.error(`Diptych cannot start yet: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing.`);
  console.error('Run `npm run setup:app` once (it needs network access to download Electron).');
  process.exit(1);
}
