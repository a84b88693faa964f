// Pass 1: the query's characters into tokens. Quotation marks of every language are one quote,
// apostrophes one apostrophe, and a number pasted with no-break or thin spaces between its digit
// groups (3 000) one word. A `-` (or −) before anything but a space negates it.
import type { QueryHint } from './syntax';
import { unifyApostrophes } from './words';

export type Token =
  /** A run to the next space, parenthesis or quote: a word, `OR`, `NOT`, `lang:uk`… */
  | { kind: 'chunk'; text: string; negated: boolean }
  /** `"…"`, or `name:"…"` when `filter` is set. */
  | { kind: 'phrase'; text: string; negated: boolean; closed: boolean; filter?: string }
  /** `(`, or `name:(` when `filter` is set. */
  | { kind: 'open'; negated: boolean; filter?: string }
  | { kind: 'close' }
  | { kind: 'or' };

const QUOTES = /[\u201C\u201D\u201E\u00AB\u00BB\u201F\uFF02]/gu;
const DIGIT_GROUP_SPACE = /(?<=\p{N})[\u00A0\u202F\u2009](?=\p{N}{3}(?!\p{N}))/gu;
const FILTER_PREFIX = /^([A-Za-z]+):$/u;

/** The query with its quotes, apostrophes and digit groups written one way. */
export function normalizeQueryText(input: string): string {
  return unifyApostrophes(input).replace(QUOTES, '"').replace(DIGIT_GROUP_SPACE, '');
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

/** Where the quote opened at `from` closes, and the text inside. */
function quoted(s: string, from: number, hints: QueryHint[]): { text: string; closed: boolean; next: number } {
  const end = s.indexOf('"', from + 1);
  const closed = end >= 0;
  if (!closed) hints.push({ code: 'unbalancedQuote' });
  return { text: s.slice(from + 1, closed ? end : s.length), closed, next: closed ? end + 1 : s.length };
}

export function lex(input: string, hints: QueryHint[]): Token[] {
  const s = normalizeQueryText(input);
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;
    if (isSpace(ch)) {
      i++;
      continue;
    }
    let j = i;
    const negated = (ch === '-' || ch === '\u2212') && j + 1 < s.length && !isSpace(s[j + 1]);
    if (negated) j++;
    const c = s[j] as string;
    if (c === '(' || c === ')') {
      out.push(c === '(' ? { kind: 'open', negated } : { kind: 'close' });
      i = j + 1;
      continue;
    }
    if (c === '"') {
      const q = quoted(s, j, hints);
      out.push({ kind: 'phrase', text: q.text, negated, closed: q.closed });
      i = q.next;
      continue;
    }
    let k = j;
    while (k < s.length && !/[\s()"]/u.test(s[k] as string)) k++;
    const text = s.slice(j, k);
    const filter = FILTER_PREFIX.exec(text)?.[1];
    // `name:"quoted value"` and `name:(group)` attach the filter name to what follows.
    if (filter && s[k] === '(') {
      out.push({ kind: 'open', negated, filter });
      i = k + 1;
    } else if (filter && s[k] === '"') {
      const q = quoted(s, k, hints);
      out.push({ kind: 'phrase', text: q.text, negated, closed: q.closed, filter });
      i = q.next;
    } else {
      if (!negated && (text === 'OR' || text === '|' || text === '||')) out.push({ kind: 'or' });
      else out.push({ kind: 'chunk', text, negated });
      i = k;
    }
  }
  return out;
}
