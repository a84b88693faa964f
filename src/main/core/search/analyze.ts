// What one written word of a document contributes to the index: its exact form (for exact-form
// ranking and quoted phrases) and its expanded forms (stem, diacritic-folded forms and, for names,
// cross-script keys). Memoized per language: news vocabulary repeats, so indexing a large archive
// analyses each distinct word once.
import { exactForm, foldLatinDiacritics, isCapitalized } from './normalize';
import { primaryLanguage, stemWord } from './stemmers';
import { documentKeys } from './transliterate';

export interface WordAnalysis {
  exact: string;
  /**
   * The stem, folded forms and cross-script keys (names only) that differ from `exact`: a form equal
   * to the exact one is not stored twice, since queries look for expanded forms in both columns.
   */
  expanded: string[];
}

/**
 * Per language. News vocabulary is Zipfian: the 50,000 most frequent words of a language cover
 * nearly every running word, and a miss costs one stemming. (500,000 entries per language held
 * several hundred MB through a long import, growing with every new word.)
 */
const CACHE_LIMIT = 50_000;
const caches = new Map<string, Map<string, WordAnalysis>>();

export function analyzeWord(word: string, lang: string): WordAnalysis {
  return analyzerFor(lang)(word);
}

/** An analyser bound to one language, for loops over many words. */
export function analyzerFor(lang: string): (word: string) => WordAnalysis {
  const primary = primaryLanguage(lang);
  let cache = caches.get(primary);
  if (!cache) caches.set(primary, (cache = new Map()));
  const c = cache;
  return (word) => lookup(c, word, primary);
}

function lookup(cache: Map<string, WordAnalysis>, word: string, primary: string): WordAnalysis {
  const hit = cache.get(word);
  if (hit) return hit;
  const analysis = analyzeUncached(word, primary);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, analysis);
  return analysis;
}

function analyzeUncached(word: string, lang: string): WordAnalysis {
  const exact = exactForm(word);
  const stem = stemWord(exact, lang);
  const forms = new Set<string>([stem]);
  const folded = foldLatinDiacritics(exact);
  if (folded !== exact) forms.add(folded);
  const foldedStem = foldLatinDiacritics(stem);
  if (foldedStem !== stem) forms.add(foldedStem);
  if (isCapitalized(word)) {
    for (const key of documentKeys(exact, lang)) forms.add(key);
    if (stem !== exact) for (const key of documentKeys(stem, lang)) forms.add(key);
  }
  forms.delete(exact);
  return { exact, expanded: [...forms].filter((f) => f.length > 0) };
}
