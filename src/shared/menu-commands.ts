// The commands the native menu sends the renderer (the `menuCommand` event), each with the scope
// that carries it out: the window (`app`) or the open story (`reader`). The renderer handles each
// scope with a table typed `MenuHandlers<scope>`, so a command added here without a handler there
// does not compile.

export const MENU_COMMANDS = {
  import: 'app',
  openSettings: 'app',
  showLibrary: 'app',
  focusSearch: 'app',
  searchHelp: 'app',
  'reader.nextPair': 'reader',
  'reader.previousPair': 'reader',
  'reader.swapSides': 'reader',
  'reader.layout.sideBySide': 'reader',
  'reader.layout.interleaved': 'reader',
  'reader.layout.originalOnly': 'reader',
  'reader.layout.translationOnly': 'reader',
  'reader.exportPair': 'reader',
} as const satisfies Record<string, MenuScope>;

export type MenuScope = 'app' | 'reader';
export type MenuCommand = keyof typeof MENU_COMMANDS;
export type MenuCommandOf<S extends MenuScope> = {
  [C in MenuCommand]: (typeof MENU_COMMANDS)[C] extends S ? C : never;
}[MenuCommand];

/** What a scope does for each of its commands: every one, or it does not compile. */
export type MenuHandlers<S extends MenuScope> = { readonly [C in MenuCommandOf<S>]: () => void };

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(MENU_COMMANDS, value);
}

export function scopeOf(command: MenuCommand): MenuScope {
  return MENU_COMMANDS[command];
}
