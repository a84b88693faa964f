// Publication dates as documents write them (RFC 822 in RSS, ISO 8601 elsewhere, YAML dates)
// become one form: a full ISO 8601 timestamp in UTC ("2025-10-23T00:00:00.000Z" for a bare
// date). What cannot be read, or names a day no calendar has (2025-02-30), is dropped rather
// than guessed: the story is stored without a date, with no error (a date is metadata).
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** True when year-month-day is a real day (JavaScript would roll 30 February on to 2 March). */
function realDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The day a text names, checked: ISO "2025-02-30…" or RFC 822 "30 Feb 2025". */
function namesRealDay(text: string): boolean {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/u.exec(text);
  if (iso) return realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/u.exec(text);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase());
    return month < 0 || realDay(Number(rfc[3]), month + 1, Number(rfc[1]));
  }
  return true;
}

export function isoDate(raw: unknown): string | null {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString();
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const text = String(raw).trim();
  if (!text || text.length > 64 || !namesRealDay(text)) return null;
  // A bare date is that day at midnight UTC (Date.parse reads it so), like every other date.
  const t = Date.parse(text);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  return year >= 1800 && year <= 2200 ? new Date(t).toISOString() : null;
}
