import type { ApiHandlers } from '../../../shared/api';
import { readSettings, updateSettings } from '../settings/settings';
import type { ApiContext } from './context';

export function settingsHandlers(ctx: ApiContext): Pick<ApiHandlers, 'getSettings' | 'updateSettings'> {
  const system = (): readonly string[] => ctx.systemLanguages ?? [];
  return {
    getSettings: () => readSettings(ctx.db, system()),
    updateSettings: (change) => {
      const settings = updateSettings(ctx.db, change, system());
      // Main (the native menu) and every window switch on this one event.
      ctx.emit('settingsChanged', settings);
      return settings;
    },
  };
}
