// Language detection for imported text that does not declare its language.
// The extra-small n-gram set: as accurate as the larger ones on news paragraphs (README,
// "Language detection"), at a third of the memory and load time of 'eld/medium'. Even so it is
// tens of megabytes, so the import's parse workers load this module only when a file needs it.
import { eld } from 'eld/extrasmall';

export interface DetectedLanguage {
  lang: string | null;
  reliable: boolean;
}

/** Detects the language of `text` (a sample of the first few thousand characters is enough). */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, 4000);
  const result = eld.detect(sample);
  return { lang: result.language || null, reliable: result.isReliable() };
}
