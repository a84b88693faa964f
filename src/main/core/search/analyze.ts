// What one written word of a document contributes to the index: its exact form (for exact-form
// ranking and quoted phrases) and its expanded forms (stem, diacritic-folded forms and, for names,
// cross-script keys). `analyzeWord` is pure; a `WordAnalyzer` remembers what it analysed, for
// the import pipeline, which meets the same words again and again.
import { exactForm, foldLatinDiacritics, isNameWord, tokenize, unelidedForm } from './normalize';
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

export function analyzeWord(word: string, lang: string): WordAnalysis {
  const primary = primaryLanguage(lang);
  const exact = exactForm(word);
  const stem = stemWord(exact, primary);
  const forms = new Set<string>([stem]);
  const folded = foldLatinDiacritics(exact);
  if (folded !== exact) forms.add(folded);
  const foldedStem = foldLatinDiacritics(stem);
  if (foldedStem !== stem) forms.add(foldedStem);
  if (isNameWord(word)) {
    for (const key of documentKeys(exact, primary)) forms.add(key);
    if (stem !== exact) for (const key of documentKeys(stem, primary)) forms.add(key);
    const whole = unelidedForm(word);
    if (whole) for (const key of documentKeys(whole, primary)) forms.add(key);
  }
  forms.delete(exact);
  return { exact, expanded: [...forms].filter((f) => f.length > 0) };
}

/** Words of an agency or place name: exact and folded forms and keys in both scripts' shapes. */
export function fieldText(value: string | null): string {
  if (!value) return '';
  const out: string[] = [];
  for (const token of tokenize(value)) {
    const exact = exactForm(token.text);
    if (!exact) continue;
    out.push(exact);
    const folded = foldLatinDiacritics(exact);
    if (folded !== exact) out.push(folded);
    out.push(...documentKeys(exact, 'uk'));
  }
  return out.join(' ');
}

/**
 * Words remembered per generation, all languages together. News vocabulary is Zipfian: a few tens
 * of thousands of words make nearly every running word, and the long tail (names, numbers) never
 * ends. Two generations keep what is in use: when the young one fills, it becomes the old one and
 * the oldest is dropped; a word met in the old generation moves back to the young. The budget is
 * shared, so an import in five languages holds no more words than one in a single language, and
 * each language keeps a share in proportion to how much of it is read. The figure is two
 * languages' worth of the 32,768 words each had before. At 100,000 stories in three languages
 * it kept the import's peak at 286 MB, against 308 with three languages' worth, for 3–4 % more
 * CPU (bench:import); analysing a word costs 5 % more on average (1,015 against 965 ns).
 */
export const WORDS_PER_GENERATION = 65_536;

/** A word as the index stores it: its exact form, and its expanded forms space-separated ('' if none). */
export interface IndexedWord {
  exact: string;
  expanded: string;
}

/**
 * A copy of a word that holds on to nothing else. A word cut out of a paragraph may be a view into
 * the whole paragraph's text (V8 slices strings of 13 or more characters), and a cache of views
 * would keep every paragraph they came from alive.
 */
const detached = (word: string): string => (word.length < 13 ? word : ` ${word}`.slice(1));

/** Small in memory: one object and at most two strings a word (the word itself when it is its own exact form). */
function indexedWord(word: string, lang: string): IndexedWord {
  const a = analyzeWord(word, lang);
  return { exact: a.exact === word ? word : a.exact, expanded: a.expanded.join(' ') };
}

/** What indexing a document asks of the analyzer: its words in its language, and its fields. */
export interface LanguageAnalyzer {
  word(word: string): IndexedWord;
  field(value: string | null): string;
}

/** How full the young generation is, counted over every language; a new generation starts when it fills. */
class WordBudget {
  generation = 0;
  private young = 0;

  constructor(private readonly capacity: number) {}

  added(): void {
    if (++this.young < this.capacity) return;
    this.generation++;
    this.young = 0;
  }
}

/** One language's remembered words, turning over when the shared budget starts a generation. */
class Generations implements LanguageAnalyzer {
  private young = new Map<string, IndexedWord>();
  private old = new Map<string, IndexedWord>();
  private generation: number;

  constructor(
    private readonly lang: string,
    private readonly budget: WordBudget,
    readonly field: (value: string | null) => string,
  ) {
    this.generation = budget.generation;
  }

  /** Entries held (a word moved back to the young generation counts twice until the old one goes). */
  get size(): number {
    return this.young.size + this.old.size;
  }

  word(word: string): IndexedWord {
    if (this.generation !== this.budget.generation) this.turnOver();
    let a = this.young.get(word);
    if (a !== undefined) return a;
    // The key kept is a copy either way: a word found in the old generation is as much a view
    // into its paragraph as a new one.
    word = detached(word);
    a = this.old.get(word) ?? indexedWord(word, this.lang);
    this.young.set(word, a);
    this.budget.added();
    return a;
  }

  /** The young generation becomes the old one; a language unread for two generations keeps nothing. */
  private turnOver(): void {
    this.old = this.budget.generation - this.generation === 1 ? this.young : new Map();
    this.young = new Map();
    this.generation = this.budget.generation;
  }
}

/** Agencies and places remembered: a few hundred names make nearly every version's. */
const FIELDS_REMEMBERED = 4096;

/** Analyses words, remembering the frequent ones: one per import (and per parse worker). */
export class WordAnalyzer {
  private readonly languages = new Map<string, Generations>();
  private fields = new Map<string, string>();
  private readonly budget: WordBudget;

  constructor(capacity = WORDS_PER_GENERATION) {
    this.budget = new WordBudget(capacity);
  }

  /** The analysis of one language's words, for loops over a text. */
  forLanguage(lang: string): LanguageAnalyzer {
    const primary = primaryLanguage(lang);
    let analyzer = this.languages.get(primary);
    if (!analyzer) {
      analyzer = new Generations(primary, this.budget, (value) => this.field(value));
      this.languages.set(primary, analyzer);
    }
    return analyzer;
  }

  /** Word analyses held, all languages together: at most twice the budget. */
  remembered(): number {
    let n = 0;
    for (const g of this.languages.values()) n += g.size;
    return n;
  }

  private field(value: string | null): string {
    if (!value) return '';
    let text = this.fields.get(value);
    if (text === undefined) {
      if (this.fields.size >= FIELDS_REMEMBERED) this.fields = new Map();
      this.fields.set(value, (text = fieldText(value)));
    }
    return text;
  }
}
