// What API handlers work with. Built once by whoever hosts the API (Electron main, the browser
// test harness); handlers never reach for globals.
import type { Database } from 'better-sqlite3';
import type { ApiEventName, ApiEvents } from '../../../shared/api';
import type { ArchiveStatus } from '../../../shared/api/archive';
import type { ApiError } from '../../../shared/errors';
import type { SearchConnection } from '../search/search-connection';
import type { PathGrants } from './path-grants';

/** What the host knows of the archive's health: set at start, and by the daily backups. */
export interface ArchiveHealth {
  status: ArchiveStatus;
  lastBackupError: ApiError | null;
}

export interface ApiContext {
  db: Database;
  /**
   * What searching `db` keeps between calls (its document cache, statements, words); the host that
   * warms and releases it passes it, else createApiHandlers makes one.
   */
  searching?: SearchConnection;
  /** Path of the archive file, for capabilities that open their own connection (workers). */
  dbPath: string;
  /**
   * The paths the reader chose, behind the tokens importPaths takes. Hosts that import files (the
   * app, the browser-test harness) pass it; without it importPaths refuses every token.
   */
  grants?: PathGrants;
  /**
   * The files the reader chose in the save dialog, behind the tokens exportStories takes (kept
   * apart from `grants`: a file chosen to read is never written). Without it every export is refused.
   */
  saveGrants?: PathGrants;
  /** How the archive fared at start, and the daily backups since (sound when not given). */
  health?: ArchiveHealth;
  /** Pushes an event to the renderer (IPC in the app, server-sent events in the harness). */
  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void;
  /** better-sqlite3 addon for this runtime, for capabilities that open their own connection. */
  nativeBinding?: string;
  /**
   * The operating system's preferred languages, most wanted first (Electron main passes
   * app.getPreferredSystemLanguages()); the interface follows them until the reader chooses.
   */
  systemLanguages?: readonly string[];
  /**
   * Catch up in the background what imports leave for later (re-indexing, alignments), on a
   * worker of its own: the app does; tests that count what an import stored do not.
   */
  backgroundWork?: boolean;
}
