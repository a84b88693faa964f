// Every API method's implementation, one capability at a time. A method the contract marks as
// writing announces `archiveChanged` once it has finished, so every screen showing the archive
// refreshes — whichever screen, window or menu made the change.
import { apiContract, API_METHODS, type ApiHandlers, type ApiMethod } from '../../../shared/api';
import { alignHandlers } from './align-handlers';
import type { ApiContext } from './context';
import { importHandlers } from './import-handlers';
import { libraryHandlers } from './library-handlers';
import { searchHandlers } from './search-handlers';
import { settingsHandlers } from './settings-handlers';

export function createApiHandlers(ctx: ApiContext): ApiHandlers {
  return announceWrites(
    {
      ...libraryHandlers(ctx),
      ...searchHandlers(ctx),
      ...alignHandlers(ctx),
      ...importHandlers(ctx),
      ...settingsHandlers(ctx),
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
