// One i18next set-up for main, the CLI and the renderer (which adds react-i18next to it).
import i18next, { type i18n, type Module } from 'i18next';
import { FALLBACK_UI_LANGUAGE, LOCALE_RESOURCES, type UiLanguage } from './resources';

export function createI18n(lang: UiLanguage, plugins: readonly Module[] = []): i18n {
  const instance = i18next.createInstance();
  for (const plugin of plugins) instance.use(plugin);
  void instance.init({
    lng: lang,
    fallbackLng: FALLBACK_UI_LANGUAGE,
    resources: Object.fromEntries(
      Object.entries(LOCALE_RESOURCES).map(([k, v]) => [k, { translation: v }]),
    ),
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
