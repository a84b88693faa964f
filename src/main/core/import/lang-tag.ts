// Language tags as files, pages and the user write them, in one canonical form.

/** Canonical form of a BCP 47 tag (`EN_us` → `en-US`), or null if it is not one. */
export function normalizeLangTag(tag: string): string | null {
  const trimmed = tag.trim().replace(/_/gu, '-');
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u.test(trimmed)) return null;
  try {
    return Intl.getCanonicalLocales(trimmed)[0] ?? null;
  } catch {
    return null;
  }
}
