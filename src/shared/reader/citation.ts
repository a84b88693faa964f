// What the reader's metadata line and "Copy citation" say about a version. Pure: the words come
// in already translated (so this knows no i18next), dates are formatted by Intl in the interface
// language.
import { formatDate } from '../i18n/format';

export interface CitedVersion {
  lang: string;
  headline: string;
  agency: string | null;
  place: string | null;
  publishedAt: string | null;
  url: string | null;
}

export interface CitationWords {
  /** The headline in the interface language's quotation marks: “…”, «…», „…“. */
  quote(headline: string): string;
  /** "Accessed 2 December 2026": said only with an address (the day the page was seen). */
  accessed(date: string): string;
  /** "Ukrainian translation" for a version that is not the original; null for the original. */
  translation: string | null;
}

/**
 * One line in the manner of a news citation (Chicago's for a web article): agency, the headline
 * quoted, place and date, the day it was read, then the address last (no stop after it, so it
 * still opens when pasted). Missing parts are left out rather than shown empty.
 */
export function citationLine(v: CitedVersion, uiLang: string, accessedOn: Date, words: CitationWords): string {
  const date = v.publishedAt ? formatDate(v.publishedAt, uiLang, 'long') : null;
  const where = [v.place, date].filter(Boolean).join(', ');
  const accessed = v.url ? words.accessed(formatDate(accessedOn, uiLang, 'long') ?? '') : null;
  const parts = [v.agency, words.quote(v.headline.trim()), words.translation, where, accessed];
  const sentences = parts.filter((p): p is string => Boolean(p)).map(endSentence);
  return [...sentences, v.url ?? ''].join(' ').trim();
}

/** "Kyiv, 1 March 2024" → "Kyiv, 1 March 2024."; a part that ends in a stop keeps its own. */
function endSentence(part: string): string {
  return /[.!?…]["”»“’]?$/u.test(part) ? part : `${part}.`;
}

/** Only web addresses leave the app for the system's browser: never file:, javascript: or the like. */
export function openableUrl(text: string | null): string | null {
  if (!text) return null;
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The place in the interface language's script where the story says it: a version in that
 *  language names the place ("Київ" beside "Kyiv"); else the version's own spelling. */
export function placeIn(uiLang: string, version: { place: string | null }, versions: readonly { lang: string; place: string | null }[]): string | null {
  const primary = uiLang.toLowerCase().split('-')[0];
  const local = versions.find((v) => v.place && v.lang.toLowerCase().split('-')[0] === primary);
  return local?.place ?? version.place;
}

/** Both texts of a pair, as the reader copies it: each side's paragraphs, a blank line between. */
export function pairText(left: readonly string[], right: readonly string[]): string {
  return [left.join('\n\n'), right.join('\n\n')].filter(Boolean).join('\n\n———\n\n');
}
