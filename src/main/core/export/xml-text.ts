// Text for the XML formats (TMX, XLIFF): escaped so that any XML parser gives back exactly what was
// stored — quotes, apostrophes and line ends included — and rid of the few characters XML 1.0
// cannot carry at all, not even as a character reference.

/** C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; unpaired surrogates (with /u, a pair
 *  is one code point and never matches). */
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
const ONE_FORBIDDEN = new RegExp(FORBIDDEN_IN_XML.source, 'u');

/** True when `text` holds a character XML 1.0 cannot carry (xmlCharacters changes it). */
export const xmlForbidsSome = (text: string): boolean => ONE_FORBIDDEN.test(text);

/** Vertical tab and form feed separate words: they become a space rather than vanish. */
const SPACE_LIKE = /[\u000B\u000C]/u;

/**
 * `text` without the characters XML 1.0 forbids: vertical tabs and form feeds become spaces, the
 * others (NUL, BEL, ESC…, noncharacters, broken surrogates) are dropped. Everything else is kept.
 */
export function xmlCharacters(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, (c) => (SPACE_LIKE.test(c) ? ' ' : ''));
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };
const escape = (c: string): string => ESCAPES[c] ?? (SPACE_LIKE.test(c) ? ' ' : '');
// One pass over each string: what needs escaping and what XML forbids, together. Most texts hold
// neither, and a test that finds nothing is much cheaper than a replace.
const TEXT_SPECIAL = new RegExp(`[&<>\r]|${FORBIDDEN_IN_XML.source}`, 'u');
const TEXT_SPECIALS = new RegExp(TEXT_SPECIAL.source, 'gu');
const ATTR_SPECIAL = new RegExp(`[&<>"\t\n\r]|${FORBIDDEN_IN_XML.source}`, 'u');
const ATTR_SPECIALS = new RegExp(ATTR_SPECIAL.source, 'gu');

/** Element content. A CR is written as a reference: a parser would turn a raw one into LF. */
export function xmlText(text: string): string {
  return TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIALS, escape) : text;
}

/** An attribute value in double quotes. Tabs and line ends as references, which attribute-value
 *  normalization leaves alone (raw ones it turns into spaces). */
export function xmlAttr(value: string): string {
  return ATTR_SPECIAL.test(value) ? value.replace(ATTR_SPECIALS, escape) : value;
}

/** `<name attr="…">`: attributes whose value is null or undefined are left out. */
export function startTag(name: string, attrs: Record<string, string | number | null | undefined>, empty = false): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) out += ` ${key}="${xmlAttr(String(value))}"`;
  }
  return `${out}${empty ? '/>' : '>'}`;
}
