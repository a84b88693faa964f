// The API worker: opens the archive on its own thread, so that no query or import ever blocks
// the Electron main process (and with it every window and menu). An archive that fails its check
// at start is not opened: the worker serves the recovery methods only.
import { parentPort, workerData } from 'node:worker_threads';
import { toApiError } from '../../../shared/errors';
import { backupDirFor, scheduleDailyBackups } from '../db/backup';
import { closeArchive } from '../db/open';
import { seedSampleStories } from '../sample/seed-samples';
import { warmSearchCache } from '../search/doc-cache';
import { budgetSearchPages, releaseSearchMemory, releaseSearchWords } from '../search/search-context';
import { SearchConnection } from '../search/search-connection';
import { openAppArchive } from './archive-start';
import type { ApiContext, ArchiveHealth } from './context';
import { dispatchApiCall } from './dispatch';
import { createApiHandlers, createRecoveryApiHandlers } from './handlers';
import { dispatchHostCall, isHostCall } from './host-calls';
import { IDLE_DOCUMENTS_RELEASE_MS, afterQuietSpell, WARM_AFTER_QUIET_MS } from './idle-release';
import { PathGrants } from './path-grants';
import type { ApiWorkerData, FromWorker, ToWorker } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('api-worker must run in a worker thread');
const post = (message: FromWorker): void => port.postMessage(message);
const data = workerData as ApiWorkerData;

try {
  const { db, status } = openAppArchive(data.dbPath, data.nativeBinding ? { nativeBinding: data.nativeBinding } : {});
  const health: ArchiveHealth = { status, lastBackupError: null };
  const grants = new PathGrants();
  const saveGrants = new PathGrants();
  const context: Omit<ApiContext, 'db'> = {
    dbPath: data.dbPath,
    nativeBinding: data.nativeBinding,
    systemLanguages: data.systemLanguages ?? [],
    grants,
    saveGrants,
    health,
    backgroundWork: true,
    emit: (event, payload) => post({ type: 'event', event, payload } as FromWorker),
  };
  let stopBackups = (): void => {};
  if (db) {
    budgetSearchPages(db);
    if (data.sampleDir) seedSampleStories(db, data.sampleDir);
    stopBackups = scheduleDailyBackups(db, backupDirFor(data.dbPath), (e) => (health.lastBackupError = e === null ? null : toApiError(e)));
  }
  const searching = db ? new SearchConnection(db) : null;
  const handlers = searching ? createApiHandlers({ ...context, db: searching.db, searching }) : createRecoveryApiHandlers(context, health);
  const afterQuiet = searching
    ? [
        afterQuietSpell(() => releaseSearchWords(searching)),
        afterQuietSpell(() => releaseSearchMemory(searching), IDLE_DOCUMENTS_RELEASE_MS),
        // A call may have changed the archive (an import, a paste, a move, a deletion): once the
        // calls pause, the next search's document cache is built (a counter read if nothing changed).
        afterQuietSpell(() => void warmSearchCache(searching), WARM_AFTER_QUIET_MS),
      ]
    : [];
  port.on('message', (message: ToWorker) => {
    if (message?.type !== 'call') return;
    for (const quiet of afterQuiet) quiet.touch();
    // Host calls come from main's own code, never from a renderer channel (see host-calls.ts).
    if (isHostCall(message.method)) {
      post({ type: 'result', id: message.id, result: dispatchHostCall({ read: grants, save: saveGrants }, message.method, message.input) });
      return;
    }
    void dispatchApiCall(handlers, message.method, message.input).then((result) => {
      post({ type: 'result', id: message.id, result });
      // A long call (an import) ends: the quiet spell starts from its end, not its start.
      for (const quiet of afterQuiet) quiet.touch();
    });
  });
  port.once('close', () => {
    for (const quiet of afterQuiet) quiet.stop();
    stopBackups();
    if (db) closeArchive(db);
  });
  post({ type: 'ready' });
  // The first search would otherwise read every version before answering (some 1.3 s per 100,000
  // stories): it is read now, a step at a time between the window's calls.
  if (searching) void warmSearchCache(searching);
} catch (e) {
  post({ type: 'failed', error: toApiError(e) });
}
