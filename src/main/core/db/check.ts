// The archive checks itself. On every open, a quick check bounded in time: SQLite's quick_check
// of the whole file while that is cheap; on a larger archive, quick_check of each small table and
// a probe of each large one — root-to-leaf paths spread evenly over its keys, and each row found
// looked up again through every index of its table. `diptych check` runs the full check:
// integrity_check, the search index's own integrity-check and foreign_key_check.
//
// Why not quick_check everywhere: on the synthetic archive of 100,000 stories (2.6 GB) it reads
// every page and checks every cell, 31 s on a 2-core machine (bench:check); no check that reads
// every page can be under a second at that size. What SQLite checks on loading a page (its
// header, cell pointers and free blocks; btreeInitPage) catches an overwritten page wherever a
// probe passes, and evenly spread probes pass every interior page, whose loss would hide all the
// rows below it. A damaged leaf between probes is found by `diptych check`, and by SQLite itself
// the moment anything reads it (reported as archiveDamaged; nothing more is written).
import type { Database } from 'better-sqlite3';

/** Up to this size the whole file is quick_checked on open (about 0.4 s at the 83 MB/s measured). */
export const FULL_QUICK_CHECK_BYTES = 32 * 1024 * 1024;

/** A table with up to this many rows (by its key range) is quick_checked whole, with its indexes. */
export const SMALL_TABLE_ROWS = 20_000;

/** Root-to-leaf paths read in each large table: spaced closer than its interior pages' key spans. */
export const PROBES_PER_TABLE = 2048;

export interface QuickCheckResult {
  ok: boolean;
  /** SQLite's own words for what is wrong (technical, untranslated). */
  problems: string[];
  /** Whether every page was read, or the large tables probed. */
  coverage: 'full' | 'sampled';
}

export type CheckName = 'integrity' | 'searchIndex' | 'foreignKeys';

export interface FullCheckResult {
  ok: boolean;
  problems: { check: CheckName; detail: string }[];
}

export interface QuickCheckLimits {
  fullBytes?: number;
  smallTableRows?: number;
}

export function quickCheck(db: Database, limits: QuickCheckLimits = {}): QuickCheckResult {
  const fullBytes = limits.fullBytes ?? FULL_QUICK_CHECK_BYTES;
  const smallTableRows = limits.smallTableRows ?? SMALL_TABLE_ROWS;
  try {
    if (archiveBytes(db) <= fullBytes) {
      return { ...problemsOf(pragmaRows(db, 'quick_check(20)')), coverage: 'full' };
    }
    const problems: string[] = [];
    for (const table of checkedTables(db)) {
      const key = tableKey(db, table);
      if (key && estimatedRows(db, table, key) > smallTableRows) problems.push(...probeTable(db, table, key));
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
  // FTS5 checks itself through an INSERT: not on a read-only connection (see checkingConnection),
  // where integrity_check above still walks its tables' pages.
  if (!db.readonly) for (const fts of ftsTables(db)) add('searchIndex', () => ftsIntegrity(db, fts));
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

/** The span of a table's integer key: its row count when the keys are dense, more when sparse. */
function estimatedRows(db: Database, table: string, key: string): number {
  // Two queries: SQLite answers a lone MIN() or MAX() from the tree's edge, both together by a scan.
  const lo = db.prepare(`SELECT MIN(${key}) FROM ${quoteName(table)}`).pluck().get();
  const hi = db.prepare(`SELECT MAX(${key}) FROM ${quoteName(table)}`).pluck().get();
  return typeof lo === 'number' && typeof hi === 'number' ? hi - lo + 1 : 0;
}

/**
 * Reads PROBES_PER_TABLE rows, their keys evenly spread, and looks each up again through every
 * index of the table by its own value there: each is a root-to-leaf path, and SQLite checks every
 * page it loads on the way. Where keys come in dense runs far apart (the search index's segments),
 * many probes land on the first key of one run: those are spent again inside that run.
 */
function probeTable(db: Database, table: string, key: string): string[] {
  const name = quoteName(table);
  const lookups = indexLookups(db, table);
  const probe = db.prepare(`SELECT ${key} AS "__key", * FROM ${name} WHERE ${key} >= ? ORDER BY ${key} LIMIT 1`);
  const landing = (target: number): number | null => {
    const row = probe.get(target) as Record<string, unknown> | undefined;
    if (!row) return null;
    for (const lookup of lookups) {
      const value = row[lookup.column];
      if (value !== null && value !== undefined) lookup.statement.get(value as number | string);
    }
    return Number(row.__key);
  };
  try {
    const lo = db.prepare(`SELECT MIN(${key}) FROM ${name}`).pluck().get() as number;
    const hi = db.prepare(`SELECT MAX(${key}) FROM ${name}`).pluck().get() as number;
    for (const [start, landed] of spread(landing, lo, hi, PROBES_PER_TABLE)) {
      if (landed > 2) spread(landing, start, start + runLength(landing, start), landed);
    }
    return [];
  } catch (e) {
    return [`${table}: ${(e as Error).message}`];
  }
}

/** Probes `count` keys evenly over [lo, hi]; returns each key landed on and how many probes did. */
function spread(landing: (target: number) => number | null, lo: number, hi: number, count: number): Map<number, number> {
  const landed = new Map<number, number>();
  const step = Math.max(1, (hi - lo) / count);
  for (let k = lo; k <= hi; k += step) {
    const key = landing(Math.floor(k));
    if (key !== null) landed.set(key, (landed.get(key) ?? 0) + 1);
  }
  return landed;
}

/** How far the dense run of keys from `start` goes, within a factor of two: while the key found at start + d is near it. */
function runLength(landing: (target: number) => number | null, start: number): number {
  let d = 1;
  for (; d < 2 ** 52; d *= 2) {
    const key = landing(start + d);
    if (key === null || key - (start + d) >= d) break;
  }
  return d;
}

/** For each index of `table` on a plain column: a lookup of a value through that index alone. */
function indexLookups(db: Database, table: string): { column: string; statement: ReturnType<Database['prepare']> }[] {
  const indexes = db.prepare('SELECT name FROM pragma_index_list(?)').pluck().all(table) as string[];
  return indexes.flatMap((index) => {
    const column = db.prepare('SELECT name FROM pragma_index_info(?) WHERE seqno = 0').pluck().get(index) as string | null;
    if (!column) return [];
    try {
      const statement = db
        .prepare(`SELECT 1 FROM ${quoteName(table)} INDEXED BY ${quoteName(index)} WHERE ${quoteName(column)} = ? LIMIT 1`)
        .pluck();
      return [{ column, statement }];
    } catch {
      return []; // an index SQLite cannot use for this lookup (a partial one it cannot prove applies)
    }
  });
}

/** The integer key a table's tree is ordered by: rowid, or a WITHOUT ROWID table's first key column. */
function tableKey(db: Database, table: string): string | null {
  const sql = (db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table) as string | null) ?? '';
  if (!/WITHOUT\s+ROWID\s*$/iu.test(sql)) return 'rowid';
  const first = db.prepare('SELECT name, type FROM pragma_table_info(?) WHERE pk = 1').get(table) as
    | { name: string; type: string }
    | undefined;
  return first && /INT/iu.test(first.type) ? quoteName(first.name) : null;
}

function quoteName(name: string): string {
  return `"${name.replace(/"/gu, '""')}"`;
}
