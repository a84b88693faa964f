// The preload: puts exactly the API contract on window.diptych, nothing else. Each method is
// its own IPC channel; event names are checked against the contract's list. Files the reader
// chose or dropped are the one thing it reads itself: their paths go to main, which answers with
// tokens — the page never sees a path. An export's file is chosen in main's save dialog, likewise
// behind a token.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { API_EVENTS, API_METHODS, chosenFolder, type ApiEventName, type ApiResult, type DiptychBridge, type GrantedFiles } from '../shared/api';
import { CHOOSE_EXPORT_FILE_CHANNEL, GRANT_FILES_CHANNEL, OPEN_EXTERNAL_CHANNEL, apiChannel, eventChannel } from '../shared/api/channels';

const methods = Object.fromEntries(
  API_METHODS.map((m) => [m, (input?: unknown) => ipcRenderer.invoke(apiChannel(m), input)]),
);

/** The path Electron knows for a File the browser made from the disk; null for any other object. */
function pathOf(file: unknown): string | null {
  try {
    return webUtils.getPathForFile(file as File) || null;
  } catch {
    return null;
  }
}

async function grantFiles(files: readonly unknown[], how: 'files' | 'folder'): Promise<ApiResult<GrantedFiles>> {
  const list = Array.isArray(files) ? files : [];
  let paths = list.map(pathOf).filter((p): p is string => p !== null);
  if (how === 'folder') {
    const first = list[0] as { webkitRelativePath?: unknown } | undefined;
    const folder = paths[0] && typeof first?.webkitRelativePath === 'string' ? chosenFolder(paths[0], first.webkitRelativePath) : null;
    paths = folder ? [folder] : [];
  }
  const unknown = how === 'folder' ? (paths.length > 0 ? 0 : list.length) : list.length - paths.length;
  if (paths.length === 0) return { ok: true, value: { tokens: [], unknown } };
  const result = (await ipcRenderer.invoke(GRANT_FILES_CHANNEL, paths)) as ApiResult<{ tokens: string[] }>;
  return result.ok ? { ok: true, value: { tokens: result.value.tokens, unknown } } : result;
}

const bridge = {
  ...methods,
  on(event: ApiEventName, listener: (payload: unknown) => void): () => void {
    if (!API_EVENTS.includes(event)) throw new Error(`Unknown event ${String(event)}`);
    const wrapped = (_e: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(eventChannel(event), wrapped);
    return () => ipcRenderer.removeListener(eventChannel(event), wrapped);
  },
  grantFiles,
  // Main shows the save dialog and answers a token for the file chosen (and its name), no path.
  chooseExportFile: (input: unknown) => ipcRenderer.invoke(CHOOSE_EXPORT_FILE_CHANNEL, input),
  openExternal: (url: unknown) => ipcRenderer.invoke(OPEN_EXTERNAL_CHANNEL, url),
} as unknown as DiptychBridge;

contextBridge.exposeInMainWorld('diptych', bridge);
