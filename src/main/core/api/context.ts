// What API handlers work with. Built once by whoever hosts the API (Electron main, the browser
// test harness); handlers never reach for globals.
import type { Database } from 'better-sqlite3';
import type { ApiEventName, ApiEvents } from '../../../shared/api';

export interface ApiContext {
  db: Database;
  /** Path of the archive file, for capabilities that open their own connection (workers). */
  dbPath: string;
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
