// The reader's settings: the interface language and the order in which they like to read the
// content languages. Changing them emits `settingsChanged`, so the native menu and the renderer
// switch together.
import { z } from 'zod';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/resources';
import { method } from './define';

/** How the window looks: as the operating system says, or always light, or always dark. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
/** The size of all text, reading and controls alike. */
export const TEXT_SIZES = ['small', 'normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
  /** The interface language in use (always a shipped locale). */
  uiLanguage: UiLanguage;
  /** True once the reader chose it; until then it follows the operating system's languages. */
  uiLanguageChosen: boolean;
  /** What the operating system's languages give: the interface language when none is chosen. */
  systemUiLanguage: UiLanguage;
  /**
   * Content languages, most wanted first (BCP 47, e.g. ["en", "et"]): the reader shows the first
   * of these a story has beside the original, and search ranks versions in this order.
   */
  readingLanguages: string[];
  /** True once the reader ordered them; until then they follow the interface language. */
  readingLanguagesChosen: boolean;
  theme: Theme;
  textSize: TextSize;
}

/** A BCP 47 tag as readers and files write them ("en", "uk-UA", "sr-Latn"). */
export const LanguageTag = z.string().regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/u, 'not a language tag');

export const UpdateSettingsInput = z
  .object({
    /** A shipped locale; null goes back to following the operating system. */
    uiLanguage: z.enum(UI_LANGUAGES as [UiLanguage, ...UiLanguage[]]).nullable().optional(),
    readingLanguages: z.array(LanguageTag).max(30).optional(),
    theme: z.enum(THEMES).optional(),
    textSize: z.enum(TEXT_SIZES).optional(),
  })
  .strict();

export const settingsContract = {
  getSettings: method<Settings>()(z.object({}).strict().default({})),
  updateSettings: method<Settings>()(UpdateSettingsInput),
};
