// A prefix word (parlia*) read as the index's own words that start with it. FTS5 reads a prefix by
// merging the whole doclist of every such word before it returns a row (200 ms on a million
// stories, whatever the LIMIT), and bm25() does it again per phrase; the same words written as an
// OR of terms are read lazily, newest first, like any other word, and the headline tier can score
// them (headline-rank.ts). The words come from an fts5vocab table over the index, which walks each
// listed word's doclist to count it: that is the listing's cost, bounded by PREFIX_TERMS_MAX.
import type { Database, Statement } from 'better-sqlite3';
import { slot, type SearchConnection } from './search-connection';

/** Past this many words a prefix is left to FTS5's own prefix query. */
export const PREFIX_TERMS_MAX = 64;
/** Above every character a term can hold, so `prefix + TOP` bounds the terms that start with it. */
const TOP = '\u{10FFFF}';

/** The index's words starting with a prefix, for one connection. */
export type PrefixTerms = (prefix: string) => string[] | null;

/** Per connection: the listing statement, or null where the vocabulary table cannot be made. */
const LISTING = slot(function listingFor(db: Database): Statement | null {
  try {
    // In the connection's temp schema: the archive file is not written, even on a read-only connection.
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, 'search_fts', 'row')");
    return db.prepare(`SELECT term FROM temp.search_terms WHERE term >= ? AND term < ? LIMIT ${PREFIX_TERMS_MAX + 1}`).pluck();
  } catch {
    // A connection that may not create even temporary tables: FTS5's prefix query still answers.
    return null;
  }
});

/**
 * The words of the index that start with `prefix`, or null when FTS5's prefix query should read it:
 * more than PREFIX_TERMS_MAX words, none (FTS5 then merges nothing), or a prefix that is not one token.
 */
export function prefixTerms(conn: SearchConnection): PrefixTerms {
  return (prefix) => {
    const listing = /^[\p{L}\p{N}\p{M}]+$/u.test(prefix) ? conn.get(LISTING) : null;
    if (!listing) return null;
    const terms = listing.all(prefix, prefix + TOP) as string[];
    return terms.length === 0 || terms.length > PREFIX_TERMS_MAX ? null : terms;
  };
}
