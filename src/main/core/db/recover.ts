// `diptych recover DAMAGED --out NEW`: every story that can still be read — versions, blocks,
// metadata, tags, links, alignments and the reader's repairs — into a new archive, with a report
// of what could not be read. DAMAGED is never written: it (and its write-ahead log) is copied
// first, and the copy is read. The new archive is built at DAMAGED's schema version, filled table
// by table (db/salvage.ts), mended where rows lost what they refer to, then migrated to the
// newest version, and its search index rebuilt from the text.
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DiptychError } from '../../../shared/errors';
import { rebuildSearchIndex } from '../search/index-maintenance';
import { contentHash } from '../stories/content-hash';
import { classifyOpened, readOpenedIdentity } from './identity';
import { latestSchemaVersion, migrate } from './migrate';
import { rescueLooseRows } from './recover-loose';
import { tableColumns, tableKey, type TableRecovery } from './recover-tables';
import { isCorruptionError, quote, salvageTable, type LostSpan, type Row } from './salvage';

export interface RecoverReport {
  /** The damaged archive's schema version (the new one is migrated to the newest). */
  fromVersion: number;
  stories: number;
  versions: number;
  blocks: number;
  tables: TableRecovery[];
  /** Stories whose own row was lost but whose versions survived: made anew under the same id. */
  storiesRemade: number[];
  /** Versions that lost some of their paragraphs (the rest kept, in order). */
  versionsPartial: { story: number; version: number; lang: string }[];
  /** Rows dropped because what they belong to could not be read (paragraphs of a lost version…). */
  orphansDropped: Record<string, number>;
  /** Stories with no readable version left. */
  storiesLost: number[];
}

/** Tables rebuilt from the text rather than copied: the search index and its queue. */
const DERIVED = /^search_/u;

export interface RecoverOptions {
  nativeBinding?: string;
  now?: Date;
}

