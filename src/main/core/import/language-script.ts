// Whether a text is written in the script its language is written in. A feed's channel declares
// one language for every item; an item in Ukrainian under `<language>en</language>` is plainly
// not English, and a look at its letters says so without a language detector. ICU knows each
// language's script (`Intl.Locale#maximize`), and regular expressions know each letter's.

/** Languages written in more than one script at once (ISO 15924, as ICU names them). */
const COMPOSITE: Record<string, string[]> = {
  Jpan: ['Hani', 'Hira', 'Kana'],
  Kore: ['Hang', 'Hani'],
  Hans: ['Hani'],
  Hant: ['Hani'],
};

/** The scripts a language is written in (`uk` → Cyrl), or null when ICU does not say. */
export function scriptsOfLanguage(tag: string): string[] | null {
  try {
    const script = new Intl.Locale(tag).maximize().script;
    return script ? (COMPOSITE[script] ?? [script]) : null;
  } catch {
    return null;
  }
}

const LETTER = /\p{L}/gu;
const ONE_LETTER = /\p{L}/u;

/**
 * Letters of a text by script, Latin and Cyrillic told by their code ranges (a loop, no regular
 * expression a character): the scripts of every shipped content language, and of most feeds.
 */
function latinAndCyrillic(text: string): { Latn: number; Cyrl: number; letters: number } {
  let latin = 0;
  let cyrillic = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if (ONE_LETTER.test(text[i]!)) other++;
  }
  return { Latn: latin, Cyrl: cyrillic, letters: latin + cyrillic + other };
}

/** The share of a text's letters written in one of `scripts` (1 for a text without letters). */
export function shareInScripts(text: string, scripts: readonly string[]): number {
  if (scripts.every((s) => s === 'Latn' || s === 'Cyrl')) {
    const counts = latinAndCyrillic(text);
    if (counts.letters === 0) return 1;
    return scripts.reduce((n, s) => n + counts[s as 'Latn' | 'Cyrl'], 0) / counts.letters;
  }
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return 1;
  let inScripts = 0;
  for (const script of scripts) {
    try {
      inScripts += text.match(new RegExp(`\\p{Script=${script}}`, 'gu'))?.length ?? 0;
    } catch {
      // A script name the regular expressions do not know: nothing to judge by.
      return 1;
    }
  }
  return inScripts / letters;
}
