// Many files' writes share one SQLite transaction, committed every few hundred milliseconds:
// each commit costs a WAL write and a new full-text-index segment, so committing per file would
// spend most of an import committing. Every file (and every story of a JSON file) is still its
// own savepoint, so one that fails leaves no trace and the others land.
import type { Database } from 'better-sqlite3';
import { toApiError } from '../../../shared/errors';
import type { ImportReport } from './import-report';

export interface BatchLimits {
  /** Commit once the open transaction is this old… */
  maxMs: number;
  /** …or has this many units (files or stories) in it. */
  maxUnits: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxMs: 250, maxUnits: 1000 };

export class WriteBatches {
  /** A caller already in a transaction keeps control of it; we only add savepoints. */
  private readonly managed: boolean;
  private open = false;
  private startedAt = 0;
  private units = 0;
  private importedMark = 0;
  private importedCountMark = 0;

  constructor(
    private readonly db: Database,
    private readonly report: ImportReport,
    private readonly limits: BatchLimits = DEFAULT_BATCH_LIMITS,
  ) {
    this.managed = !db.inTransaction;
  }

  /** Before a unit's writes. */
  enter(): void {
    if (!this.managed || this.open) return;
    this.db.exec('BEGIN IMMEDIATE');
    this.open = true;
    this.startedAt = Date.now();
    this.units = 0;
    this.importedMark = this.report.imported.length;
    this.importedCountMark = this.report.counts.imported;
  }

  /** After a unit's writes: commits when the batch is old or large enough. */
  leave(): void {
    if (!this.open) return;
    this.units++;
    if (this.units >= this.limits.maxUnits || Date.now() - this.startedAt >= this.limits.maxMs) this.commit();
  }

  /** Commits what is open. Should the commit itself fail, what it held is reported as failed. */
  commit(): void {
    if (!this.open) return;
    this.open = false;
    try {
      this.db.exec('COMMIT');
    } catch (e) {
      try {
        this.db.exec('ROLLBACK');
      } catch {
        // Already rolled back by SQLite.
      }
      const error = toApiError(e);
      const lost = this.report.counts.imported - this.importedCountMark;
      this.report.counts.imported -= lost;
      this.report.counts.failed += lost;
      for (const entry of this.report.imported.splice(this.importedMark)) {
        if (this.report.failed.length < (this.report.listLimit ?? Infinity)) this.report.failed.push({ file: entry.file, error });
      }
    }
  }
}
