// The reader's commands in the View menu, so they can be found: next and previous pair, swap
// sides, and the four layouts. They reach the open story as `menuCommand` events.
import type { MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import type { MenuCommand } from '../../shared/menu-commands';

type Layout = 'sideBySide' | 'interleaved' | 'originalOnly' | 'translationOnly';

export function readerMenuItems(t: TFunction, send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  type LayoutKey = 'layoutSideBySide' | 'layoutInterleaved' | 'layoutOriginalOnly' | 'layoutTranslationOnly';
  const layout = (id: Layout, key: LayoutKey, accelerator: string): MenuItemConstructorOptions => ({
    label: t(`reader.${key}`),
    accelerator,
    click: () => send(`reader.layout.${id}`),
  });
  return [
    { label: t('menu.nextPair'), accelerator: 'Alt+Down', click: () => send('reader.nextPair') },
    { label: t('menu.previousPair'), accelerator: 'Alt+Up', click: () => send('reader.previousPair') },
    { label: t('menu.swapSides'), accelerator: 'CmdOrCtrl+Shift+S', click: () => send('reader.swapSides') },
    {
      label: t('menu.readerLayout'),
      submenu: [
        layout('sideBySide', 'layoutSideBySide', 'CmdOrCtrl+1'),
        layout('interleaved', 'layoutInterleaved', 'CmdOrCtrl+2'),
        layout('originalOnly', 'layoutOriginalOnly', 'CmdOrCtrl+3'),
        layout('translationOnly', 'layoutTranslationOnly', 'CmdOrCtrl+4'),
      ],
    },
    { type: 'separator' },
  ];
}
