// Export over the API: the stories on screen or what a search found, into the file the reader
// chose in the save dialog (behind a token main issued, good for this one export). The job runs
// here, on the API worker's connection, a page at a time with a turn between pages, so progress
// goes out as `exportProgress` events and a cancel is heard; the file appears only when the export
// has finished (core/export/file-sink.ts). One export at a time. Exports only read the archive.
import { basename } from 'node:path';
import type { ApiHandlers } from '../../../shared/api';
import { DiptychError } from '../../../shared/errors';
import packageJson from '../../../../package.json';
import { exportToFile } from '../export/file-sink';
import type { SearchConnection } from '../search/search-connection';
import type { ApiContext } from './context';
import { PathGrants } from './path-grants';

type ExportMethods = 'exportStories' | 'cancelExport';

/**
 * Stories read at a time. Smaller than the CLI's pages: every other call of the window (a search,
 * a story opened, the cancel) waits for the page under way, so a page is kept to tens of
 * milliseconds.
 */
export const APP_EXPORT_PAGE_SIZE = 50;

export function exportHandlers(ctx: ApiContext, searching: SearchConnection): Pick<ApiHandlers, ExportMethods> {
  const grants = ctx.saveGrants ?? new PathGrants();
  let running: AbortController | null = null;
  return {
    exportStories: async ({ token, ...request }) => {
      if (running) throw new DiptychError('exportBusy');
      // Good for one export, whatever its outcome: the next one asks the save dialog again.
      const [file] = grants.resolve([token]);
      grants.revoke([token]);
      const control = new AbortController();
      running = control;
      try {
        const report = await exportToFile(ctx.db, request, file!, {
          signal: control.signal,
          pageSize: APP_EXPORT_PAGE_SIZE,
          searching,
          toolVersion: packageJson.version,
          onProgress: (progress) => ctx.emit('exportProgress', progress),
        });
        return { ...report, file: basename(file!) };
      } finally {
        running = null;
      }
    },
    cancelExport: () => {
      if (!running) return { cancelled: false };
      running.abort();
      return { cancelled: true };
    },
  };
}
