// What a file's name says about how it is read, without loading any parser: the import's
// writer thread decides with this which files it opens itself (zips, large JSON) and which go
// to the parse workers.

/** Largest story inside a JSON file. */
export const MAX_JSON_STORY_BYTES = 50 * 1024 * 1024;

export const ARCHIVE_EXTENSIONS = ['zip'] as const;

export function extensionOf(fileName: string): string {
  return /\.([^./\\]+)$/u.exec(fileName)?.[1]?.toLowerCase() ?? '';
}
