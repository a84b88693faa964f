// One browser test file's world: an archive in a fresh folder, the API served over loopback and
// a headless Chromium — started together and closed together.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { openArchive } from '../../../src/main/core/db/open';
import { startApiServer, type ApiServer } from './api-server';
import { launchBrowser } from './browser';

export interface BrowserSession {
  dir: string;
  dbPath: string;
  db: Database;
  server: ApiServer;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Opens `archive.db` in a new folder, lets `prepare` fill it (and the folder), then starts the
 * server (with `serverOptions`: the system languages, say) and the browser.
 */
export async function startBrowserSession(
  name: string,
  prepare: (db: Database, dir: string) => void = () => {},
  serverOptions: Parameters<typeof startApiServer>[2] = {},
): Promise<BrowserSession> {
  const dir = mkdtempSync(join(tmpdir(), `diptych-e2e-${name}-`));
  const dbPath = join(dir, 'archive.db');
  const db = openArchive(dbPath);
  prepare(db, dir);
  const server = await startApiServer(db, dbPath, serverOptions);
  const browser = await launchBrowser();
  return {
    dir,
    dbPath,
    db,
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
