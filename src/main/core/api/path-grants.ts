// The paths the reader chose while the app runs (a file dialog, a drop, the menu), each behind an
// opaque token. Main issues them; the renderer passes them back to importPaths; nothing else can
// name a file. Tokens live as long as the app does, up to MAX_GRANTS (the oldest go first).
import { randomBytes } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { PATH_TOKEN_PATTERN } from '../../../shared/api/path-grants';
import { DiptychError } from '../../../shared/errors';

export const MAX_GRANTS = 20_000;

export class PathGrants {
  private readonly byToken = new Map<string, string>();

  /** Tokens for absolute paths (anything else is no choice of the reader's and is refused). */
  grant(paths: readonly string[]): string[] {
    return paths.map((path) => {
      if (!isAbsolute(path)) throw new DiptychError('invalidInput', { detail: 'not an absolute path' });
      const token = randomBytes(16).toString('hex');
      this.byToken.set(token, path);
      if (this.byToken.size > MAX_GRANTS) this.byToken.delete(this.byToken.keys().next().value!);
      return token;
    });
  }

  /** The paths the tokens stand for; a token that was never issued (or has gone) refuses them all. */
  resolve(tokens: readonly string[]): string[] {
    return tokens.map((token) => {
      const path = PATH_TOKEN_PATTERN.test(token) ? this.byToken.get(token) : undefined;
      if (path === undefined) throw new DiptychError('invalidInput', { detail: 'unknown file token' });
      return path;
    });
  }

  /** Forgets tokens (a save token is good for one export). */
  revoke(tokens: readonly string[]): void {
    for (const token of tokens) this.byToken.delete(token);
  }
}
