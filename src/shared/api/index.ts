// The whole surface between the renderer and main. The Electron IPC adapter, the preload and the
// browser-test harness are thin adapters of this one contract; nothing else crosses.
import type { z } from 'zod';
import type { ApiResult } from './define';
import { alignContract } from './align';
import { archiveContract } from './archive';
import { exportContract, type ChooseExportFileInput, type ChosenExportFile, type ExportProgress } from './export';
import { importContract, type BackgroundProgressEvent, type ImportProgressEvent } from './import';
import { libraryContract } from './library';
import { searchContract } from './search';
import type { GrantedFiles } from './path-grants';
import { settingsContract, type Settings } from './settings';
import type { MenuCommand } from '../menu-commands';

export const apiContract = {
  ...libraryContract,
  ...searchContract,
  ...alignContract,
  ...importContract,
  ...settingsContract,
  ...archiveContract,
  ...exportContract,
} as const;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

/** What the renderer may pass (defaults still optional). */
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
/** What the handler receives after validation (defaults filled in). */
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = NonNullable<ApiContract[M]['output']>;

export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;
};

/** Events main pushes to the renderer. */
export interface ApiEvents {
  /** A command chosen in the native menu, for the renderer to carry out. */
  menuCommand: { command: MenuCommand };
  /** The settings changed (from the menu, the settings screen or another window): switch to them. */
  settingsChanged: Settings;
  /** An import of paths is under way: how far it got, and the time left. */
  importProgress: ImportProgressEvent;
  /** An export to a file is under way (exportStories): stories handled and pairs written so far. */
  exportProgress: ExportProgress;
  /** Indexing or aligning in the background after imports: how far it got. */
  backgroundProgress: BackgroundProgressEvent;
  /** A method that changes the archive (`writes` in its contract) finished: what shows it refreshes. */
  archiveChanged: { method: ApiMethod };
  /** The archive's worker stopped and could not be restarted: calls fail until the app restarts. */
  archiveUnavailable: Record<string, never>;
  /** The archive is about to be replaced (a restore, a recovery): the app starts again. */
  restartRequested: { reason: 'restore' | 'recover' };
}
export type ApiEventName = keyof ApiEvents;
export const API_EVENTS: ApiEventName[] = ['menuCommand', 'settingsChanged', 'importProgress', 'backgroundProgress', 'exportProgress', 'archiveChanged', 'archiveUnavailable', 'restartRequested'];

/** The methods that change the archive, from the contract. */
export const WRITE_METHODS: readonly ApiMethod[] = API_METHODS.filter((m) => apiContract[m].writes);

/** What the preload (or the test harness) puts on `window.diptych`. */
export type DiptychBridge = {
  [M in ApiMethod]: (input?: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>;
} & {
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
  /**
   * Tokens for files the reader chose in a file dialog or dropped on the window (`folder`: the one
   * folder a folder dialog's files came from), for importPaths. The preload reads their paths and
   * main issues the tokens: the page never holds a path.
   */
  grantFiles(files: readonly object[], how: 'files' | 'folder'): Promise<ApiResult<GrantedFiles>>;
  /**
   * The save dialog for an export (main shows the native one): a token for the file the reader
   * chose, for exportStories, and its name to show; no token when they cancelled.
   */
  chooseExportFile(input: ChooseExportFileInput): Promise<ApiResult<ChosenExportFile>>;
  /**
   * Opens a web address (http or https only) in the system's browser, through the shell. The
   * renderer asks the reader first; main checks the address again.
   */
  openExternal(url: string): Promise<ApiResult<{ opened: boolean }>>;
};

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiContract, name);
}

export type { ApiResult } from './define';
export * from './align';
export * from './archive';
export * from './export';
export * from './path-grants';
export * from './import';
export * from './library';
export * from './search';
export * from './settings';
