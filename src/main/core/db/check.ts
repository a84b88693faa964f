// The archive checks itself. On every open, a quick check bounded in time: SQLite's quick_check
// of the whole file while that is cheap, and on a large archive quick_check of every table but the
// bulk ones, whose trees are probed instead. `diptych check` runs the full check: integrity_check,
// the search index's own integrity-check and foreign_key_check.
import type { Database } from 'better-sqlite3';

/** Up to this size a full quick_check runs on open (measured near 1 GB/s: well under a second). */
export const FULL_QUICK_CHECK_BYTES = 256 * 1024 * 1024;

/**
 * The tables holding most of a large archive: the text, the search index's segments, paragraph
 * pairings. Above FULL_QUICK_CHECK_BYTES the quick check walks a sample of root-to-leaf paths in
 * each of them and of its indexes, rather than every page.
 */
export const BULK_TABLES: readonly string[] = ['blocks', 'search_fts_data', 'alignment_groups'];

/** Root-to-leaf paths read in each bulk tree: enough to reach most of its interior pages. */
export const PROBES_PER_TREE = 2048;

export interface QuickCheckResult {
  ok: boolean;
  /** SQLite's own words for what is wrong (technical, untranslated). */
  problems: string[];
  /** Whether every page was read, or the bulk trees sampled. */
  coverage: 'full' | 'sampled';
}

export type CheckName = 'integrity' | 'searchIndex' | 'foreignKeys';

export interface FullCheckResult {
  ok: boolean;
  problems: { check: CheckName; detail: string }[];
}

export function quickCheck(db: Database, fullBytes = FULL_QUICK_CHECK_BYTES): QuickCheckResult {
  try {
    if (archiveBytes(db) <= fullBytes) {
      return { ...problemsOf(pragmaRows(db, 'quick_check(20)')), coverage: 'full' };
    }
    const problems: string[] = [];
    for (const table of checkedTables(db)) {
      if (BULK_TABLES.includes(table)) problems.push(...probeTree(db, table));
      else problems.push(...problemsOf(pragmaRows(db, `quick_check(${quoteName(table)})`)).problems);
      if (problems.length >= 20) break;
    }
    return { ok: problems.length === 0, problems, coverage: 'sampled' };
  } catch (e) {
    // SQLite could not even walk the schema: that is the answer.
    return { ok: false, problems: [(e as Error).message], coverage: 'full' };
  }
}

/** Every check SQLite has, over every page: slow on a large archive, so only on request. */
export function fullCheck(db: Database): FullCheckResult {
  const problems: FullCheckResult['problems'] = [];
  const add = (check: CheckName, run: () => string[]): void => {
    try {
      for (const detail of run()) problems.push({ check, detail });
    } catch (e) {
      problems.push({ check, detail: (e as Error).message });
    }
  };
  add('integrity', () => problemsOf(pragmaRows(db, 'integrity_check(200)')).problems);
  for (const fts of ftsTables(db)) add('searchIndex', () => ftsIntegrity(db, fts));
  add('foreignKeys', () =>
    (db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[]).map(
      (r) => `${r.table} row ${r.rowid ?? '?'} refers to a missing row of ${r.parent}`,
    ),
  );
  return { ok: problems.length === 0, problems };
}

function archiveBytes(db: Database): number {
  return (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
}

/**
 * A check pragma's rows. SQLite may stop part way with "database disk image is malformed" after
 * reporting what it found: keep those rows, and the stop as one more problem.
 */
function pragmaRows(db: Database, pragma: string): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  try {
    for (const row of db.prepare(`PRAGMA ${pragma}`).iterate()) rows.push(row as Record<string, string>);
  } catch (e) {
    rows.push({ error: (e as Error).message });
  }
  return rows;
}

