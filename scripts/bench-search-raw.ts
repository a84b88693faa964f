// The raw FTS5 baselines bench:search compares Diptych with, on the same index and the same MATCH
// expressions: a bm25 top-50 alone, and the same top-50 with snippet(), which is what the search
// issue's target is stated against. The archive's index is contentless (its text stays in
// `blocks`), so snippet() cannot run on it: its shadow tables are copied byte for byte into an
// external-content table in a side file, beside the documents (the analysed words the index was
// built from) of the stories each query returns, which is all snippet() reads when FTS5 itself
// ranks and limits. The copy is checked to return the same stories as the index does.
import { rmSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { langCodeOfDoc, storyOfDoc } from '../src/main/core/search/doc-key';
import { indexDocument } from '../src/main/core/search/index-document';
import { WordAnalyzer } from '../src/main/core/search/analyze';
import { BM25_WEIGHTS } from '../src/main/core/search/headline-rank';

const COLUMNS = 'head, head_x, lead, lead_x, body, body_x, agency, place';
const TOP = 50;
/** snippet()'s arguments: any column, marks, ellipsis, and about a line of words. */
const SNIPPET = "snippet(raw_fts, -1, '[', ']', '…', 16)";

/** Per MATCH expression (null: none to time), the samples of each baseline, in milliseconds. */
export interface RawSamples {
  top50: number[][];
  top50WithSnippet: number[][];
}

export function benchRaw(db: Database, archiveFile: string, matches: readonly (string | null)[], runs: number): RawSamples {
  const top = db.prepare(`SELECT rowid, bm25(search_fts, ${BM25_WEIGHTS.join(', ')}) AS score FROM search_fts WHERE search_fts MATCH ? ORDER BY score LIMIT ${TOP}`);
  const tiedAt = db.prepare(`SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND bm25(search_fts, ${BM25_WEIGHTS.join(', ')}) = ? LIMIT ${TOP}`).pluck();
  const sideFile = `${archiveFile}.raw-snippet.db`;
  const side = copyIndexBeside(archiveFile, sideFile);
  try {
    const expected = matches.map((m) => (m === null ? [] : (top.all(m) as Ranked[])));
    // And the stories tied with the last, which the copy may return in their place.
    const tied = matches.map((m, i) => (m === null ? [] : (tiedAt.all(m, expected[i]!.at(-1)?.score ?? 0) as number[])));
    storeDocuments(side, db, [...new Set([...expected.flat().map((r) => r.rowid), ...tied.flat()])]);
    const withSnippet = side.prepare(
      `SELECT rowid, rank AS score, ${SNIPPET} AS snippet FROM raw_fts WHERE raw_fts MATCH ? AND rank MATCH 'bm25(${BM25_WEIGHTS.join(', ')})' ORDER BY rank LIMIT ${TOP}`,
    );
    matches.forEach((m, i) => {
      if (m !== null) checkSameRanking(withSnippet.all(m) as (Ranked & { snippet: string })[], expected[i]!, m);
    });
    return { top50: timeEach(matches, runs, (m) => top.raw().all(m)), top50WithSnippet: timeEach(matches, runs, (m) => withSnippet.raw().all(m)) };
  } finally {
    side.close();
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(sideFile + suffix, { force: true });
  }
}

function timeEach(matches: readonly (string | null)[], runs: number, run: (match: string) => unknown): number[][] {
  const samples = matches.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    matches.forEach((match, i) => {
      if (match === null) return;
      const start = performance.now();
      run(match);
      samples[i]!.push(performance.now() - start);
    });
  }
  return samples;
}

/** An external-content FTS5 table holding a byte copy of the archive's index, and no documents yet. */
function copyIndexBeside(archiveFile: string, sideFile: string): Database {
  rmSync(sideFile, { force: true });
  const side = new BetterSqlite3(sideFile);
  // Shadow tables are written only with SQLite's defensive mode off, which better-sqlite3 calls unsafe.
  side.unsafeMode(true);
  side.pragma('journal_mode = OFF');
  side.exec(`
    ATTACH ${quote(archiveFile)} AS archive;
    CREATE TABLE raw_docs (id INTEGER PRIMARY KEY, ${COLUMNS});
    CREATE VIRTUAL TABLE raw_fts USING fts5(${COLUMNS}, tokenize = 'unicode61 remove_diacritics 0', content = 'raw_docs', content_rowid = 'id');
    BEGIN;
    DELETE FROM raw_fts_data; INSERT INTO raw_fts_data SELECT * FROM archive.search_fts_data;
    DELETE FROM raw_fts_idx; INSERT INTO raw_fts_idx SELECT * FROM archive.search_fts_idx;
    DELETE FROM raw_fts_docsize; INSERT INTO raw_fts_docsize (id, sz) SELECT id, sz FROM archive.search_fts_docsize;
    COMMIT;
    DETACH archive;
  `);
  side.unsafeMode(false);
  return side;
}

const quote = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** The index documents of the given rows, built as the index built them. */
function storeDocuments(side: Database, db: Database, rowids: readonly number[]): void {
  const langOf = new Map((db.prepare('SELECT code, lang FROM search_langs').all() as { code: number; lang: string }[]).map((r) => [r.code, r.lang]));
  const version = db.prepare('SELECT id, lang, agency, place FROM versions WHERE story_id = ? AND lower(lang) = ?');
  const blocks = db.prepare('SELECT kind, text FROM blocks WHERE version_id = ? ORDER BY position');
  const insert = side.prepare(`INSERT INTO raw_docs (id, ${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const analyzer = new WordAnalyzer();
  side.transaction(() => {
    for (const rowid of rowids) {
      const v = version.get(storyOfDoc(rowid), langOf.get(langCodeOfDoc(rowid))) as { id: number; lang: string; agency: string | null; place: string | null };
      const d = indexDocument(blocks.all(v.id) as { kind: string; text: string }[], v, analyzer.forLanguage(v.lang));
      insert.run(rowid, d.head, d.head_x, d.lead, d.lead_x, d.body, d.body_x, d.agency, d.place);
    }
  })();
}

interface Ranked {
  rowid: number;
  score: number;
}

/**
 * The copy must rank as the index does, each row with a snippet, or its timings mean nothing: the
 * same scores, and the same stories above the last score (stories tied at it may be others).
 */
function checkSameRanking(rows: readonly (Ranked & { snippet: string })[], expected: readonly Ranked[], match: string): void {
  const scores = (rs: readonly Ranked[]): string => rs.map((r) => r.score.toPrecision(12)).join(' ');
  const last = expected.at(-1)?.score ?? 0;
  const above = (rs: readonly Ranked[]): string => rs.filter((r) => r.score < last).map((r) => r.rowid).sort((a, b) => a - b).join(' ');
  if (scores(rows) !== scores(expected) || above(rows) !== above(expected)) throw new Error(`the index copy ranks otherwise for ${match}`);
  if (rows.some((r) => !r.snippet.includes('['))) throw new Error(`snippet() found no match in a document for ${match}`);
}
