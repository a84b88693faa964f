// Runs imports of paths on an import worker (its own thread and database connection), one at a
// time: relays progress with an estimate of the time left, cancels on request (between files,
// so what was imported stays whole), and resolves with the report. Between imports the same
// kind of worker catches up what they leave for later (the search index's queue, alignments) at
// low priority, with its own progress; an import that starts stops it first (it resumes after,
// where it was: the queues are in the archive).
import { Worker } from 'node:worker_threads';
import type { BackgroundProgressEvent, ImportProgressEvent, ImportResult } from '../../../../shared/api/import';
import { IMPORT_REPORT_LIST_LIMIT } from '../../../../shared/api/import';
import { DiptychError } from '../../../../shared/errors';
import type { ImportReport } from '../../pipeline/report';
import { WORKER_HEAP_LIMITS, workerEntryFrom } from '../../worker-entries';
import type { FromImportWorker, ImportWorkerData } from './protocol';

export interface ImportRunnerOptions {
  dbPath: string;
  nativeBinding?: string;
  onProgress(event: ImportProgressEvent): void;
  /**
   * Catch up in the background after each import (the app); how it goes, `idle` when it is done
   * or stopped for an import. Without it nothing runs in the background.
   */
  onBackgroundProgress?(event: BackgroundProgressEvent): void;
  /** How often progress is reported (ms). */
  progressMs?: number;
}

export interface ImportJob {
  paths: string[];
  lang?: string;
  translationOf?: number;
}

/** The worker's entry: the built import-worker.js beside the bundle, or the TypeScript source. */
export function importWorkerEntry(): string {
  return workerEntryFrom(import.meta.url, 'import-worker', 'ts-entry.mjs');
}

/** The report as the API returns it: full counts, lists capped for the trip across IPC. */
export function toImportResult(jobId: number, report: ImportReport, seconds: number): ImportResult {
  return {
    jobId,
    cancelled: report.cancelled === true,
    counts: { ...report.counts },
    imported: report.imported.slice(0, IMPORT_REPORT_LIST_LIMIT),
    duplicates: report.duplicates.slice(0, IMPORT_REPORT_LIST_LIMIT),
    failed: report.failed.slice(0, IMPORT_REPORT_LIST_LIMIT),
    seconds,
  };
}

/** Seconds left, from the rate bytes have been read at so far; null until that means something. */
export function estimateSecondsLeft(bytesDone: number, bytesTotal: number, elapsedMs: number): number | null {
  if (bytesDone <= 0 || elapsedMs < 300 || bytesTotal <= bytesDone) return bytesTotal > 0 && bytesDone >= bytesTotal ? 0 : null;
  return Math.ceil(((bytesTotal - bytesDone) * elapsedMs) / bytesDone / 1000);
}

/** Why the import worker stopped, as the reader is told: its heap limit has an error of its own. */
export function importWorkerError(e: Error): DiptychError {
  if ((e as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') return new DiptychError('importOutOfMemory', {}, e.message);
  return new DiptychError('internal', { detail: e.message }, e.message);
}

export class ImportRunner {
  private current: { jobId: number; cancel: Int32Array } | null = null;
  private background: { cancel: Int32Array; ended: Promise<void> } | null = null;
  private nextJobId = 1;

  constructor(private readonly options: ImportRunnerOptions) {}

  private workerData(task: ImportWorkerData['task'], cancel: SharedArrayBuffer, job: ImportJob = { paths: [] }): ImportWorkerData {
    return {
      task,
      dbPath: this.options.dbPath,
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
      paths: job.paths,
      ...(job.lang !== undefined ? { lang: job.lang } : {}),
      ...(job.translationOf !== undefined ? { translationOf: job.translationOf } : {}),
      cancel,
      progressMs: this.options.progressMs ?? 150,
    };
  }

  /** Starts catching up in the background, unless an import or the catching up already runs. */
  catchUp(): void {
    if (this.current || this.background || !this.options.onBackgroundProgress) return;
    const cancel = new SharedArrayBuffer(4);
    let worker: Worker;
    try {
      worker = new Worker(importWorkerEntry(), { workerData: this.workerData('catchUp', cancel), resourceLimits: WORKER_HEAP_LIMITS['import-worker'] });
    } catch {
      return;
    }
    const report = (event: BackgroundProgressEvent): void => this.options.onBackgroundProgress?.(event);
    const ended = new Promise<void>((resolve) => {
      worker.on('message', (message: FromImportWorker) => {
        if (message.type === 'catchUpProgress') report(message.progress);
      });
      // What it did is in the archive whatever the outcome; a failure waits for the next chance.
      worker.on('error', () => undefined);
      worker.on('exit', () => {
        this.background = null;
        report({ phase: 'idle', done: 0, total: 0 });
        resolve();
      });
    });
    this.background = { cancel: new Int32Array(cancel), ended };
  }

  /** Stops the catching up (between two of its transactions) and waits for it to end. */
  private async stopCatchingUp(): Promise<void> {
    const running = this.background;
    if (!running) return;
    Atomics.store(running.cancel, 0, 1);
    Atomics.notify(running.cancel, 0);
    await running.ended;
  }

  get busy(): boolean {
    return this.current !== null;
  }

  /** Asks the running import to stop; false when none is running. */
  cancel(): boolean {
    if (!this.current) return false;
    Atomics.store(this.current.cancel, 0, 1);
    return true;
  }

  async run(job: ImportJob): Promise<ImportResult> {
    if (this.current) throw new DiptychError('importBusy');
    const jobId = this.nextJobId++;
    const cancel = new SharedArrayBuffer(4);
    this.current = { jobId, cancel: new Int32Array(cancel) };
    try {
      await this.stopCatchingUp();
      return await this.runImport(jobId, cancel, job);
    } finally {
      this.catchUp();
    }
  }

  private runImport(jobId: number, cancel: SharedArrayBuffer, job: ImportJob): Promise<ImportResult> {
    const started = Date.now();
    const data = this.workerData('import', cancel, job);
    return new Promise<ImportResult>((resolve, reject) => {
      let settled = false;
      const finish = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        this.current = null;
        fn();
      };
      let worker: Worker;
      try {
        worker = new Worker(importWorkerEntry(), { workerData: data, resourceLimits: WORKER_HEAP_LIMITS['import-worker'] });
      } catch (e) {
        finish(() => reject(e));
        return;
      }
      worker.on('message', (message: FromImportWorker) => {
        if (message.type === 'progress') {
          const p = message.progress;
          this.options.onProgress({
            jobId,
            done: p.done,
            total: p.total,
            file: p.file,
            etaSeconds: estimateSecondsLeft(p.bytesDone, p.bytesTotal, Date.now() - started),
            imported: p.imported,
            duplicates: p.duplicates,
            failed: p.failed,
          });
        } else if (message.type === 'done') {
          finish(() => resolve(toImportResult(jobId, message.report, (Date.now() - started) / 1000)));
        } else if (message.type === 'failed') {
          finish(() => reject(new DiptychError(message.error.code, message.error.params, message.error.detail)));
        }
      });
      worker.on('error', (e) => finish(() => reject(importWorkerError(e))));
      worker.on('exit', (code) => {
        finish(() => reject(new DiptychError('internal', { detail: `import worker exited (${code})` })));
      });
    });
  }
}
