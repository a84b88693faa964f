// Electron entry: one instance, one secure window, and the archive served to the renderer through
// the API contract by a worker thread that owns the database. Everything of substance lives in
// src/main/core; this file only wires it to Electron.
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import type { Settings } from '../../shared/api/settings';
import { createI18n } from '../../shared/i18n/create';
import { pickUiLanguage, type UiLanguage } from '../../shared/i18n/resources';
import { isDiptychError } from '../../shared/errors';
import { startApiWorker, superviseApiWorker, type SupervisedApi } from '../core/api/api-worker-client';
import { HOST_GRANT_PATHS, HOST_GRANT_SAVE_PATH } from '../core/api/host-calls';
import { ARCHIVE_FILE_NAME } from '../core/paths';
import { builtWorkerEntry } from '../core/worker-entries';
import { emitTo, registerApiIpc } from './ipc';
import { buildApplicationMenu } from './menu';
import { appLocation, electronNativeBinding } from './native-binding';
import { ownPage } from './own-page';
import { sampleDir } from './packaged-paths';
import { chooseExportFile } from './save-dialog';
import { installSecurity } from './security';
import { createMainWindow } from './window';

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
let mainWindow: BrowserWindow | null = null;
let api: SupervisedApi | null = null;

app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start, (e: unknown) => fail(String(e)));
}

async function start(): Promise<void> {
  // The renderer's page as window.ts loads it: only it may call the API.
  const page = ownPage(join(__dirname, '../renderer/index.html'), devServerUrl);
  installSecurity(page);
  const systemLanguages = app.getPreferredSystemLanguages();
  let t = createI18n(pickUiLanguage(systemLanguages)).t;
  const emit = emitTo(() => mainWindow);
  const at = appLocation();
  const startWorker = () =>
    startApiWorker(builtWorkerEntry('api-worker', __dirname), {
      dbPath: join(app.getPath('userData'), ARCHIVE_FILE_NAME),
      nativeBinding: electronNativeBinding(at),
      // First run only: the guide stories, so the library is never empty (see core/sample).
      sampleDir: sampleDir(at),
      systemLanguages,
    });
  try {
    // A worker that stops is restarted once; if that fails the window says so and keeps its page.
    api = await superviseApiWorker(startWorker, () => emit('archiveUnavailable', {}));
  } catch (e) {
    fail(
      isDiptychError(e)
        ? t(`errors.${e.code}`, { ...e.params, detail: e.message })
        : t('errors.internal', { detail: String(e) }),
    );
    return;
  }
  // Choosing a language in the menu goes through the API like the settings screen does: the
  // worker stores it and emits settingsChanged, which rebuilds this menu and switches the window.
  const chooseLanguage = (uiLanguage: UiLanguage | null): void => {
    void api?.call('updateSettings', { uiLanguage });
  };
  let current: Settings | null = null;
  const setMenu = (translate: TFunction): void =>
    Menu.setApplicationMenu(
      buildApplicationMenu(
        translate,
        (command) => emit('menuCommand', { command }),
        current
          ? { current: current.uiLanguage, chosen: current.uiLanguageChosen, choose: chooseLanguage }
          : undefined,
      ),
    );
  const applySettings = (settings: Settings): void => {
    current = settings;
    t = createI18n(settings.uiLanguage as UiLanguage).t;
    setMenu(t);
    // The About panel (menu → About Diptych) speaks the interface language too.
    app.setAboutPanelOptions({ applicationName: t('app.name'), applicationVersion: app.getVersion(), credits: t('app.tagline') });
  };

  // Events from the worker go to the window; a language change also rebuilds the native menu, and
  // a restore or recovery (staged beside the archive) restarts the app, which puts it in place.
  api.onEvent((event, payload) => {
    if (event === 'settingsChanged') applySettings(payload as Settings);
    emit(event, payload);
    if (event === 'restartRequested') void restart();
  });
  registerApiIpc(
    (method, input) => api!.call(method, input),
    (paths) => api!.call(HOST_GRANT_PATHS, { paths }),
    (input) => chooseExportFile(mainWindow, t, (path) => api!.call(HOST_GRANT_SAVE_PATH, { path }), input),
    page,
  );
  const settings = await api.call('getSettings', {});
  if (settings.ok) applySettings(settings.value as Settings);
  else setMenu(t);

  mainWindow = createMainWindow(devServerUrl);
  mainWindow.on('closed', () => (mainWindow = null));
}

async function restart(): Promise<void> {
  await api?.close();
  api = null;
  app.relaunch();
  app.exit(0);
}

function fail(message: string): void {
  dialog.showErrorBox('Diptych', message);
  app.exit(1);
}

app.on('window-all-closed', () => {
  void api?.close();
  api = null;
  app.quit();
});
