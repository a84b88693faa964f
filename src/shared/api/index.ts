// The whole surface between the renderer and main. The Electron IPC adapter, the preload and the
// browser-test harness are thin adapters of this one contract; nothing else crosses.
import type { z } from 'zod';
import type { ApiResult } from './define';
import { alignContract } from './align';
import { importContract, type BackgroundProgressEvent, type ImportProgressEvent } from './import';
import { libraryContract } from './library';
import { searchContract } from './search';
import { settingsContract, type Settings } from './settings';

export const apiContract = {
  ...libraryContract,
  ...searchContract,
  ...alignContract,
  ...importContract,
  ...settingsContract,
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
  menuCommand: { command: string };
  /** The settings changed (from the menu, the settings screen or another window): switch to them. */
  /** An import of paths is under way: how far it got, and the time left. */
  importProgress: ImportProgressEvent;
  /** Indexing or aligning in the background after imports: how far it got. */
  backgroundProgress: BackgroundProgressEvent;
  settingsChanged: Settings;
}
export type ApiEventName = keyof ApiEvents;
export const API_EVENTS: ApiEventName[] = ['menuCommand', 'settingsChanged', 'importProgress', 'backgroundProgress'];

/** What the preload (or the test harness) puts on `window.diptych`. */
export type DiptychBridge = {
  [M in ApiMethod]: (input?: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>;
} & {
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
  /** The file system path of a file dropped on the window (null where there is none). */
  pathForFile(file: object): string | null;
};

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiContract, name);
}

export type { ApiResult } from './define';
export * from './align';
export * from './import';
export * from './library';
export * from './search';
export * from './settings';
