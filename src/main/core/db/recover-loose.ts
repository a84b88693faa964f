// Recovery's second pass: rows of a table's lost spans found on pages its tree no longer reaches.
import type { Database } from 'better-sqlite3';
import { looseRows, type LooseRow } from './loose-pages';
import { tableColumns, tableKey, type ColumnInfo, type TableRecovery } from './recover-tables';
import { quote, type LostSpan } from './salvage';

/**
 * Rows that lie in a table's lost spans but on leaf pages its tree no longer leads to (below a
 * damaged interior page): found by reading the copy page by page (db/loose-pages.ts). A page is
 * taken for a table only when every row on it has that table's shape — its number of columns,
 * the integer primary key left to the rowid, each value of its column's type — and no other
 * table's with lost spans.
 */
export function rescueLooseRows(source: Database, target: Database, report: { tables: TableRecovery[] }): void {
  const wanting = report.tables
    .filter((t) => t.lost.some((span) => typeof span.from !== 'string'))
    .map((t) => ({ result: t, columns: tableColumns(source, t.table) }))
    .filter((t) => t.columns.length > 0 && tableKey(source, t.result.table, t.columns).column === 'rowid');
  if (wanting.length === 0) return;
  const byPage = new Map<number, LooseRow[]>();
  for (const row of looseRows(source.name)) {
    const rows = byPage.get(row.page) ?? [];
    rows.push(row);
    byPage.set(row.page, rows);
  }
  for (const rows of byPage.values()) {
    const owners = wanting.filter((t) => rows.every((r) => fitsTable(r, t.columns)));
    if (owners.length !== 1) continue;
    const owner = owners[0]!;
    const columns = owner.columns.map((c) => c.name);
    const insert = target.prepare(
      `INSERT OR IGNORE INTO ${quote(owner.result.table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    for (const row of rows) {
      if (!inLostSpan(row.rowid, owner.result.lost)) continue;
      const values = owner.columns.map((c, i) => (isRowidAlias(c) ? row.rowid : toSqlValue(row.values[i])));
      if (insert.run(...values).changes === 1) owner.result.rescued++;
    }
  }
}

const isRowidAlias = (c: ColumnInfo): boolean => c.pk === 1 && c.type.toUpperCase() === 'INTEGER';

function fitsTable(row: LooseRow, columns: readonly ColumnInfo[]): boolean {
  if (row.values.length !== columns.length) return false;
  return columns.every((c, i) => {
    const v = row.values[i];
    if (isRowidAlias(c)) return v === null;
    if (v === null) return true;
    const type = c.type.toUpperCase();
    if (type.includes('INT')) return typeof v === 'number' || typeof v === 'bigint';
    if (type.includes('TEXT') || type.includes('CHAR')) return typeof v === 'string';
    if (type.includes('REAL') || type.includes('FLOA') || type.includes('DOUB')) return typeof v === 'number';
    return true;
  });
}

function inLostSpan(rowid: number, spans: readonly LostSpan[]): boolean {
  return spans.some((s) => typeof s.from !== 'string' && rowid >= (s.from ?? -Infinity) && rowid <= (typeof s.to === 'number' ? s.to : Infinity));
}

function toSqlValue(v: LooseRow['values'][number] | undefined): number | bigint | string | Buffer | null {
  if (v === undefined) return null;
  return v instanceof Uint8Array ? Buffer.from(v) : v;
}
