// bench:search's memory row: the search process alone, as the app's API worker is one: a fresh
// process opens the archive and runs the query mix `--runs` times (first page of 50 with snippets,
// counterparts, total and facets, then the second page), so nothing of the index build or the
// generator is in its figures. Prints one JSON document on stdout: resident memory when the
// archive is open, at the peak and at the end, after releaseSearchMemory, and the V8 heap.
import { parseArgs } from 'node:util';
import { openArchive } from '../src/main/core/db/open';
import { search } from '../src/main/core/search/search';
import { releaseSearchMemory } from '../src/main/core/search/search-context';
import { MIX } from './bench-search-mix';

const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string' } } });
const runs = Number(values.runs ?? 10);
const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => {});

gc();
const bare = process.memoryUsage().rss;
const db = openArchive(values.db!);
gc();
const opened = process.memoryUsage().rss;
for (let r = 0; r < runs; r++) {
  for (const m of MIX) {
    search(db, m.query, { limit: 50 });
    search(db, m.query, { limit: 50, offset: 50 });
  }
}
gc();
const end = process.memoryUsage();
releaseSearchMemory(db);
gc();
const released = process.memoryUsage().rss;
db.close();
process.stdout.write(
  `${JSON.stringify({
    runs,
    rss_bare_mb: mb(bare),
    rss_open_mb: mb(opened),
    rss_peak_mb: mb(process.resourceUsage().maxRSS * 1024),
    rss_end_mb: mb(end.rss),
    heap_end_mb: mb(end.heapUsed),
    rss_after_release_mb: mb(released),
  })}\n`,
);
