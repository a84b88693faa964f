// IPC channel names, derived from the contract so preload and main cannot disagree.
import type { ApiEventName, ApiMethod } from './index';

export const apiChannel = (method: ApiMethod): string => `diptych:api:${method}`;
export const eventChannel = (event: ApiEventName): string => `diptych:event:${event}`;
/** The preload's own channel: paths of files the reader chose, for main to issue tokens for. */
export const GRANT_FILES_CHANNEL = 'diptych:grant-files';
/** The preload's other own channel: show the save dialog for an export, answer a token for the file. */
export const CHOOSE_EXPORT_FILE_CHANNEL = 'diptych:choose-export-file';
/** The preload's other own channel: a web address for the system's browser (after the reader confirmed). */
export const OPEN_EXTERNAL_CHANNEL = 'diptych:open-external';
