// A block's text cut into what the reader renders: sentences (so a sentence can light up its
// counterpart) and, inside them, the words a search matched (their places come from the core's
// matcher, never a pattern built here); and a language's writing direction. Pure TypeScript, so
// the renderer uses it and node tests check it.

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

/** [start, end) offsets of matched words in a block's text, as the core found them. */
export type Ranges = readonly (readonly [number, number])[];

/** Cuts `text` at sentence and term boundaries; adjacent pieces with the same sentence and mark
 *  are joined. */
export function textPieces(text: string, sentences: readonly SentenceMark[], matches: Ranges = []): Piece[] {
  const clamp = (n: number): number => Math.max(0, Math.min(text.length, n));
  const cuts = new Set<number>([0, text.length]);
  for (const s of sentences) {
    cuts.add(clamp(s.start));
    cuts.add(clamp(s.end));
  }
  const marks = matches.map(([a, b]) => [clamp(a), clamp(b)] as const).filter(([a, b]) => b > a);
  for (const [a, b] of marks) {
    cuts.add(a);
    cuts.add(b);
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
