// npm run bench:check [-- --db FILE] [--stories N] [--runs R] [--full]
// What checking the archive costs on open, on the synthetic archive (src/main/core/sample) of
// 100,000 stories by default: the bounded quick check the app and the CLI run (db/check.ts) beside
// SQLite's full PRAGMA quick_check of the same file, in one process, back to back, wall and CPU
// time, warm cache (each timed after one untimed run). --full adds `diptych check`'s full check.
// Generates the archive once (slowly) when FILE does not exist. Writes bench-results/check.json.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FULL_QUICK_CHECK_BYTES, fullCheck, quickCheck } from '../src/main/core/db/check';
import { closeArchive, inspectArchive, inspectionConnection, openArchive } from '../src/main/core/db/open';
import { writeSyntheticArchive } from './synthetic/write-synthetic';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    stories: { type: 'string' },
    runs: { type: 'string' },
    full: { type: 'boolean' },
  },
});
const stories = Number(values.stories ?? 100_000);
const runs = Number(values.runs ?? 5);
const file = values.db ?? join(tmpdir(), `diptych-bench-check-${stories}.db`);
const log = (line: string): void => void process.stderr.write(`${line}\n`);

if (!existsSync(file)) {
  log(`generating ${stories} stories into ${file} (once; this takes a while)`);
  const db = openArchive(file);
  writeSyntheticArchive(db, { stories, onProgress: (p) => p.done % 10_000 === 0 && log(`  ${p.done} / ${p.total}`) });
  closeArchive(db);
}

interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Median wall and CPU time of `runs` runs after one warm-up. */
function time(run: () => unknown, times = runs): Timing & { result: unknown } {
  let result = run();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < times; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    result = run();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wallMs: Math.round(median(walls)), cpuMs: Math.round(median(cpus)), result };
}

const bytes = statSync(file).size;
const db = inspectionConnection(file);
const bounded = time(() => quickCheck(db));
const sqliteQuick = time(() => db.pragma('quick_check'), Math.min(runs, 3));
const opening = time(() => inspectArchive(file));
const full = values.full ? time(() => fullCheck(db), 1) : null;
db.close();

const coverage = (bounded.result as ReturnType<typeof quickCheck>).coverage;
const ratio = Math.round((sqliteQuick.wallMs / Math.max(1, bounded.wallMs)) * 10) / 10;
const result = {
  machine: { cores: cpus().length, node: process.version },
  load_avg: loadavg().map((x) => Math.round(x * 100) / 100),
  archive: { file, stories, mb: Math.round(bytes / 1e6), full_quick_check_below_mb: Math.round(FULL_QUICK_CHECK_BYTES / 1e6) },
  bounded_quick_check: { wall_ms: bounded.wallMs, cpu_ms: bounded.cpuMs, coverage },
  on_open_identity_and_quick_check: { wall_ms: opening.wallMs, cpu_ms: opening.cpuMs },
  sqlite_quick_check: { wall_ms: sqliteQuick.wallMs, cpu_ms: sqliteQuick.cpuMs },
  ratio_sqlite_quick_over_bounded: ratio,
  ...(full ? { full_check: { wall_ms: full.wallMs, cpu_ms: full.cpuMs } } : {}),
};

log('');
log(`archive: ${stories.toLocaleString('en')} stories, ${result.archive.mb.toLocaleString('en')} MB (${file})`);
log('check                                    wall ms   cpu ms');
log(`bounded quick check (${coverage})${' '.repeat(Math.max(0, 19 - coverage.length))}${String(bounded.wallMs).padStart(8)} ${String(bounded.cpuMs).padStart(8)}`);
log(`on open: identity + quick check          ${String(opening.wallMs).padStart(8)} ${String(opening.cpuMs).padStart(8)}`);
log(`SQLite PRAGMA quick_check (every page)   ${String(sqliteQuick.wallMs).padStart(8)} ${String(sqliteQuick.cpuMs).padStart(8)}`);
if (full) log(`full check (diptych check)               ${String(full.wallMs).padStart(8)} ${String(full.cpuMs).padStart(8)}`);
log(`ratio: quick_check / bounded = ${ratio}; load average ${result.load_avg.join(' ')}`);

mkdirSync('bench-results', { recursive: true });
writeFileSync(join('bench-results', 'check.json'), `${JSON.stringify(result, null, 2)}\n`);
