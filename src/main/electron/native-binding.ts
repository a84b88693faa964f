// The app needs better-sqlite3 built for Electron's ABI, kept apart from the Node build that
// tests and the CLI use (see README "Two builds of better-sqlite3"). Where it is, and where the
// rest of what the app ships is, lives in packaged-paths.ts; this file only asks Electron.
import { app } from 'electron';
import { existsSync } from 'node:fs';
import { nativeBindingPath, type AppLocation } from './packaged-paths';

export function appLocation(): AppLocation {
  return { isPackaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath };
}

/** The Electron build of the addon, or undefined to let better-sqlite3 look for itself. */
export function electronNativeBinding(at: AppLocation): string | undefined {
  const path = nativeBindingPath(at);
  return existsSync(path) ? path : undefined;
}
