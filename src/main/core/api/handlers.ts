// Every API method's implementation, one capability at a time; and the few that still work when
// the archive failed its check at start (recovery). A method the contract marks as writing
// announces `archiveChanged` once it has finished, so every screen showing the archive refreshes —
// whichever screen, window or menu made the change.
import { apiContract, API_METHODS, type ApiHandlers, type ApiMethod } from '../../../shared/api';
import { DiptychError } from '../../../shared/errors';
import { pickUiLanguage } from '../../../shared/i18n/resources';
import { defaultReadingLanguages } from '../settings/settings';
import { alignHandlers } from './align-handlers';
import { archiveHandlers } from './archive-handlers';
import type { ApiContext, ArchiveHealth } from './context';
import { exportHandlers } from './export-handlers';
import { importHandlers } from './import-handlers';
import { SearchConnection } from '../search/search-connection';
import { libraryHandlers } from './library-handlers';
import { searchHandlers } from './search-handlers';
import { settingsHandlers } from './settings-handlers';

export function createApiHandlers(ctx: ApiContext): ApiHandlers {
  const searching = ctx.searching ?? new SearchConnection(ctx.db);
  return announceWrites(
    {
      ...libraryHandlers(ctx, searching),
      ...searchHandlers(searching),
      ...alignHandlers(ctx),
      ...importHandlers(ctx),
      ...settingsHandlers(ctx),
      ...exportHandlers(ctx, searching),
      ...archiveHandlers(ctx, ctx.health ?? { status: { state: 'sound', error: null, restored: null, restoreFailed: null }, lastBackupError: null }),
    },
    ctx,
  );
}

function announceWrites(handlers: ApiHandlers, ctx: ApiContext): ApiHandlers {
  const out: Record<string, unknown> = { ...handlers };
  for (const method of API_METHODS) {
    if (!apiContract[method].writes) continue;
    const handler = handlers[method] as (input: unknown) => unknown;
    out[method] = async (input: unknown) => {
      const value = await handler(input);
      ctx.emit('archiveChanged', { method: method as ApiMethod });
      return value;
    };
  }
  return out as ApiHandlers;
}

/**
 * The API over an archive that could not be opened: every method answers why, except those that
 * mend it (its backups, restoring one, recovering) and the settings, which follow the system's
 * languages so the recovery screen speaks the reader's language.
 */
export function createRecoveryApiHandlers(ctx: Omit<ApiContext, 'db'>, health: ArchiveHealth): ApiHandlers {
  const error = health.status.error ?? { code: 'databaseCorrupt' as const };
  const refuse = (): never => {
    throw new DiptychError(error.code, error.params ?? {}, error.detail);
  };
  const refusing = Object.fromEntries(API_METHODS.map((m) => [m, refuse])) as unknown as ApiHandlers;
  const system = ctx.systemLanguages ?? [];
  const systemUiLanguage = pickUiLanguage(system);
  return {
    ...refusing,
    getSettings: () => ({ uiLanguage: systemUiLanguage, uiLanguageChosen: false, systemUiLanguage, readingLanguages: defaultReadingLanguages(systemUiLanguage, system), readingLanguagesChosen: false, theme: 'system', textSize: 'normal' }),
    ...archiveHandlers(ctx, health),
  };
}
