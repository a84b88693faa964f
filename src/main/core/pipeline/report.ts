// What an import tells its caller: what landed, what was already there, what failed and why.
import type { ApiError } from '../../../shared/errors';

export interface ImportReport {
  imported: { file: string; story: number; version: number; lang: string }[];
  /** Already in the archive: the same content, or the same URL in the same language. */
  duplicates: { file: string; story: number; lang: string; by?: 'content' | 'url' }[];
  failed: { file: string; error: ApiError }[];
  /** True when the import was cancelled; what landed before that stays. */
  cancelled?: boolean;
  /**
   * Complete counts: the lists stop at `listLimit` entries, so 100,000 files keep memory flat.
   * `stories` are the distinct stories versions went to or were found in (a file may hold many
   * stories, a story take versions from many files).
   */
  counts: { imported: number; duplicates: number; failed: number; stories: number };
  listLimit?: number;
}

type ReportList = 'imported' | 'duplicates' | 'failed';

export function emptyReport(listLimit?: number): ImportReport {
  return {
    imported: [],
    duplicates: [],
    failed: [],
    counts: { imported: 0, duplicates: 0, failed: 0, stories: 0 },
    ...(listLimit !== undefined ? { listLimit } : {}),
  };
}

/** Counts an entry, and keeps it while its list is under the report's limit. */
export function addToReport<K extends ReportList>(report: ImportReport, list: K, entry: ImportReport[K][number]): void {
  report.counts[list]++;
  const entries = report[list] as ImportReport[K][number][];
  if (entries.length < (report.listLimit ?? Infinity)) entries.push(entry);
}

export interface ImportProgress {
  /** Files handled, of `total` (a folder's files are counted once it has been walked). */
  done: number;
  total: number;
  file: string;
  /** Bytes read, of `bytesTotal`: a finer measure than files for time left (big JSON files). */
  bytesDone: number;
  bytesTotal: number;
  imported: number;
  duplicates: number;
  failed: number;
}

/** Where the report stood, so that what a rolled-back write reported can be taken back. */
export interface ReportMark {
  counts: ImportReport['counts'];
  lengths: Record<ReportList, number>;
}

export function markReport(report: ImportReport): ReportMark {
  return {
    counts: { ...report.counts },
    lengths: { imported: report.imported.length, duplicates: report.duplicates.length, failed: report.failed.length },
  };
}

export function restoreReport(report: ImportReport, mark: ReportMark): void {
  report.counts = { ...mark.counts };
  report.imported.length = mark.lengths.imported;
  report.duplicates.length = mark.lengths.duplicates;
  report.failed.length = mark.lengths.failed;
}

/**
 * The stories a report has counted, so each is counted once. Its entries are in the order they
 * were first counted, so taking a rolled-back write's report back (restoreReport, which puts
 * `counts.stories` back) takes back exactly the stories first seen since: see rollBackTo.
 */
export class StoryTally {
  private readonly seen = new Set<number>();
  private readonly order: number[] = [];

  count(report: ImportReport, story: number): void {
    if (this.seen.has(story)) return;
    this.seen.add(story);
    this.order.push(story);
    report.counts.stories++;
  }

  /** Forgets every story first counted after the report's `counts.stories` (as restored). */
  rollBackTo(report: ImportReport): void {
    while (this.order.length > report.counts.stories) this.seen.delete(this.order.pop()!);
  }
}
