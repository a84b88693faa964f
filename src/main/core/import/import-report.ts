// What an import tells its caller: what landed, what was already there, what failed and why.
import type { ApiError } from '../../../shared/errors';

export interface ImportReport {
  imported: { file: string; story: number; version: number; lang: string }[];
  /** Already in the archive: the same content, or the same URL in the same language. */
  duplicates: { file: string; story: number; lang: string; by?: 'content' | 'url' }[];
  failed: { file: string; error: ApiError }[];
  /** True when the import was cancelled; what landed before that stays. */
  cancelled?: boolean;
}

export function emptyReport(): ImportReport {
  return { imported: [], duplicates: [], failed: [] };
}

export interface ImportProgress {
  /** Files handled, of `total` (a folder's files are counted once it has been walked). */
  done: number;
  total: number;
  file: string;
  /** Bytes read, of `bytesTotal`: a finer measure than files for time left (big JSON files). */
  bytesDone: number;
  bytesTotal: number;
  imported: number;
  duplicates: number;
  failed: number;
}
