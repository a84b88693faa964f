// Every shipped locale, one JSON file a language. English is the source of truth.
import de from '../locales/de.json';
import en from '../locales/en.json';
import et from '../locales/et.json';
import fr from '../locales/fr.json';
import pl from '../locales/pl.json';
import uk from '../locales/uk.json';

// Adding a language: put <tag>.json beside en.json and list it here (see README).
export const LOCALE_RESOURCES = {
  en,
  uk,
  et,
  de,
  fr,
  pl,
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
    const language = uiLanguageOf(tag);
    if (language) return language;
  }
  return FALLBACK_UI_LANGUAGE;
}

/** The shipped interface language a tag is or narrows (`uk`, `de-AT`, `pt_BR`), or null. */
export function uiLanguageOf(tag: string): UiLanguage | null {
  const lower = tag.toLowerCase().replace(/_/gu, '-');
  if (isUiLanguage(lower)) return lower;
  const primary = lower.split('-')[0] ?? '';
  return isUiLanguage(primary) ? primary : null;
}
