// Checked by `npm run typecheck`, never run: a scope's handler table must carry out every menu
// command of that scope, so a command the native menu sends cannot be left without a handler.
import type { MenuHandlers } from '../../src/shared/menu-commands';

const noop = (): void => {};

export const app: MenuHandlers<'app'> = {
  import: noop,
  openSettings: noop,
  showLibrary: noop,
  focusSearch: noop,
  searchHelp: noop,
};

// @ts-expect-error Help → Search help has no handler: this must not compile.
export const appMissingOne: MenuHandlers<'app'> = { import: noop, openSettings: noop, showLibrary: noop, focusSearch: noop };

export const reader: MenuHandlers<'reader'> = {
  'reader.nextPair': noop,
  'reader.previousPair': noop,
  'reader.swapSides': noop,
  'reader.layout.sideBySide': noop,
  'reader.layout.interleaved': noop,
  'reader.layout.originalOnly': noop,
  'reader.layout.translationOnly': noop,
  'reader.exportPair': noop,
  // @ts-expect-error A command the menu does not send is no handler's business.
  'reader.fly': noop,
};
