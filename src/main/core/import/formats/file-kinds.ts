// What a file's name says about how it is read, without loading any parser: the import's
// writer thread decides with this which files it opens itself (zips, large JSON) and which go
// to the parse workers.

/** Larger files are refused before they are read: no news story is this long. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Largest .zip read (its entries are limited again as they are inflated). */
export const MAX_ZIP_BYTES = 512 * 1024 * 1024;
/** JSON is read a story at a time, so only the disk limits it; this catches runaway files. */
export const MAX_JSON_BYTES = 16 * 1024 * 1024 * 1024;
/** Largest story inside a JSON file. */
export const MAX_JSON_STORY_BYTES = 50 * 1024 * 1024;

export const ARCHIVE_EXTENSIONS = ['zip'] as const;

export function extensionOf(fileName: string): string {
  return /\.([^./\\]+)$/u.exec(fileName)?.[1]?.toLowerCase() ?? '';
}
