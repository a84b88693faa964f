// Dates, numbers, sizes, lists and language names in the interface language. Everything comes
// from Intl (CLDR data shipped with the runtime) so that every locale gets its own conventions —
// "26. November 2026", "26 листопада 2026 р.", "1 234,5" — without hand-built patterns.

/** Intl constructors are slow to build; the interface formats the same few things over and over. */
const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export type DateStyle = 'full' | 'long' | 'medium' | 'short';

/**
 * A calendar date or date-time (ISO 8601 text, epoch milliseconds or Date) in `uiLang`.
 * A bare date ("2026-11-26") is a calendar day, not an instant: it is formatted in UTC so that
 * no time zone shifts it to the day before. Returns null for text that is not a date.
 */
export function formatDate(
  value: string | number | Date,
  uiLang: string,
  style: DateStyle = 'long',
): string | null {
  const date = toDate(value);
  if (!date) return null;
  const dateOnly = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(value.trim());
  const fmt = cached(`date|${uiLang}|${style}|${dateOnly}`, () =>
    new Intl.DateTimeFormat(uiLang, { dateStyle: style, ...(dateOnly ? { timeZone: 'UTC' } : {}) }),
  );
  return fmt.format(date);
}

/** A date with its time of day, in the reader's time zone. */
export function formatDateTime(
  value: string | number | Date,
  uiLang: string,
  style: DateStyle = 'medium',
): string | null {
  const date = toDate(value);
  if (!date) return null;
  const fmt = cached(
    `datetime|${uiLang}|${style}`,
    () => new Intl.DateTimeFormat(uiLang, { dateStyle: style, timeStyle: 'short' }),
  );
  return fmt.format(date);
}

function toDate(value: string | number | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatNumber(value: number, uiLang: string, options: Intl.NumberFormatOptions = {}): string {
  const fmt = cached(`number|${uiLang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(uiLang, options));
  return fmt.format(value);
}

/** A file or archive size with the unit the locale uses ("1,5 MB", "1,5 МБ", "1,5 Mo"). */
export function formatByteSize(bytes: number, uiLang: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let unit = 0;
  let amount = Math.max(0, bytes);
  while (amount >= 1000 && unit < units.length - 1) {
    amount /= 1000;
    unit += 1;
  }
  return formatNumber(amount, uiLang, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  });
}

/** "English, Ukrainian and Estonian" in the interface language's own way of joining. */
export function formatList(items: readonly string[], uiLang: string): string {
  const fmt = cached(`list|${uiLang}`, () => new Intl.ListFormat(uiLang, { style: 'long', type: 'conjunction' }));
  return fmt.format(items);
}

/**
 * The name of a content language (a BCP 47 tag) in the interface language: `uk` → "Ukrainian"
 * in English, "українська" in Ukrainian, "ukrainien" in French. Tags Intl does not know come
 * back as written. `capitalize` upper-cases the first letter for places where the name stands
 * alone (a menu item, a column heading), since many languages write language names in lower case.
 */
export function languageName(tag: string, uiLang: string, options: { capitalize?: boolean } = {}): string {
  let name = tag;
  try {
    const names = cached(
      `lang|${uiLang}`,
      () => new Intl.DisplayNames(uiLang, { type: 'language', languageDisplay: 'dialect', fallback: 'code' }),
    );
    name = names.of(tag) ?? tag;
  } catch {
    // Not a well-formed tag: show it as it is rather than fail a whole screen.
  }
  return options.capitalize ? capitalizeFirst(name, uiLang) : name;
}

/** A language's name for itself ("українська", "eesti", "Deutsch"), for a language picker. */
export function languageAutonym(tag: string): string {
  return languageName(tag, tag, { capitalize: true });
}

function capitalizeFirst(text: string, uiLang: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(uiLang) + text.slice(head.length);
}
