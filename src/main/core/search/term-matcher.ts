// Finding a query's words in a block of text, for hits, snippets and highlighting, by the same
// forms the index matched: an exact form, an inflected form (shared stem), an unaccented spelling,
// or a name in the other script. Each match says which, so a result can show how it was found.
import { analyzeWord } from './analyze';
import { tokenize } from './normalize';
import { queryWordForms, type WordForms } from './query-compile';
import type { ParsedQuery, QueryNode } from './query-parser';
import { KEY_FROM_CYRILLIC, KEY_FROM_LATIN } from './transliterate';

export type MatchKind = 'exact' | 'inflected' | 'transliterated';

export interface TextMatch {
  start: number;
  end: number;
  /** The words as written in the text. */
  text: string;
  kind: MatchKind;
  /** Index of the query term that matched. */
  term: number;
}

interface WordTerm {
  type: 'word';
  forms: WordForms;
  expanded: Set<string>;
  titleOnly: boolean;
}
interface PhraseTerm {
  type: 'phrase';
  words: string[];
  titleOnly: boolean;
}
type Term = WordTerm | PhraseTerm;

export interface TermMatcher {
  terms: readonly Term[];
  /** Matches in `text`, written in `lang`, in text order. */
  find(text: string, lang: string, kind?: string): TextMatch[];
}

function positiveTerms(node: QueryNode | null, out: QueryNode[]): void {
  if (!node) return;
  if (node.type === 'word' || node.type === 'phrase') out.push(node);
  else if (node.type === 'and' || node.type === 'or') node.children.forEach((c) => positiveTerms(c, out));
  // Excluded words are not highlighted.
}

const isKey = (f: string): boolean => f.startsWith(KEY_FROM_CYRILLIC) || f.startsWith(KEY_FROM_LATIN);

export function createTermMatcher(parsed: ParsedQuery): TermMatcher {
  const nodes: QueryNode[] = [];
  positiveTerms(parsed.root, nodes);
  const terms: Term[] = nodes.map((n) => {
    if (n.type === 'phrase') {
      const words = n.words.map((w) => analyzeWord(w, 'und').exact).filter(Boolean);
      return { type: 'phrase', words, titleOnly: n.scope === 'title' };
    }
    const w = n as Extract<QueryNode, { type: 'word' }>;
    const forms = queryWordForms(w.text, w.prefix, parsed.filters.langs);
    return { type: 'word', forms, expanded: new Set(forms.expanded), titleOnly: w.scope === 'title' };
  });

  const find = (text: string, lang: string, kind?: string): TextMatch[] => {
    const tokens = tokenize(text);
    if (tokens.length === 0 || terms.length === 0) return [];
    const analyses = tokens.map((t) => analyzeWord(t.text, lang));
    const found: TextMatch[] = [];
    terms.forEach((term, ti) => {
      if (term.titleOnly && kind !== undefined && kind !== 'headline') return;
      if (term.type === 'phrase') {
        const n = term.words.length;
        if (n === 0) return;
        for (let i = 0; i + n <= tokens.length; i++) {
          let ok = true;
          for (let k = 0; k < n && ok; k++) ok = analyses[i + k]?.exact === term.words[k];
          if (!ok) continue;
          const start = (tokens[i] as { start: number }).start;
          const end = (tokens[i + n - 1] as { end: number }).end;
          found.push({ start, end, text: text.slice(start, end), kind: 'exact', term: ti });
        }
        return;
      }
      tokens.forEach((tok, i) => {
        const a = analyses[i];
        if (!a || !a.exact) return;
        const kindOf = matchWord(term, a.exact, a.expanded);
        if (kindOf) found.push({ start: tok.start, end: tok.end, text: tok.text, kind: kindOf, term: ti });
      });
    });
    found.sort((x, y) => x.start - y.start || y.end - x.end);
    // Drop matches nested inside an earlier one (a word inside a matched phrase).
    const out: TextMatch[] = [];
    for (const m of found) {
      const last = out[out.length - 1];
      if (last && m.start < last.end) continue;
      out.push(m);
    }
    return out;
  };

  return { terms, find };
}

function matchWord(term: WordTerm, exact: string, expanded: readonly string[]): MatchKind | null {
  const f = term.forms;
  if (f.prefix) {
    if (exact.startsWith(f.exact)) return 'exact';
    for (const e of expanded) {
      for (const q of f.expanded) {
        if (e.startsWith(q)) return isKey(q) ? 'transliterated' : 'inflected';
      }
    }
    return null;
  }
  if (exact === f.exact) return 'exact';
  let kind: MatchKind | null = null;
  for (const e of expanded) {
    if (!term.expanded.has(e)) continue;
    if (!isKey(e)) return 'inflected';
    kind = 'transliterated';
  }
  return kind;
}
