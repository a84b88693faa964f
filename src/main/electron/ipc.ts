// The IPC adapter of the API contract: one channel per method, the sender checked, and the call
// passed on to the API worker, which validates it (dispatchApiCall) and answers an ApiResult.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, type ApiEventName, type ApiEvents, type ApiResult } from '../../shared/api';
import { apiChannel, eventChannel } from '../../shared/api/channels';
import { isAllowedUrl } from './security';

export type ApiCall = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export function registerApiIpc(call: ApiCall, devServerUrl: string | undefined): void {
  for (const method of API_METHODS) {
    ipcMain.handle(apiChannel(method), (event: IpcMainInvokeEvent, input: unknown) => {
      // Only our own renderer may call: never a frame that navigated elsewhere, nor devtools.
      const url = event.senderFrame?.url ?? '';
      if (!isAllowedUrl(url, devServerUrl) || url.startsWith('devtools://')) {
        return { ok: false, error: { code: 'invalidInput', params: { detail: 'sender' } } };
      }
      return call(method, input);
    });
  }
}

export function emitTo(window: () => BrowserWindow | null) {
  return <E extends ApiEventName>(event: E, payload: ApiEvents[E]): void => {
    const w = window();
    if (w && !w.isDestroyed()) w.webContents.send(eventChannel(event), payload);
  };
}
