// bench:search's memory row: search alone, as the app runs it. A fresh process starts a worker
// thread (the app's API worker is one) that opens the archive and runs the query mix `--runs`
// times (first page of 50 with snippets, counterparts, total and facets, then the second page), so
// nothing of the index build or the generator is in its figures. `--as app` gives the connection
// the app's page-cache budget (budgetSearchPages); `--as defaults` leaves better-sqlite3's, so one
// benchmark run shows what the budget saves and what CPU it costs.
// Prints one JSON document on stdout: resident memory before and once the archive is open, at
// the peak and at the end, after releaseSearchMemory, the worker's V8 heap, and the mix's times.
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { openArchive } from '../src/main/core/db/open';
import { search } from '../src/main/core/search/search';
import { SearchConnection } from '../src/main/core/search/search-connection';
import { budgetSearchPages, releaseSearchMemory } from '../src/main/core/search/search-context';
import { WORKER_HEAP_LIMITS } from '../src/main/core/worker-entries';
import { MIX } from './bench-search-mix';

interface Job {
  db: string;
  runs: number;
  asApp: boolean;
}

const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => {});

/** In the worker: what the API worker does for searches, measured. */
function runMix({ db: file, runs, asApp }: Job): Record<string, number> {
  gc();
  const db = openArchive(file);
  if (asApp) budgetSearchPages(db);
  gc();
  const opened = process.memoryUsage().rss;
  const searching = new SearchConnection(db);
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let r = 0; r < runs; r++) {
    for (const m of MIX) {
      search(searching, m.query, { limit: 50 });
      search(searching, m.query, { limit: 50, offset: 50 });
    }
  }
  const wallS = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  gc();
  const end = process.memoryUsage();
  releaseSearchMemory(searching);
  gc();
  const released = process.memoryUsage().rss;
  db.close();
  return {
    rss_open_mb: mb(opened),
    rss_end_mb: mb(end.rss),
    heap_end_mb: mb(end.heapUsed),
    heap_total_end_mb: mb(end.heapTotal),
    rss_after_release_mb: mb(released),
    mix_cpu_s: Math.round((used.user + used.system) / 1e4) / 100,
    mix_wall_s: Math.round(wallS * 100) / 100,
  };
}

if (isMainThread) {
  const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string' }, as: { type: 'string' } } });
  const job: Job = { db: values.db!, runs: Number(values.runs ?? 10), asApp: values.as !== 'defaults' };
  gc();
  const bare = process.memoryUsage().rss;
  // With the API worker's heap limits: the app's searches run there.
  const worker = new Worker(new URL(import.meta.url), { workerData: job, resourceLimits: WORKER_HEAP_LIMITS['api-worker'] });
  worker.once('error', (e) => {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
  });
  worker.once('message', (figures: Record<string, number>) => {
    process.stdout.write(
      `${JSON.stringify({
        as: job.asApp ? 'app' : 'defaults',
        runs: job.runs,
        rss_bare_mb: mb(bare),
        ...figures,
        rss_peak_mb: mb(process.resourceUsage().maxRSS * 1024),
      })}\n`,
    );
  });
} else {
  parentPort!.postMessage(runMix(workerData as Job));
}
