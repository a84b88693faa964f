// A block's text cut into what the reader renders: sentences (so a sentence can light up its
// counterpart) and, inside them, the search terms to highlight; and a language's writing
// direction. Pure TypeScript, so the renderer uses it and node tests check it.

export interface SentenceMark {
  start: number;
  end: number;
  /** Shared by a sentence and its counterparts: `${row}:${pair}`. */
  key: string;
}

export interface Piece {
  text: string;
  /** Set inside a sentence. */
  sentence?: string;
  /** Inside a search term. */
  mark: boolean;
}

const APOSTROPHES = "['’ʼ`]";

/** A pattern for the search terms: case-insensitive, any apostrophe for any apostrophe, a
 *  trailing `*` for any ending. Null when there is nothing to highlight. */
export function termPattern(terms: readonly string[] | undefined): RegExp | null {
  const parts = (terms ?? [])
    .map((t) => t.trim().replace(/^["“„«]|["”“»]$/gu, ''))
    .filter((t) => t.replace(/\*/gu, '').length > 0)
    .map((t) => {
      const prefix = t.endsWith('*');
      const body = (prefix ? t.slice(0, -1) : t)
        .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
        .replace(/['’ʼ`]/gu, APOSTROPHES)
        .replace(/\s+/gu, '\\s+');
      return prefix ? `${body}[\\p{L}\\p{M}'’ʼ]*` : body;
    })
    .sort((a, b) => b.length - a.length);
  if (parts.length === 0) return null;
  try {
    return new RegExp(parts.join('|'), 'giu');
  } catch {
    return null;
  }
}

/** Cuts `text` at sentence and term boundaries; adjacent pieces with the same sentence and mark
 *  are joined. */
export function textPieces(text: string, sentences: readonly SentenceMark[], terms: RegExp | null): Piece[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of sentences) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const marks: [number, number][] = [];
  if (terms) {
    terms.lastIndex = 0;
    for (const m of text.matchAll(terms)) {
      if (m[0].length === 0) continue;
      marks.push([m.index, m.index + m[0].length]);
      cuts.add(m.index);
      cuts.add(m.index + m[0].length);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    if (to <= from) continue;
    const sentence = sentences.find((s) => from >= s.start && to <= s.end)?.key;
    const mark = marks.some(([a, b]) => from >= a && to <= b);
    const last = pieces[pieces.length - 1];
    if (last && last.sentence === sentence && last.mark === mark) last.text += text.slice(from, to);
    else pieces.push({ text: text.slice(from, to), sentence, mark });
  }
  return pieces;
}

/** Runs of pieces that share a sentence, for one element per sentence. */
export function groupBySentence(pieces: readonly Piece[]): { sentence?: string; pieces: Piece[] }[] {
  const runs: { sentence?: string; pieces: Piece[] }[] = [];
  for (const p of pieces) {
    const last = runs[runs.length - 1];
    if (last && last.sentence === p.sentence) last.pieces.push(p);
    else runs.push({ sentence: p.sentence, pieces: [p] });
  }
  return runs;
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb', 'syr', 'arc', 'ku-arab']);

/** Writing direction of a language tag: right to left for Arabic, Hebrew, Persian, Urdu… */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  const lower = lang.toLowerCase();
  if (/-(arab|hebr|thaa|syrc|nkoo|adlm|rohg|samr|mand)(?:-|$)/u.test(lower)) return 'rtl';
  if (/-(latn|cyrl)(?:-|$)/u.test(lower)) return 'ltr';
  return RTL_LANGUAGES.has(lower.split('-')[0]!) ? 'rtl' : 'ltr';
}
