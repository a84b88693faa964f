// Reading what can still be read from a damaged table, in key order: large batches while the
// pages read cleanly, one row at a time near damage, and past a damaged page by probing ever
// further keys until one reads again. better-sqlite3 has no sqlite3_recover; this is the part of
// it Diptych needs, through plain SELECTs.
import type { Database } from 'better-sqlite3';

export type Row = Record<string, unknown>;

export interface TableKey {
  /** The column the table's tree is ordered by (`rowid` for a rowid table). */
  column: string;
  /** Integer keys can be stepped over; text keys (a small settings table) cannot. */
  integer: boolean;
  /** False for the first column of a composite key: several rows share one value. */
  unique: boolean;
}

/** A span of keys whose rows could not be read (inclusive; for a text key, from `from` to the end). */
export interface LostSpan {
  from: number | string | null;
  to: number | string | null;
}

const BATCH = 500;
/** The largest key a probe reaches for: beyond every rowid and id Diptych writes. */
const MAX_KEY = Number.MAX_SAFE_INTEGER;

export function isCorruptionError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || code === 'SQLITE_IOERR_SHORT_READ');
}

/**
 * Reads every readable row of `table` in key order, handing each batch to `take`; returns the key
 * spans that could not be read.
 */
export function salvageTable(db: Database, table: string, columns: readonly string[], key: TableKey, take: (rows: Row[]) => void): LostSpan[] {
  const name = quote(table);
  const k = key.column === 'rowid' ? 'rowid' : quote(key.column);
  const select = `SELECT ${k} AS "__key", ${columns.map(quote).join(', ')} FROM ${name}`;
  // Integer keys are read from a key on (>=: a seek to the next key to read, which after a skip
  // lands past the damaged page; > would seek into it again); text keys from after the last read.
  const next = db.prepare(`${select} WHERE ${k} ${key.integer ? '>=' : '>'} ? ORDER BY ${k} LIMIT ?`);
  const first = db.prepare(`${select} ORDER BY ${k} LIMIT ?`);
  const equal = db.prepare(`${select} WHERE ${k} = ?`);
  const lost: LostSpan[] = [];
  // Diptych's integer keys (rowids, ids) start at 1.
  let cursor: number | string | null = key.integer ? 1 : null;
  let batch = BATCH;
  for (;;) {
    let rows: Row[];
    try {
      rows = (cursor === null ? first.all(batch) : next.all(cursor, batch)) as Row[];
      if (!key.unique && rows.length === batch) rows = wholeGroups(rows, equal);
    } catch (e) {
      if (!isCorruptionError(e)) throw e;
      if (batch > 1) {
        batch = 1; // somewhere in this batch: go row by row up to the damage
        continue;
      }
      const resume: number | null = key.integer ? nextReadableKey(next, Number(cursor)) : null;
      lost.push({ from: cursor, to: resume === null ? null : resume - 1 });
      if (resume === null) return lost;
      cursor = resume;
      continue;
    }
    if (rows.length === 0) return lost;
    take(rows.map(stripKey));
    const last = rows[rows.length - 1]!.__key as number | string;
    cursor = key.integer ? Number(last) + 1 : last;
    batch = BATCH;
  }
}

/** Ends a batch at a whole group of equal leading keys: the last group is read again whole. */
function wholeGroups(rows: Row[], equal: { all(key: unknown): unknown[] }): Row[] {
  const last = rows[rows.length - 1]!.__key;
  const before = rows.filter((r) => r.__key !== last);
  return [...before, ...(equal.all(last) as Row[])];
}

/**
 * The smallest key ≥ `start` whose seek reads cleanly, found by doubling the step until a probe
 * lands past the damage and then halving back towards it; null when nothing after reads.
 */
function nextReadableKey(next: { get(key: number, limit: number): unknown }, start: number): number | null {
  const readsAt = (key: number): number | null | 'damaged' => {
    try {
      const found = next.get(key, 1) as Row | undefined;
      return found === undefined ? null : Number(found.__key);
    } catch (e) {
      if (!isCorruptionError(e)) throw e;
      return 'damaged';
    }
  };
  let bad = start;
  let step = 1;
  let good: number | null | 'damaged' = 'damaged';
  let probe = start;
  while (probe < MAX_KEY) {
    probe = Math.min(MAX_KEY, start + step);
    good = readsAt(probe);
    if (good !== 'damaged') break;
    bad = probe;
    step *= 2;
  }
  return good === 'damaged' ? null : narrow(readsAt, bad, probe);
}

/** Between a damaged probe `bad` and a clean one `good`, the first key that reads cleanly. */
function narrow(readsAt: (key: number) => number | null | 'damaged', bad: number, good: number): number | null {
  let lo = bad;
  let hi = good;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (readsAt(mid) === 'damaged') lo = mid;
    else hi = mid;
  }
  return readsAt(hi) === 'damaged' ? null : hi;
}

function stripKey(row: Row): Row {
  const { __key: _key, ...rest } = row;
  return rest;
}

export function quote(name: string): string {
  return `"${name.replace(/"/gu, '""')}"`;
}
