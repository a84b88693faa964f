// Where the archive lives by default: the Electron app's userData folder, so that the app and
// the CLI share one archive. Mirrors Electron's app.getPath('userData') for productName Diptych.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Diptych';
export const ARCHIVE_FILE_NAME = 'archive.db';

export function appDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}

/** The archive the CLI opens when neither --db nor DIPTYCH_DB says otherwise. */
export function defaultArchivePath(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  return join(appDataDir(platform, env, home), PRODUCT_NAME, ARCHIVE_FILE_NAME);
}
