// Publication dates as documents write them (RFC 822 in RSS, ISO 8601 elsewhere, YAML dates)
// become ISO 8601; what cannot be read is dropped rather than guessed.
export function isoDate(raw: unknown): string | null {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString();
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const text = String(raw).trim();
  if (!text || text.length > 64) return null;
  // A bare date stays a date: no time zone is invented for it.
  if (/^\d{4}-\d{2}-\d{2}$/u.test(text)) return Number.isNaN(Date.parse(text)) ? null : text;
  const t = Date.parse(text);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  return year >= 1800 && year <= 2200 ? new Date(t).toISOString() : null;
}
