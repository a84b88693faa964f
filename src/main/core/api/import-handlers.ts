// Import over the API: chosen paths (behind their tokens) go to an import worker (progress as `importProgress` events),
// pasted text is stored right here (one small document), versions are moved by hand.
import type { ApiHandlers } from '../../../shared/api';
import { DiptychError } from '../../../shared/errors';
import { importPaths, importSources } from '../pipeline/import';
import { ImportRunner, toImportResult } from '../import/worker/import-runner';
import { detachVersionFromStory, moveVersionToStory } from '../pipeline/move';
import type { ApiContext } from './context';
import { PathGrants } from './path-grants';

type ImportMethods = 'importPaths' | 'cancelImport' | 'importText' | 'detachVersion' | 'moveVersion';

/** Pasted text with YAML front matter is Markdown; anything else the agency text layout. */
export function pastedName(text: string): string {
  return /^\uFEFF?---\r?\n/u.test(text) ? 'pasted.md' : 'pasted.txt';
}

export function importHandlers(ctx: ApiContext): Pick<ApiHandlers, ImportMethods> {
  const runner = new ImportRunner({
    dbPath: ctx.dbPath,
    ...(ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {}),
    onProgress: (event) => ctx.emit('importProgress', event),
    ...(ctx.backgroundWork && ctx.dbPath !== ':memory:' ? { onBackgroundProgress: (event) => ctx.emit('backgroundProgress', event) } : {}),
  });
  // What imports (or an older Diptych) left for later: caught up off this thread, at low priority.
  const catchUp = (): void => runner.catchUp();
  catchUp();
  let memoryJob = 0;
  return {
    importPaths: async ({ tokens, lang, translationOf }) => {
      const paths = (ctx.grants ?? new PathGrants()).resolve(tokens);
      if (ctx.dbPath !== ':memory:') return runner.run({ paths, lang, translationOf });
      // An in-memory archive (some tests) cannot be opened by a second connection.
      if (runner.busy) throw new DiptychError('importBusy');
      const started = Date.now();
      const report = importPaths(ctx.db, paths, { lang, translationOf });
      return toImportResult(++memoryJob + 1_000_000, report, (Date.now() - started) / 1000);
    },
    cancelImport: () => ({ cancelled: runner.cancel() }),
    importText: ({ text, lang, storyId, provenance }) => {
      const started = Date.now();
      const report = importSources(ctx.db, [{ name: pastedName(text), bytes: new TextEncoder().encode(text) }], {
        lang,
        translationOf: storyId,
        ...(provenance ? { provenance } : {}),
      });
      catchUp();
      return toImportResult(0, report, (Date.now() - started) / 1000);
    },
    detachVersion: ({ versionId }) => {
      const moved = detachVersionFromStory(ctx.db, versionId);
      catchUp();
      return moved;
    },
    moveVersion: ({ versionId, storyId }) => {
      const moved = moveVersionToStory(ctx.db, versionId, storyId);
      catchUp();
      return moved;
    },
  };
}
