// The native application menu, in the interface language. Commands the renderer carries out
// reach it as `menuCommand` events.
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import { languageAutonym } from '../../shared/i18n/format';
import type { MenuCommand } from '../../shared/menu-commands';
import { UI_LANGUAGES, type UiLanguage } from '../../shared/i18n/resources';
import { readerMenuItems } from './reader-menu';

export type MenuCommandSender = (command: MenuCommand) => void;

/** The interface language as the menu shows it, and how to change it (null: follow the system). */
export interface MenuLanguage {
  current: UiLanguage;
  chosen: boolean;
  choose(lang: UiLanguage | null): void;
}

export function buildApplicationMenu(t: TFunction, send: MenuCommandSender, language?: MenuLanguage): Menu {
  const isMac = process.platform === 'darwin';
  const settingsItem: MenuItemConstructorOptions = {
    label: t('menu.settings'),
    accelerator: 'CmdOrCtrl+,',
    click: () => send('openSettings'),
  };
  // One radio group: each language named in itself, so a reader lost in a language they cannot
  // read still finds their own.
  const languageMenu: MenuItemConstructorOptions[] = language
    ? [
        { type: 'separator' },
        {
          label: t('menu.language'),
          submenu: [
            { type: 'radio', label: t('menu.languageSystem'), checked: !language.chosen, click: () => language.choose(null) },
            ...UI_LANGUAGES.map(
              (lang): MenuItemConstructorOptions => ({
                type: 'radio',
                label: languageAutonym(lang),
                checked: language.chosen && language.current === lang,
                click: () => language.choose(lang),
              }),
            ),
          ],
        },
      ]
    : [];
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [{ label: t('app.name'), submenu: [{ role: 'about' as const, label: t('menu.about') }, { type: 'separator' as const }, settingsItem, { type: 'separator' as const }, { role: 'quit' as const, label: t('menu.quit') }] }]
      : []),
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.import'), accelerator: 'CmdOrCtrl+O', click: () => send('import') },
        // The story on screen, in its two languages on screen (the reader carries it out).
        { label: t('menu.exportPair'), accelerator: 'CmdOrCtrl+E', click: () => send('reader.exportPair') },
        { type: 'separator' },
        ...(isMac ? [] : [settingsItem, { type: 'separator' as const }, { role: 'quit' as const, label: t('menu.quit') }]),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
        { type: 'separator' },
        { label: t('menu.find'), accelerator: 'CmdOrCtrl+F', click: () => send('focusSearch') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { label: t('menu.library'), accelerator: 'CmdOrCtrl+L', click: () => send('showLibrary') },
        { type: 'separator' },
        ...readerMenuItems(t, send),
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const, label: t('menu.devTools') }]),
        ...languageMenu,
      ],
    },
    {
      label: t('menu.window'),
      submenu: [{ role: 'minimize', label: t('menu.minimize') }, { role: 'close', label: t('menu.close') }],
    },
    {
      label: t('menu.help'),
      submenu: [
        { label: t('menu.searchHelp'), click: () => send('searchHelp') },
        ...(isMac ? [] : [{ role: 'about' as const, label: t('menu.about') }]),
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
