// Every API method's implementation, one capability at a time.
import type { ApiHandlers } from '../../../shared/api';
import { alignHandlers } from './align-handlers';
import type { ApiContext } from './context';
import { importHandlers } from './import-handlers';
import { libraryHandlers } from './library-handlers';
import { searchHandlers } from './search-handlers';
import { settingsHandlers } from './settings-handlers';

export function createApiHandlers(ctx: ApiContext): ApiHandlers {
  return {
    ...libraryHandlers(ctx),
    ...searchHandlers(ctx),
    ...alignHandlers(ctx),
    ...importHandlers(ctx),
    ...settingsHandlers(ctx),
  };
}
