// Which version of a story answers a language asked for on the command line or in the app: the
// same tag; else the broader tag the version has (uk-UA asked, uk stored); else a narrower one
// (uk asked, uk-UA stored). Among equals the original, then the oldest version.

export interface LangCandidate {
  id: number;
  lang: string;
  original: boolean;
}

/** 3 the same tag, 2 a broader one (longer is closer), 1 a narrower one, 0 none. Import's
 *  --original names its version by the same measure. */
export function closeness(stored: string, asked: string): number {
  const s = stored.toLowerCase();
  const a = asked.toLowerCase();
  if (s === a) return 3;
  if (a.startsWith(`${s}-`)) return 2 + s.length / 1000;
  if (s.startsWith(`${a}-`)) return 1;
  return 0;
}

export function pickVersion<V extends LangCandidate>(versions: readonly V[], asked: string, except?: V): V | undefined {
  let best: V | undefined;
  let bestScore = 0;
  for (const v of versions) {
    if (v === except) continue;
    const score = closeness(v.lang, asked);
    if (score === 0) continue;
    const better =
      score > bestScore ||
      (score === bestScore && best !== undefined && (Number(v.original) - Number(best.original) || best.id - v.id) > 0);
    if (better) {
      best = v;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The two versions for `from` and `to`, never the same one; null when the story lacks either.
 * Tried both ways round, so `--from en --to en-GB` finds en-GB for `to` even when `from` could
 * have taken it.
 */
export function pickPair<V extends LangCandidate>(versions: readonly V[], from: string, to: string): [V, V] | null {
  const f = pickVersion(versions, from);
  const t = f && pickVersion(versions, to, f);
  if (f && t) return [f, t];
  const t2 = pickVersion(versions, to);
  const f2 = t2 && pickVersion(versions, from, t2);
  return f2 && t2 ? [f2, t2] : null;
}

/** When pickPair finds no pair, the language to name as missing: `to` when `from` has a version. */
export function missingLanguage(versions: readonly LangCandidate[], from: string, to: string): string {
  return pickVersion(versions, from) ? to : from;
}
