// The read step: what the user named becomes the files to import (folders walked recursively,
// hidden entries and inner links skipped), read within limits. Large JSON files are read a
// megabyte at a time into one reused buffer and split a story at a time.
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DiptychError, toApiError, type ApiError } from '../../../shared/errors';
import { extensionOf, MAX_FILE_BYTES, MAX_JSON_BYTES, MAX_ZIP_BYTES } from '../import/formats/file-kinds';
import type { Failure } from './units';

function unreadable(e: unknown, path: string): DiptychError {
  if (e instanceof DiptychError) return e;
  // A path that names nothing says so, rather than that something could not be read.
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') return new DiptychError('fileMissing', { file: path }, (e as Error).message);
  return new DiptychError('fileUnreadable', { file: path }, (e as Error).message);
}

/** A file's bytes, refused when larger than its kind may be. */
export function readSource(path: string, size: number): Uint8Array {
  const limit = extensionOf(path) === 'zip' ? MAX_ZIP_BYTES : MAX_FILE_BYTES;
  if (size > limit) throw new DiptychError('fileTooLarge', { limitMb: limit >> 20 });
  try {
    return readFileSync(path);
  } catch (e) {
    throw unreadable(e, path);
  }
}

/** Checks a JSON file may be read; it is then read by `readChunks`. */
export function checkJsonSize(size: number): void {
  if (size > MAX_JSON_BYTES) throw new DiptychError('fileTooLarge', { limitMb: MAX_JSON_BYTES >> 20 });
}

/**
 * A file's bytes a megabyte at a time, into `buffer` each time (the consumer must copy what it
 * keeps), telling `onRead` how far it got.
 */
export function* readChunks(path: string, buffer: Uint8Array, onRead: (bytes: number) => void): Generator<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw unreadable(e, path);
  }
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n <= 0) return;
      onRead(n);
      yield buffer.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

function readError(e: unknown, path: string): ApiError {
  return toApiError(unreadable(e, path));
}

/** The files under `paths`, folders walked recursively (hidden entries skipped), with sizes. */
export function expandPaths(paths: readonly string[], fail: (failure: Failure) => void): { name: string; size: number }[] {
  const out: { name: string; size: number }[] = [];
  const walk = (path: string, depth: number): void => {
    let stat;
    try {
      // What the user named is followed; links met inside a folder are not, so a folder can
      // neither loop back on itself nor pull in files from elsewhere (`secret -> /etc/passwd`).
      stat = depth === 0 ? statSync(path) : lstatSync(path);
    } catch (e) {
      fail({ file: path, error: readError(e, path) });
      return;
    }
    if (stat.isSymbolicLink()) return;
    if (!stat.isDirectory()) {
      out.push({ name: path, size: stat.size });
      return;
    }
    if (depth > 32) return;
    let entries: string[];
    try {
      entries = readdirSync(path).sort();
    } catch (e) {
      fail({ file: path, error: readError(e, path) });
      return;
    }
    for (const entry of entries) {
      if (entry.startsWith('.')) continue;
      walk(join(path, entry), depth + 1);
    }
  };
  for (const p of paths) walk(p, 0);
  return out;
}