/** SQLite's answer rows as one problem a line (it packs several into one row, under a heading). */
function problemsOf(rows: unknown): { ok: boolean; problems: string[] } {
  const lines = (rows as Record<string, string>[]).flatMap((r) => (Object.values(r)[0] ?? '').split('\n'));
  const problems = lines.filter((l) => l !== 'ok' && l.trim() !== '' && !/^\*\*\* in database \w+ \*\*\*$/u.test(l));
  return { ok: problems.length === 0, problems };
}

/** Tables with a b-tree of their own (virtual tables have none; their shadow tables do). */
function checkedTables(db: Database): string[] {
  return db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0 ORDER BY rootpage")
    .pluck()
    .all() as string[];
}

function ftsTables(db: Database): string[] {
  return db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'")
    .pluck()
    .all() as string[];
}

/** FTS5's own check of its index; run in a savepoint rolled back, so nothing can be written. */
function ftsIntegrity(db: Database, table: string): string[] {
  const name = quoteName(table);
  db.exec('SAVEPOINT diptych_fts_check');
  try {
    db.prepare(`INSERT INTO ${name} (${name}, rank) VALUES ('integrity-check', 0)`).run();
    return [];
  } catch (e) {
    return [`${table}: ${(e as Error).message}`];
  } finally {
    db.exec('ROLLBACK TO diptych_fts_check; RELEASE diptych_fts_check');
  }
}

/**
 * Reads PROBES_PER_TREE root-to-leaf paths, evenly spread over the keys, in the table's own tree
 * and in each of its indexes: SQLite checks each page's layout as it loads it, so a damaged
 * interior page (which hides everything below it) and damaged leaves on the paths are found.
 */
function probeTree(db: Database, table: string): string[] {
  const name = quoteName(table);
  const key = integerKey(db, table);
  if (!key) return problemsOf(pragmaRows(db, `quick_check(${name})`)).problems;
  const trees: { key: string; indexedBy: string }[] = [{ key, indexedBy: '' }];
  for (const index of db.prepare('SELECT name FROM pragma_index_list(?)').pluck().all(table) as string[]) {
    const first = db.prepare('SELECT name FROM pragma_index_info(?) WHERE seqno = 0').pluck().get(index) as string | null;
    if (first) trees.push({ key: quoteName(first), indexedBy: `INDEXED BY ${quoteName(index)}` });
  }
  const problems: string[] = [];
  for (const tree of trees) {
    try {
      const range = db.prepare(`SELECT MIN(${tree.key}) AS lo, MAX(${tree.key}) AS hi FROM ${name} ${tree.indexedBy}`).get() as {
        lo: unknown;
        hi: unknown;
      };
      if (typeof range.lo !== 'number' || typeof range.hi !== 'number') continue;
      const probe = db.prepare(`SELECT * FROM ${name} ${tree.indexedBy} WHERE ${tree.key} >= ? ORDER BY ${tree.key} LIMIT 1`);
      const step = Math.max(1, (range.hi - range.lo) / PROBES_PER_TREE);
      for (let k = range.lo; k <= range.hi; k += step) probe.get(Math.floor(k));
    } catch (e) {
      problems.push(`${table}${tree.indexedBy ? ` (${tree.indexedBy})` : ''}: ${(e as Error).message}`);
    }
  }
  return problems;
}

/** The integer key a table's main tree is ordered by: its rowid, or a WITHOUT ROWID table's first key column. */
function integerKey(db: Database, table: string): string | null {
  const withoutRowid = /WITHOUT\s+ROWID\s*$/iu.test(
    (db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table) as string | null) ?? '',
  );
  if (!withoutRowid) return 'rowid';
  const first = db.prepare('SELECT name, type FROM pragma_table_info(?) WHERE pk = 1').get(table) as
    | { name: string; type: string }
    | undefined;
  return first && /INT/iu.test(first.type) ? quoteName(first.name) : null;
}

function quoteName(name: string): string {
  return `"${name.replace(/"/gu, '""')}"`;
}
