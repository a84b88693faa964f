// The save dialog of an export, the one piece of it that needs Electron: the reader chooses where
// the file goes, the API worker issues a token for that path (host:grantSavePath), and the window
// gets the token and the file's name, never the path.
import { app, dialog, type BrowserWindow } from 'electron';
import { basename, join } from 'node:path';
import type { TFunction } from 'i18next';
import type { ApiResult } from '../../shared/api';
import { ChooseExportFileInput, EXPORT_EXTENSIONS, type ChosenExportFile } from '../../shared/api/export';
import { exportFileName } from '../core/export/save-name';

export type GrantSavePath = (path: string) => Promise<ApiResult<unknown>>;

export async function chooseExportFile(
  window: BrowserWindow | null,
  t: TFunction,
  grantSavePath: GrantSavePath,
  input: unknown,
): Promise<ApiResult<ChosenExportFile>> {
  const parsed = ChooseExportFileInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: 'invalidInput', params: { detail: 'save dialog' } } };
  const { format, suggestedName } = parsed.data;
  const name = exportFileName(suggestedName, format);
  const options = {
    title: t('export.saveTitle'),
    defaultPath: join(app.getPath('documents'), name),
    filters: [{ name: t(`export.fileType.${format}`), extensions: [EXPORT_EXTENSIONS[format]] }],
  };
  const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (chosen.canceled || !chosen.filePath) return { ok: true, value: { token: null, name } };
  const granted = await grantSavePath(chosen.filePath);
  if (!granted.ok) return granted;
  return { ok: true, value: { token: (granted.value as { token: string }).token, name: basename(chosen.filePath) } };
}
