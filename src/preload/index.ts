// The preload: puts exactly the API contract on window.diptych, nothing else. Each method is
// its own IPC channel; event names are checked against the contract's list.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { API_EVENTS, API_METHODS, type ApiEventName, type DiptychBridge } from '../shared/api';
import { apiChannel, eventChannel } from '../shared/api/channels';

const methods = Object.fromEntries(
  API_METHODS.map((m) => [m, (input?: unknown) => ipcRenderer.invoke(apiChannel(m), input)]),
);

const bridge = {
  ...methods,
  on(event: ApiEventName, listener: (payload: unknown) => void): () => void {
    if (!API_EVENTS.includes(event)) throw new Error(`Unknown event ${String(event)}`);
    const wrapped = (_e: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(eventChannel(event), wrapped);
    return () => ipcRenderer.removeListener(eventChannel(event), wrapped);
  },
  // Dropped files carry no path in a sandboxed renderer; Electron tells it here.
  pathForFile(file: File): string | null {
    try {
      return webUtils.getPathForFile(file) || null;
    } catch {
      return null;
    }
  },
} as unknown as DiptychBridge;

contextBridge.exposeInMainWorld('diptych', bridge);
