// A right-to-left pseudo-locale built from English, for tests only: Diptych ships no RTL language
// yet, but its layout must flip correctly the day one is added. Each text run is wrapped in
// RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING, so it renders mirrored and right-aligned
// while staying recognisable; placeholders stay outside the override so values read normally.
// The tag follows Chromium's pseudo-locale convention (ar-XB): Arabic plural rules, RTL direction.

export const PSEUDO_RTL_LANGUAGE = 'ar-XB';

const RLO = '\u202e';
const PDF = '\u202c';
const PLACEHOLDER = /(\{\{[^}]*\}\}|\$t\([^)]*\)|\n)/u;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/u;

type Tree = { [key: string]: string | Tree };

export function pseudoRtlString(text: string): string {
  return text
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 === 1 || part.trim() === '' ? part : `${RLO}${part}${PDF}`))
    .join('');
}

/** The English resources, mirrored, with every plural form the pseudo-locale's rules ask for. */
export function buildPseudoRtlResources(english: Tree): Tree {
  const categories = new Intl.PluralRules(PSEUDO_RTL_LANGUAGE).resolvedOptions().pluralCategories;
  const out: Tree = {};
  for (const [key, value] of Object.entries(english)) {
    if (typeof value !== 'string') {
      out[key] = buildPseudoRtlResources(value);
      continue;
    }
    const plural = PLURAL_SUFFIX.exec(key);
    if (!plural) {
      out[key] = pseudoRtlString(value);
      continue;
    }
    const base = key.slice(0, plural.index);
    if (plural[1] === 'one') out[`${base}_one`] = pseudoRtlString(value);
    if (plural[1] === 'other') {
      for (const c of categories) if (c !== 'one') out[`${base}_${c}`] = pseudoRtlString(value);
    }
  }
  return out;
}
