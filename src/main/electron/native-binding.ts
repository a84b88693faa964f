// The app needs better-sqlite3 built for Electron's ABI, kept apart from the Node build that
// tests and the CLI use (see README "Two builds of better-sqlite3").
import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function electronNativeBinding(): string | undefined {
  const candidates = app.isPackaged
    ? [join(process.resourcesPath, 'native', 'better_sqlite3.node')]
    : [join(app.getAppPath(), 'native', 'electron', 'better_sqlite3.node')];
  return candidates.find((p) => existsSync(p));
}
