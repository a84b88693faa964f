// The words side of what searching one archive connection keeps (search-connection.ts), with a
// budget and a way to let it go: the names of countries and languages (display-names.ts, built on
// first use), and the analysis of the words that hits are read with, so a page of snippets looks
// words up instead of stemming them again. Both are bounded by constants, not by the archive's
// size; `releaseSearchWords` drops them, `releaseSearchMemory` the document cache too.
import type { Database } from 'better-sqlite3';
import { WordAnalyzer, type WordAnalysis } from './analyze';
import { forgetSearchCache } from './doc-cache';
import { NameLexicon } from './display-names';
import { slot, type SearchConnection } from './search-connection';

/**
 * Words remembered per language and generation for reading hits (two generations a language):
 * the vocabulary of the pages people read, some 3 MB a language at most.
 */
export const SEARCH_WORDS_PER_GENERATION = 8_192;

/**
 * SQLite pages the searching connection keeps, in KiB. better-sqlite3's 16 MB default sat in the
 * search process for good; 4 MB holds a query's hot index pages (the interior b-tree pages and
 * the newest segments), and the rest comes back from the OS's file cache, which the OS may drop.
 */
export const SEARCH_PAGE_CACHE_KIB = 4_096;

/** Gives a connection that serves searches the page-cache budget above (the app calls it after opening). */
export function budgetSearchPages(db: Database): void {
  db.pragma(`cache_size = -${SEARCH_PAGE_CACHE_KIB}`);
}

export class SearchContext {
  private lexicon: NameLexicon | null = null;
  private readonly words = new WordAnalyzer(SEARCH_WORDS_PER_GENERATION);

  /** What words name in other languages (some 100 ms to build, once). */
  names(): NameLexicon {
    this.lexicon ??= new NameLexicon();
    return this.lexicon;
  }

  /** A word's analysis in `lang`, as the index made it, remembered within the budget. */
  analyze(word: string, lang: string): WordAnalysis {
    const a = this.words.forLanguage(lang).word(word);
    return { exact: a.exact, expanded: a.expanded ? a.expanded.split(' ') : [] };
  }
}

const CONTEXT = slot(() => new SearchContext());

/** The context of a connection: one per connection, gone with it. */
export function searchContext(conn: SearchConnection): SearchContext {
  return conn.get(CONTEXT);
}

/**
 * After a short quiet spell: drops what is cheap to make again (the names' table, the words'
 * analyses, SQLite's pages, read again from the OS cache), keeping the document cache, whose
 * rebuild reads every version (some 1.3 s per 100,000 stories).
 */
export function releaseSearchWords(conn: SearchConnection): void {
  conn.forget(CONTEXT);
  if (conn.db.open) conn.db.pragma('shrink_memory');
}

/** Under memory pressure, or after a long quiet spell: drops every cache search keeps for this connection. */
export function releaseSearchMemory(conn: SearchConnection): void {
  releaseSearchWords(conn);
  forgetSearchCache(conn);
}
