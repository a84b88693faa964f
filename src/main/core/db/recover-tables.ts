// What recovery needs to know of a table: its columns, and the key its tree is ordered by.
import type { Database } from 'better-sqlite3';
import { isCorruptionError, type LostSpan, type TableKey } from './salvage';

/**
 * How one table came through: rows copied, the key spans its tree could not be read in, rows
 * refused as garbled, and rows of those spans found on their pages all the same (cut off below a
 * damaged page).
 */
export interface TableRecovery {
  table: string;
  copied: number;
  lost: LostSpan[];
  refused: number;
  rescued: number;
}

export interface ColumnInfo {
  name: string;
  type: string;
  pk: number;
}

export function tableColumns(db: Database, table: string): ColumnInfo[] {
  try {
    return db.prepare('SELECT name, type, pk FROM pragma_table_info(?)').all(table) as ColumnInfo[];
  } catch (e) {
    if (isCorruptionError(e)) return [];
    throw e;
  }
}

/** How a table's tree is ordered: by rowid, or (WITHOUT ROWID) by its first key column. */
export function tableKey(db: Database, table: string, columns: readonly ColumnInfo[]): TableKey {
  const sql = (db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table) as string | null) ?? '';
  if (!/WITHOUT\s+ROWID\s*$/iu.test(sql)) return { column: 'rowid', integer: true, unique: true };
  const keyColumns = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  const first = keyColumns[0]!;
  return { column: first.name, integer: /INT/iu.test(first.type), unique: keyColumns.length === 1 };
}
