// The native menu in the interface language, with the language submenu that switches it.
// Electron is not loaded: Menu.buildFromTemplate is replaced to hand back the template.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({
  app: { isPackaged: false },
  Menu: { buildFromTemplate: (template: unknown) => template },
}));

const { buildApplicationMenu } = await import('../../src/main/electron/menu');
const { createI18n } = await import('../../src/shared/i18n/create');
const en = (await import('../../src/shared/locales/en.json')).default;
const { isMenuCommand, MENU_COMMANDS } = await import('../../src/shared/menu-commands');

type Item = MenuItemConstructorOptions;
const items = (menu: Item[]): Item[] =>
  menu.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu as Item[]) : [])]);

function menuFor(lang: 'en' | 'uk' | 'et', chosen = true) {
  const choose = vi.fn();
  const sent: string[] = [];
  const menu = buildApplicationMenu(createI18n(lang).t, (c) => sent.push(c), { current: lang, chosen, choose }) as unknown as Item[];
  return { menu, choose, sent };
}

describe('the native menu', () => {
  it.each(['uk', 'et'] as const)('in %s has no English label left', (lang) => {
    const english = new Set(Object.values(en.menu));
    const labels = items(menuFor(lang).menu).map((i) => i.label).filter((l): l is string => !!l);
    expect(labels.length).toBeGreaterThan(15);
    // Language names in the submenu are autonyms (the same in every interface language).
    const autonyms = ['English', 'Українська', 'Eesti', 'Deutsch', 'Français', 'Polski'];
    expect(labels.filter((l) => english.has(l) && !autonyms.includes(l))).toEqual([]);
  });

  it('offers every interface language in its own name, the current one checked', () => {
    const { menu, choose } = menuFor('uk');
    const submenu = items(menu).find((i) => i.label === 'Мова інтерфейсу')!.submenu as Item[];
    expect(submenu.map((i) => [i.label, i.type, i.checked])).toEqual([
      ['Як у системі', 'radio', false],
      ['English', 'radio', false],
      ['Українська', 'radio', true],
      ['Eesti', 'radio', false],
      ['Deutsch', 'radio', false],
      ['Français', 'radio', false],
      ['Polski', 'radio', false],
    ]);
    (submenu[3]!.click as () => void)();
    (submenu[0]!.click as () => void)();
    expect(choose.mock.calls).toEqual([['et'], [null]]);
  });

  it('checks "same as the system" while the reader has not chosen', () => {
    const submenu = items(menuFor('et', false).menu).find((i) => i.label === 'Kasutajaliidese keel')!.submenu as Item[];
    expect(submenu.filter((i) => i.checked).map((i) => i.label)).toEqual(['Nagu süsteemis']);
  });

  it('opens the settings from the menu', () => {
    const { menu, sent } = menuFor('en');
    (items(menu).find((i) => i.label === 'Settings…')!.click as () => void)();
    expect(sent).toEqual(['openSettings']);
  });

  it('sends the typed menu commands, and every one of them from some item (none is dead)', () => {
    const { menu, sent } = menuFor('en');
    const commandItems = items(menu).filter((i) => typeof i.click === 'function' && !i.type);
    for (const item of commandItems) (item.click as () => void)();
    expect(sent.every(isMenuCommand)).toBe(true);
    expect([...new Set(sent)].sort()).toEqual(Object.keys(MENU_COMMANDS).sort());
    // Edit → Find and Help → Search help, which nothing carried out before.
    expect(sent).toContain('focusSearch');
    expect(sent).toContain('searchHelp');
  });
});