export function recoverArchive(damaged: string, out: string, options: RecoverOptions = {}): RecoverReport {
  if (!existsSync(damaged)) throw new DiptychError('fileUnreadable', { file: damaged });
  if (existsSync(out) && statSync(out).size > 0) throw new DiptychError('outputExists', { file: out });
  const work = mkdtempSync(join(dirname(out), `.${basename(out)}.recover-`));
  try {
    const source = openCopy(damaged, work, options);
    try {
      return salvageInto(source, out, damaged, options);
    } finally {
      source.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Copies DAMAGED and its log into `work` and opens the copy: nothing touches the original. */
function openCopy(damaged: string, work: string, options: RecoverOptions): Database {
  const copy = join(work, 'damaged.db');
  copyFileSync(damaged, copy);
  if (existsSync(`${damaged}-wal`)) copyFileSync(`${damaged}-wal`, `${copy}-wal`);
  let db: Database;
  try {
    db = new BetterSqlite3(copy, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (e) {
    throw new DiptychError('notADatabase', { file: damaged }, (e as Error).message);
  }
  try {
    // The log's pages into the copy's file, so that reading its pages directly reads the newest.
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // A log that cannot be folded in: its pages are still read through SQLite.
  }
  return db;
}

function salvageInto(source: Database, out: string, damaged: string, options: RecoverOptions): RecoverReport {
  let identity;
  try {
    identity = readOpenedIdentity(source);
  } catch (e) {
    if (!isCorruptionError(e)) throw e;
    throw new DiptychError('nothingRecoverable', { file: damaged }, (e as Error).message);
  }
  const kind = classifyOpened(identity);
  if (kind.kind !== 'archive') throw new DiptychError('notAnArchive', { file: damaged });
  if (kind.schemaVersion > latestSchemaVersion()) {
    throw new DiptychError('databaseTooNew', { found: kind.schemaVersion, supported: latestSchemaVersion() });
  }
  rmSync(out, { force: true });
  const target = new BetterSqlite3(out, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    target.pragma('journal_mode = WAL');
    migrate(target, undefined, kind.schemaVersion);
    target.pragma('foreign_keys = OFF');
    const report = emptyReport(kind.schemaVersion);
    target.transaction(() => {
      for (const table of copiedTables(target)) report.tables.push(copyTable(source, target, table));
      rescueLooseRows(source, target, report);
      mend(target, report, options.now ?? new Date());
    })();
    migrate(target);
    rebuildSearchIndex(target);
    target.pragma('foreign_keys = ON');
    countWhatCameThrough(target, report);
    return report;
  } catch (e) {
    target.close();
    rmSync(out, { force: true });
    rmSync(`${out}-wal`, { force: true });
    rmSync(`${out}-shm`, { force: true });
    throw e;
  } finally {
    if (target.open) {
      target.pragma('wal_checkpoint(TRUNCATE)');
      target.close();
    }
  }
}

function emptyReport(fromVersion: number): RecoverReport {
  return {
    fromVersion,
    stories: 0,
    versions: 0,
    blocks: 0,
    tables: [],
    storiesRemade: [],
    versionsPartial: [],
    orphansDropped: {},
    storiesLost: [],
  };
}

/** The new archive's own tables that hold what the reader made (not derived ones), parents first. */
function copiedTables(target: Database): string[] {
  return (
    target
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0 AND name NOT LIKE 'sqlite_%' ORDER BY rootpage")
      .pluck()
      .all() as string[]
  ).filter((name) => !DERIVED.test(name));
}

function copyTable(source: Database, target: Database, table: string): TableRecovery {
  const result = { table, copied: 0, lost: [] as LostSpan[], refused: 0, rescued: 0 };
  const sourceColumns = tableColumns(source, table);
  if (sourceColumns.length === 0) {
    result.lost.push({ from: null, to: null });
    return result;
  }
  const targetColumns = tableColumns(target, table).map((c) => c.name);
  const columns = sourceColumns.map((c) => c.name).filter((c) => targetColumns.includes(c));
  const key = tableKey(source, table, sourceColumns);
  clearSeedRows(target, table);
  const insert = target.prepare(
    `INSERT OR IGNORE INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  try {
    result.lost = salvageTable(source, table, columns, key, (rows: Row[]) => {
      for (const row of rows) {
        if (insert.run(...columns.map((c) => row[c])).changes === 1) result.copied++;
        else result.refused++;
      }
    });
  } catch (e) {
    if (!isCorruptionError(e)) throw e;
    result.lost.push({ from: null, to: null });
  }
  return result;
}

/**
 * The migrations that built the new archive seed some tables with what an archive made before
 * them stands for (derived_data: the first versions of the index and aligner). The damaged
 * archive's own rows replace them: kept, they would take its keys and its rows be refused.
 */
function clearSeedRows(target: Database, table: string): void {
  target.prepare(`DELETE FROM ${quote(table)}`).run();
}

/**
 * Makes the copy whole again: a story whose row was lost but whose versions survived gets a row
 * (same id); versions missing paragraphs keep the rest, renumbered, and lose their alignments
 * (recomputed when read: their positions changed); whatever refers to a lost row is dropped.
 */
function mend(db: Database, report: RecoverReport, now: Date): void {
  const stamp = now.toISOString();
  const orphanStories = db
    .prepare('SELECT DISTINCT story_id FROM versions WHERE story_id NOT IN (SELECT id FROM stories) ORDER BY story_id')
    .pluck()
    .all() as number[];
  const makeStory = db.prepare('INSERT INTO stories (id, group_key, created_at, updated_at) VALUES (?, NULL, ?, ?)');
  for (const id of orphanStories) makeStory.run(id, stamp, stamp);
  report.storiesRemade = orphanStories;
  dropOrphans(db, report);
  renumberPartialVersions(db, report);
  report.storiesLost = db
    .prepare('SELECT id FROM stories WHERE id NOT IN (SELECT story_id FROM versions) ORDER BY id')
    .pluck()
    .all() as number[];
  if (report.storiesLost.length > 0) {
    db.prepare('DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM versions)').run();
    dropOrphans(db, report);
  }
}

/** Deletes rows whose foreign key names a missing row, until none is left (drops cascade). */
function dropOrphans(db: Database, report: RecoverReport): void {
  const links = copiedTables(db).flatMap((table) =>
    (db.prepare('SELECT "table" AS parent, "from", "to" FROM pragma_foreign_key_list(?)').all(table) as {
      parent: string;
      from: string;
      to: string | null;
    }[]).map((fk) => ({ table, ...fk })),
  );
  for (let changed = true; changed; ) {
    changed = false;
    for (const fk of links) {
      const to = fk.to ? quote(fk.to) : 'rowid';
      const dropped = db
        .prepare(
          `DELETE FROM ${quote(fk.table)} WHERE ${quote(fk.from)} IS NOT NULL AND ${quote(fk.from)} NOT IN (SELECT ${to} FROM ${quote(fk.parent)})`,
        )
        .run().changes;
      if (dropped > 0) {
        report.orphansDropped[fk.table] = (report.orphansDropped[fk.table] ?? 0) + dropped;
        changed = true;
      }
    }
  }
}

/** Versions whose block positions have gaps lost paragraphs: close the gaps, refresh their hash. */
function renumberPartialVersions(db: Database, report: RecoverReport): void {
  const partial = db
    .prepare(
      `SELECT v.id AS version, v.story_id AS story, v.lang AS lang FROM versions v
       JOIN blocks b ON b.version_id = v.id GROUP BY v.id HAVING MAX(b.position) + 1 <> COUNT(*) OR MIN(b.position) <> 0`,
    )
    .all() as RecoverReport['versionsPartial'];
  const empty = db
    .prepare('SELECT id AS version, story_id AS story, lang FROM versions WHERE id NOT IN (SELECT version_id FROM blocks)')
    .all() as RecoverReport['versionsPartial'];
  const blocksOf = db.prepare('SELECT id, kind, text FROM blocks WHERE version_id = ? ORDER BY position');
  const move = db.prepare('UPDATE blocks SET position = ? WHERE id = ?');
  const rehash = db.prepare('UPDATE OR IGNORE versions SET content_hash = ? WHERE id = ?');
  const unalign = hasTable(db, 'alignments') ? db.prepare('DELETE FROM alignments WHERE version_a = ? OR version_b = ?') : null;
  for (const v of partial) {
    const blocks = blocksOf.all(v.version) as { id: number; kind: string; text: string }[];
    // Two passes: positions are unique per version, so move them out of the way first.
    blocks.forEach((b, i) => move.run(-1 - i, b.id));
    blocks.forEach((b, i) => move.run(i, b.id));
    rehash.run(contentHash(blocks as Parameters<typeof contentHash>[0]), v.version);
    unalign?.run(v.version, v.version);
  }
  // A version with no paragraph left keeps its headline and details; the report names it.
  report.versionsPartial = [...partial, ...empty].sort((a, b) => a.story - b.story || a.version - b.version);
  if (partial.length > 0) dropOrphans(db, report);
}

function hasTable(db: Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function countWhatCameThrough(db: Database, report: RecoverReport): void {
  const count = (table: string): number => (db.prepare(`SELECT COUNT(*) AS n FROM ${quote(table)}`).get() as { n: number }).n;
  report.stories = count('stories');
  report.versions = count('versions');
  report.blocks = count('blocks');
}
