// Every shipped locale, one JSON file a language. English is the source of truth.
import en from '../locales/en.json';

export const LOCALE_RESOURCES = {
  en,
} as const;

export type UiLanguage = keyof typeof LOCALE_RESOURCES;
export const UI_LANGUAGES = Object.keys(LOCALE_RESOURCES) as UiLanguage[];
export const FALLBACK_UI_LANGUAGE: UiLanguage = 'en';

export function isUiLanguage(tag: string): tag is UiLanguage {
  return Object.prototype.hasOwnProperty.call(LOCALE_RESOURCES, tag);
}

/** Best supported interface language for a list of preferred tags (`uk-UA` → `uk`). */
export function pickUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const lower = tag.toLowerCase().replace(/_/gu, '-');
    if (isUiLanguage(lower)) return lower;
    const primary = lower.split('-')[0] ?? '';
    if (isUiLanguage(primary)) return primary;
  }
  return FALLBACK_UI_LANGUAGE;
}
