// Electron entry: one instance, one secure window, the archive opened in main and served to the
// renderer through the API contract. Everything of substance lives in src/main/core.
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { createI18n } from '../../shared/i18n/create';
import { pickUiLanguage } from '../../shared/i18n/resources';
import { toApiError } from '../../shared/errors';
import { openArchive } from '../core/db/open';
import { createApiHandlers } from '../core/api/handlers';
import { seedSampleStories } from '../core/sample/seed-samples';
import { ARCHIVE_FILE_NAME } from '../core/paths';
import { emitTo, registerApiIpc } from './ipc';
import { buildApplicationMenu } from './menu';
import { electronNativeBinding } from './native-binding';
import { installSecurity } from './security';
import { createMainWindow } from './window';

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
let mainWindow: BrowserWindow | null = null;
let db: Database | null = null;

app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start, (e) => fail(String(e)));
}

function sampleDir(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'sample')
    : join(app.getAppPath(), 'resources', 'sample');
}

function start(): void {
  installSecurity(devServerUrl);
  const t = createI18n(pickUiLanguage(app.getPreferredSystemLanguages())).t;
  const dbPath = join(app.getPath('userData'), ARCHIVE_FILE_NAME);
  try {
    db = openArchive(dbPath, { nativeBinding: electronNativeBinding() });
    // First run only: the guide stories, so the library is never empty (see core/sample).
    seedSampleStories(db, sampleDir());
  } catch (e) {
    const error = toApiError(e);
    fail(t(`errors.${error.code}`, { ...error.params, detail: error.detail ?? '' }));
    return;
  }
  const emit = emitTo(() => mainWindow);
  registerApiIpc(createApiHandlers({ db, dbPath, emit }), devServerUrl);
  Menu.setApplicationMenu(buildApplicationMenu(t, (command) => emit('menuCommand', { command })));
  mainWindow = createMainWindow(devServerUrl);
  mainWindow.on('closed', () => (mainWindow = null));
}

function fail(message: string): void {
  dialog.showErrorBox('Diptych', message);
  app.exit(1);
}

app.on('window-all-closed', () => {
  db?.close();
  db = null;
  app.quit();
});
