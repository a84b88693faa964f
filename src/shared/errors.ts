// Errors that cross the API boundary. Each code has a translation under `errors.<code>` in
// every locale, so the renderer and the CLI can say what went wrong in the reader's language.

export const ERROR_CODES = [
  'invalidInput',
  'notFound',
  'databaseTooNew',
  'databaseCorrupt',
  'undecodableText',
  'emptyFile',
  'notAStory',
  'unsupportedFormat',
  'fileTooLarge',
  'fileUnreadable',
  'fileMissing',
  'duplicateLanguage',
  'unknownLanguage',
  'queryTooLong',
  'cancelled',
  'binaryFile',
  'malformedFile',
  'invalidJsonSchema',
  'unsafeXml',
  'unsafeArchivePath',
  'archiveTooLarge',
  'nestedArchive',
  'lastVersion',
  'importBusy',
  /** The import worker reached its heap limit (core/worker-entries.ts) and was stopped. */
  'importOutOfMemory',
  'noVersionInLanguage',
  'repairNotPossible',
  'nothingToUndo',
  'archiveBusy',
  'repeatedLanguage',
  'emptyArchive',
  /** The API worker stopped while a call waited (it is restarted once). */
  'workerStopped',
  /** The API worker stopped again, or could not be restarted: the window says so. */
  'archiveUnavailable',
  'nothingToExport',
  'missingLanguages',
  'noPairsToExport',
  'exportCancelled',
  /** An export to a file is already running in the window. */
  'exportBusy',
  'cannotWriteFile',
  'diskFull',
  'diskFullWriting',
  'diskError',
  'archiveMissing',
  'archiveEmpty',
  'notAnArchive',
  'notADatabase',
  'archiveTruncated',
  'archiveDamaged',
  'archiveNotSound',
  'archiveInUse',
  'outputExists',
  'nothingRecoverable',
  'backupNotFound',
  'backupNoSpace',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

export interface ApiError {
  code: ErrorCode;
  /** Interpolation values for the translated message. */
  params?: ErrorParams;
  /** Untranslated technical detail, for logs only. */
  detail?: string;
}

/** The one error type the core throws on purpose; anything else is a bug reported as `internal`. */
export class DiptychError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  constructor(code: ErrorCode, params: ErrorParams = {}, detail?: string) {
    super(detail ?? code);
    this.name = 'DiptychError';
    this.code = code;
    this.params = params;
  }
}

export function isDiptychError(e: unknown): e is DiptychError {
  return e instanceof DiptychError;
}

export function toApiError(e: unknown): ApiError {
  if (isDiptychError(e)) return { code: e.code, params: e.params, detail: e.message };
  // Another process (the app, a second import) held the archive longer than we would wait.
  const sqliteCode = (e as { code?: unknown } | null)?.code;
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_BUSY')) {
    return { code: 'archiveBusy', detail: (e as Error).message };
  }
  // The disk (or the archive's size limit) is full, or refused a write: nothing of it was stored.
  if (sqliteCode === 'SQLITE_FULL') return { code: 'diskFull', detail: (e as Error).message };
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_IOERR')) return { code: 'diskError', detail: (e as Error).message };
  // A page that no longer reads: said as such, not as a failure inside Diptych.
  if (typeof sqliteCode === 'string' && (sqliteCode.startsWith('SQLITE_CORRUPT') || sqliteCode === 'SQLITE_NOTADB')) {
    return { code: 'archiveDamaged', detail: (e as Error).message };
  }
  return { code: 'internal', detail: e instanceof Error ? e.message : String(e) };
}
