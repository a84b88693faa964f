// Import: bringing files and pasted text into the archive, and putting versions where they
// belong by hand. Imports of paths run off the main thread and report progress as events.
import { z } from 'zod';
import { PROVENANCES } from '../model';
import type { ApiError } from '../errors';
import { method } from './define';
import { PATH_TOKEN_PATTERN } from './path-grants';

const Id = z.number().int().positive();
const Lang = z.string().min(2).max(35);

export const ImportPathsInput = z
  .object({
    /**
     * Files or folders (recursively; .zip archives are opened) the reader chose, as the tokens main
     * issued for them (bridge.grantFiles): the renderer never names a path itself.
     */
    tokens: z.array(z.string().regex(PATH_TOKEN_PATTERN, 'not a file token')).min(1).max(10_000),
    /** The language of every file, overriding what they declare and what detection finds. */
    lang: Lang.optional(),
    /** Add the versions to this story (adding a version from a file). */
    translationOf: Id.optional(),
  })
  .strict();

export const ImportTextInput = z
  .object({
    /** Pasted text: the agency layout (headline, dateline, lead, paragraphs), or Markdown with front matter. */
    text: z.string().min(1).max(5_000_000),
    lang: Lang.optional(),
    /** Add it as a version of this story (the open one) instead of a new story. */
    storyId: Id.optional(),
    provenance: z.enum(PROVENANCES).optional(),
  })
  .strict();

/** At most this many entries of each list come back; the counts are always complete. */
export const IMPORT_REPORT_LIST_LIMIT = 1000;

export interface ImportResult {
  jobId: number;
  cancelled: boolean;
  /** `stories`: the distinct stories versions went to or were found in. */
  counts: { imported: number; duplicates: number; failed: number; stories: number };
  imported: { file: string; story: number; version: number; lang: string }[];
  duplicates: { file: string; story: number; lang: string; by?: 'content' | 'url' }[];
  failed: { file: string; error: ApiError }[];
  seconds: number;
}

/** Pushed while an import of paths runs. */
export interface ImportProgressEvent {
  jobId: number;
  /** Files handled so far, of `total`. */
  done: number;
  total: number;
  /** The file being read now ('' at the end). */
  file: string;
  /** Estimated seconds left, from the bytes read so far; null until there is enough to tell. */
  etaSeconds: number | null;
  imported: number;
  duplicates: number;
  failed: number;
}

/**
 * Pushed while what imports leave for later is caught up in the background: versions indexed
 * again (`index`, when the analyzer changed), then stories aligned (`align`); `idle` when done.
 */
export interface BackgroundProgressEvent {
  phase: 'index' | 'align' | 'idle';
  done: number;
  total: number;
}

export const importContract = {
  importPaths: method<ImportResult>({ writes: true })(ImportPathsInput),
  /** Stops the running import between files; what was imported stays. */
  cancelImport: method<{ cancelled: boolean }>()(z.object({}).strict().default({})),
  importText: method<ImportResult>({ writes: true })(ImportTextInput),
  /** Takes a version out of its story into a story of its own. */
  detachVersion: method<{ storyId: number }>({ writes: true })(z.object({ versionId: Id }).strict()),
  /** Moves a version into another story (which must not have that language yet). */
  moveVersion: method<{ storyId: number }>({ writes: true })(z.object({ versionId: Id, storyId: Id }).strict()),
};
