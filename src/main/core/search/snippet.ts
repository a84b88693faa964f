// A paragraph cut to a readable window around its first match, with the matches' offsets moved
// into the window. Cuts fall on white space and are marked with an ellipsis.

export interface Snippet {
  snippet: string;
  highlights: [number, number][];
}

export const SNIPPET_CHARS = 240;

export function makeSnippet(text: string, matches: readonly { start: number; end: number }[], max = SNIPPET_CHARS): Snippet {
  // Line breaks and runs of white space become spaces, one for one, so offsets stay valid.
  const clean = /[^\S ]/u.test(text) ? text.replace(/[^\S ]/gu, ' ') : text;
  if (clean.length <= max) {
    return { snippet: clean, highlights: matches.map((m) => [m.start, m.end]) };
  }
  const first = matches[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(max / 3));
  if (start > 0) {
    const space = clean.lastIndexOf(' ', start);
    start = space > 0 && first - space < max / 2 ? space + 1 : start;
  }
  let end = Math.min(clean.length, start + max);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  const lead = start > 0 ? '…' : '';
  const tail = end < clean.length ? '…' : '';
  const shift = lead.length - start;
  const highlights: [number, number][] = matches
    .filter((m) => m.start >= start && m.end <= end)
    .map((m) => [m.start + shift, m.end + shift]);
  return { snippet: `${lead}${clean.slice(start, end)}${tail}`, highlights };
}
