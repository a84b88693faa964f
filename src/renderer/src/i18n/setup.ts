// The renderer's i18next instance, shared with react-i18next.
import { initReactI18next } from 'react-i18next';
import { createI18n } from '../../../shared/i18n/create';
import { pickUiLanguage } from '../../../shared/i18n/resources';

export const i18n = createI18n(pickUiLanguage([...navigator.languages]), [initReactI18next]);

/** Keeps <html lang dir> in step with the interface language. */
export function applyDocumentLanguage(lang: string): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = i18n.dir(lang);
}
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);
