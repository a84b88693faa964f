// Paths the reader chose, as the renderer may hold them: opaque tokens main issued for a file
// dialog's choice or a drop, never a path. (A page cannot make a File with a path: only the
// browser's chooser and a drop give one, and only the preload can read it.)

/** A token: 32 hex digits of randomness, minted in main; nothing else is one. */
export const PATH_TOKEN_PATTERN = /^[0-9a-f]{32}$/u;

export interface GrantedFiles {
  /** One token a chosen file (or one for the chosen folder). */
  tokens: string[];
  /** Files the preload could find no path for (not from this computer's disk). */
  unknown: number;
}

/**
 * The folder a folder picker's files came from: the first file's path, up as many levels as its
 * path relative to the chosen folder is deep (`news/wire/a.txt` → up two from `…/news/wire/a.txt`).
 */
export function chosenFolder(path: string, relativePath: string): string | null {
  const depth = relativePath.split('/').length - 1;
  if (depth < 1) return null;
  const parts = path.split(/(?=[\\/])/u);
  if (parts.length <= depth) return null;
  return parts.slice(0, parts.length - depth).join('');
}
