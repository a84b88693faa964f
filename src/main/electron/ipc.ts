// The IPC adapter of the API contract: one channel per method, the sender checked, and the call
// passed on to the API worker, which validates it (dispatchApiCall) and answers an ApiResult.
// Three more channels are the preload's own: paths of files the reader chose, for tokens; the
// save dialog of an export, which answers a token for the file chosen; and a web address to open
// in the system's browser.
import { ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, type ApiEventName, type ApiEvents, type ApiResult } from '../../shared/api';
import { CHOOSE_EXPORT_FILE_CHANNEL, GRANT_FILES_CHANNEL, OPEN_EXTERNAL_CHANNEL, apiChannel, eventChannel } from '../../shared/api/channels';
import { openableUrl } from '../../shared/reader/citation';
import { isOwnPage, type OwnPage } from './own-page';

export type ApiCall = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

const REFUSED: ApiResult<never> = { ok: false, error: { code: 'invalidInput', params: { detail: 'sender' } } };

/** Only the main frame of our own page: never a frame that navigated elsewhere, a subframe, nor devtools. */
function fromOwnPage(event: IpcMainInvokeEvent, page: OwnPage): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame === event.sender.mainFrame && isOwnPage(frame.url, page);
}

/**
 * `grantPaths` issues tokens for paths (the API worker's host call). The paths come from the
 * preload, which reads them off File objects the browser made for a file dialog or a drop: a page
 * cannot make a File with a path, nor reach this channel but through the preload.
 */
export function registerApiIpc(
  call: ApiCall,
  grantPaths: (paths: string[]) => Promise<ApiResult<unknown>>,
  chooseExportFile: (input: unknown) => Promise<ApiResult<unknown>>,
  page: OwnPage,
): void {
  for (const method of API_METHODS) {
    ipcMain.handle(apiChannel(method), (event: IpcMainInvokeEvent, input: unknown) =>
      fromOwnPage(event, page) ? call(method, input) : REFUSED,
    );
  }
  ipcMain.handle(GRANT_FILES_CHANNEL, (event: IpcMainInvokeEvent, paths: unknown) => {
    if (!fromOwnPage(event, page)) return REFUSED;
    if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string')) return REFUSED;
    return grantPaths(paths as string[]);
  });
  // The input (a name to suggest, the format) is validated where the dialog is shown.
  ipcMain.handle(CHOOSE_EXPORT_FILE_CHANNEL, (event: IpcMainInvokeEvent, input: unknown) =>
    fromOwnPage(event, page) ? chooseExportFile(input) : REFUSED,
  );
  // A source's address, to read it on the web: only http(s), so a stored "file:" or "javascript:"
  // address never reaches the shell.
  ipcMain.handle(OPEN_EXTERNAL_CHANNEL, async (event: IpcMainInvokeEvent, text: unknown) => {
    const url = fromOwnPage(event, page) && typeof text === 'string' ? openableUrl(text) : null;
    if (!url) return REFUSED;
    await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: http(s) only (openableUrl), from our own page only
    return { ok: true, value: { opened: true } };
  });
}

export function emitTo(window: () => BrowserWindow | null) {
  return <E extends ApiEventName>(event: E, payload: ApiEvents[E]): void => {
    const w = window();
    if (w && !w.isDestroyed()) w.webContents.send(eventChannel(event), payload);
  };
}
