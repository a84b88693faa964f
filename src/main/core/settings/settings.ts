// The reader's settings as the app sees them: what is stored, completed by the operating
// system's preferred languages where the reader has chosen nothing (the first run).
import type { Database } from 'better-sqlite3';
import { TEXT_SIZES, THEMES, type Settings, type TextSize, type Theme } from '../../../shared/api/settings';
import { isUiLanguage, pickUiLanguage, type UiLanguage } from '../../../shared/i18n/resources';
import { deleteSettingValue, readSettingValue, writeSettingValue } from './store';

const UI_LANGUAGE_KEY = 'uiLanguage';
const READING_LANGUAGES_KEY = 'readingLanguages';
const THEME_KEY = 'theme';
const TEXT_SIZE_KEY = 'textSize';

export interface SettingsChange {
  /** A shipped locale, or null to follow the operating system again. */
  uiLanguage?: UiLanguage | null;
  readingLanguages?: string[];
  theme?: Theme;
  textSize?: TextSize;
}

/** A stored value when it is one of `allowed`, else `fallback` (a hand-edited row reads as unset). */
function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/**
 * The settings in effect. `systemLanguages` are the operating system's preferred languages, most
 * wanted first (Electron: app.getPreferredSystemLanguages(); CLI and tests pass their own).
 */
export function readSettings(db: Database, systemLanguages: readonly string[]): Settings {
  const stored = readSettingValue(db, UI_LANGUAGE_KEY);
  const chosen = typeof stored === 'string' && isUiLanguage(stored) ? stored : null;
  const systemUiLanguage = pickUiLanguage(systemLanguages);
  const uiLanguage = chosen ?? systemUiLanguage;
  const storedReading = readSettingValue(db, READING_LANGUAGES_KEY);
  const readingLanguages = Array.isArray(storedReading)
    ? canonicalTags(storedReading.filter((t): t is string => typeof t === 'string'))
    : defaultReadingLanguages(uiLanguage, systemLanguages);
  return {
    uiLanguage,
    uiLanguageChosen: chosen !== null,
    systemUiLanguage,
    readingLanguages,
    readingLanguagesChosen: Array.isArray(storedReading),
    theme: oneOf(readSettingValue(db, THEME_KEY), THEMES, 'system'),
    textSize: oneOf(readSettingValue(db, TEXT_SIZE_KEY), TEXT_SIZES, 'normal'),
  };
}

/** Stores the change (atomically) and returns the settings now in effect. */
export function updateSettings(
  db: Database,
  change: SettingsChange,
  systemLanguages: readonly string[],
): Settings {
  db.transaction(() => {
    if (change.uiLanguage === null) deleteSettingValue(db, UI_LANGUAGE_KEY);
    else if (change.uiLanguage !== undefined) writeSettingValue(db, UI_LANGUAGE_KEY, change.uiLanguage);
    if (change.readingLanguages !== undefined) {
      writeSettingValue(db, READING_LANGUAGES_KEY, canonicalTags(change.readingLanguages));
    }
    if (change.theme !== undefined) writeSettingValue(db, THEME_KEY, change.theme);
    if (change.textSize !== undefined) writeSettingValue(db, TEXT_SIZE_KEY, change.textSize);
  })();
  return readSettings(db, systemLanguages);
}

/**
 * Before the reader orders their languages: the interface language first (a Ukrainian interface
 * reads Ukrainian beside the original), then the system's languages (primary subtags, as the
 * archive tags its versions). Once the reader orders them, that order stays whatever the
 * interface speaks.
 */
export function defaultReadingLanguages(uiLanguage: string, systemLanguages: readonly string[]): string[] {
  const primaries = canonicalTags(systemLanguages).map((t) => t.split('-')[0] ?? t);
  return [...new Set([uiLanguage, ...primaries])];
}

/** "uk_UA" → "uk-UA", "EN" → "en"; malformed tags dropped; duplicates kept once, order kept. */
export function canonicalTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag.replace(/_/gu, '-'));
      if (canonical && !out.includes(canonical)) out.push(canonical);
    } catch {
      // Not a language tag (say "C" or "POSIX" from a locale variable): nothing to prefer.
    }
  }
  return out;
}
