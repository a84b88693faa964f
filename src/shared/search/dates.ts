// The periods `after:` and `before:` name: a year, a month or a day.

/** `2024`, `2024-06`, `2024-06-15` → the first day of that period, and the first day after it. */
export function parseDatePeriod(value: string): { start: string; next: string } | null {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/u.exec(value.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? null : Number(m[2]);
  const d = m[3] === undefined ? null : Number(m[3]);
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  const start = new Date(Date.UTC(y, (mo ?? 1) - 1, d ?? 1));
  if (d !== null && start.getUTCDate() !== d) return null;
  const next =
    d !== null
      ? new Date(Date.UTC(y, (mo as number) - 1, d + 1))
      : mo !== null
        ? new Date(Date.UTC(y, mo, 1))
        : new Date(Date.UTC(y + 1, 0, 1));
  const iso = (t: Date): string => t.toISOString().slice(0, 10);
  return { start: iso(start), next: iso(next) };
}
