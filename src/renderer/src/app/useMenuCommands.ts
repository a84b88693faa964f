// Carries out the native menu's commands (the `menuCommand` event) for one scope: the window's
// own, or the open story's. The table is typed by src/shared/menu-commands.ts, so a command the
// menu sends without a handler here is a compile error, not a dead menu item.
import { useEffect, useRef } from 'react';
import { isMenuCommand, scopeOf, type MenuHandlers, type MenuScope } from '../../../shared/menu-commands';
import { onEvent } from '../api/client';

export function useMenuCommands<S extends MenuScope>(scope: S, handlers: MenuHandlers<S>): void {
  // The latest handlers, without subscribing again on every render.
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(
    () =>
      onEvent('menuCommand', ({ command }) => {
        if (!isMenuCommand(command) || scopeOf(command) !== scope) return;
        (current.current as Record<string, () => void>)[command]?.();
      }),
    [scope],
  );
}
