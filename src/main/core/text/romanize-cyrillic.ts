// Cyrillic letters in Latin by the Ukrainian national transliteration (Cabinet of Ministers
// resolution 55 of 2010), with the letters of Russian, Belarusian, Serbian and Macedonian that it
// lacks. One table for every capability that matches names across scripts (search, alignment).

export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y',
  і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu',
  я: 'ia', ё: 'e', ы: 'y', э: 'e', ъ: '', ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c',
  џ: 'dz', ѓ: 'g', ќ: 'k', ѕ: 'dz',
};

/** At the start of a word the national system writes these with y: Київ → Kyiv, Юрій → Yurii. */
export const WORD_INITIAL_LATIN: Readonly<Record<string, string>> = {
  є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya',
};
