// One stemmer per language, so a word also finds its inflected forms (Україна → України,
// territory → territories). Snowball stemmers (via @orama/stemmers) for uk, ru, en, de, fr;
// Estonian has none there, so it gets a light case-ending stripper of our own (estonian.ts).
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';
import { stemEstonian } from './estonian';
import type { Script } from './normalize';

type Stem = (word: string) => string;

const STEMMERS: Record<string, { stem: Stem; script: Script }> = {
  uk: { stem: ukrainian, script: 'cyrillic' },
  ru: { stem: russian, script: 'cyrillic' },
  en: { stem: english, script: 'latin' },
  et: { stem: stemEstonian, script: 'latin' },
  de: { stem: german, script: 'latin' },
  fr: { stem: french, script: 'latin' },
};

export const STEMMED_LANGUAGES = Object.keys(STEMMERS);

/** Primary subtag of a BCP 47 tag: `uk-UA` → `uk`. */
export function primaryLanguage(tag: string): string {
  // Called for every word analysed: no array for the subtags.
  const dash = tag.indexOf('-');
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
}

/** Stems shorter than this over-match (the Ukrainian stemmer turns київ into "ки"). */
const MIN_STEM = 3;

/**
 * The stem of an exact-form word in `lang`, or the word itself when the language has no
 * stemmer, the word is a number, or the stem would be too short to mean anything.
 */
export function stemWord(form: string, lang: string): string {
  const entry = STEMMERS[primaryLanguage(lang)];
  if (!entry || form.length <= MIN_STEM || DIGIT.test(form)) return form;
  let stem: string;
  try {
    stem = entry.stem(form);
    if (stem.includes("'")) stem = stem.replace(/'/gu, '');
  } catch {
    return form;
  }
  // Snowball's Ukrainian stemmer leaves some stem vowels (територія → територ, території →
  // територі); dropping one trailing vowel or soft sign brings such pairs together.
  if (entry.script === 'cyrillic' && stem.length > 4 && CYRILLIC_TAIL.test(stem)) stem = stem.slice(0, -1);
  return stem.length >= MIN_STEM ? stem : form;
}

const CYRILLIC_TAIL = /[аеєиіїоуюяьйыэ]$/u;
const DIGIT = /\p{N}/u;

/** Languages whose stemmer applies to a query word written in `script`. */
export function languagesForScript(script: Script): string[] {
  return STEMMED_LANGUAGES.filter((l) => STEMMERS[l]?.script === script);
}
