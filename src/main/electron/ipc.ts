// The IPC adapter of the API contract: one handler per method, the sender checked, the input
// validated by dispatchApiCall, and events pushed to the window.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, type ApiEventName, type ApiEvents, type ApiHandlers } from '../../shared/api';
import { apiChannel, eventChannel } from '../../shared/api/channels';
import { dispatchApiCall } from '../core/api/dispatch';
import { isAllowedUrl } from './security';

export function registerApiIpc(
  handlers: ApiHandlers,
  devServerUrl: string | undefined,
): void {
  for (const method of API_METHODS) {
    ipcMain.handle(apiChannel(method), (event: IpcMainInvokeEvent, input: unknown) => {
      // Only our own renderer may call: never a frame that navigated elsewhere.
      const url = event.senderFrame?.url ?? '';
      if (!isAllowedUrl(url, devServerUrl) || url.startsWith('devtools://')) {
        return { ok: false, error: { code: 'invalidInput', params: { detail: 'sender' } } };
      }
      return dispatchApiCall(handlers, method, input);
    });
  }
}

export function emitTo(window: () => BrowserWindow | null) {
  return <E extends ApiEventName>(event: E, payload: ApiEvents[E]): void => {
    const w = window();
    if (w && !w.isDestroyed()) w.webContents.send(eventChannel(event), payload);
  };
}
