// npm run bench:export [-- --stories N] [--seed N] [--from TAG --to TAG] [--no-unstored]
// Export on the synthetic archive (`npm run gen`, generated once into the temp folder and reused)
// at 10,000 and 100,000 stories, or one size: for each format, pairs per second, wall and CPU time,
// peak RSS and RSS along the run (flat memory means the end is no higher than the first tenth),
// and the file's size — against the practical limit (every pair read, nothing written) in the same
// run; then CSV from an archive whose alignments are not stored yet (as after a bulk import: each
// computed in memory). Each export runs in a process of its own. Prints a table; writes
// bench-results/export.json.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openArchive } from '../src/main/core/db/open';
import { DEFAULT_SEED } from './synthetic/synthetic';
import { SYNTHETIC_SETTINGS_KEY } from './synthetic/write-synthetic';

const { values } = parseArgs({
  options: {
    stories: { type: 'string' },
    seed: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'no-unstored': { type: 'boolean' },
  },
});
const sizes = values.stories ? [Number(values.stories)] : [10_000, 100_000];
const seed = Number(values.seed ?? DEFAULT_SEED);
const from = values.from ?? 'en';
const to = values.to ?? 'uk';
if (sizes.some((n) => !Number.isSafeInteger(n) || n <= 0) || !Number.isSafeInteger(seed)) {
  process.stderr.write('usage: npm run bench:export [-- --stories N] [--seed N] [--from TAG --to TAG] [--no-unstored]\n');
  process.exit(2);
}

const ROOT = join(import.meta.dirname, '..');
const RUNNER = join(import.meta.dirname, 'bench-export-run.ts');
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** The generated archive of this size and seed, made once with `npm run gen` and aligned with `diptych index`. */
function archiveFor(stories: number): string {
  const file = join(tmpdir(), `diptych-bench-export-${stories}-seed${seed}.db`);
  if (existsSync(file)) {
    const db = openArchive(file);
    const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(SYNTHETIC_SETTINGS_KEY) as { value: string } | undefined;
    db.close();
    const meta = row ? (JSON.parse(row.value) as { stories: number; seed: number }) : null;
    if (meta?.stories === stories && meta.seed === seed) return aligned(file);
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
  log(`generating ${stories.toLocaleString('en')} stories into ${file} with npm run gen (once; reused by later runs)…`);
  execFileSync('npm', ['run', '--silent', 'gen', '--', '--stories', String(stories), '--seed', String(seed), '--db', file], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return aligned(file);
}

/**
 * gen queues alignment, as an import does: stored here as the app's background aligner would
 * store it, so the rows export stored pairs (the last row measures an archive without them).
 */
function aligned(file: string): string {
  const db = openArchive(file);
  const pending = (db.prepare('SELECT count(*) AS n FROM align_pending').get() as { n: number }).n;
  db.close();
  if (pending > 0) {
    log(`storing the alignments of ${pending.toLocaleString('en')} stories with diptych index (once)…`);
    execFileSync(process.execPath, [join(ROOT, 'bin/diptych.mjs'), 'index', '--db', file], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return file;
}

/** A copy without stored alignments: what a deferred bulk import leaves until stories are read. */
function unstoredCopy(file: string): string {
  const copy = file.replace(/\.db$/u, '-unstored.db');
  copyFileSync(file, copy);
  const db = openArchive(copy);
  db.prepare('DELETE FROM alignments').run();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return copy;
}

interface Measured {
  wall_s: number;
  cpu_user_s: number;
  cpu_system_s: number;
  stories: number;
  units: number;
  bytes: number;
  max_rss_mb: number;
  live_heap_after_mb: number;
  samples: { done: number; rss_mb: number; heap_mb: number }[];
}

function measure(db: string, args: string[]): Measured {
  const out = join(tmpdir(), `diptych-bench-export-${process.pid}.out`);
  try {
    const stdout = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', RUNNER, '--db', db, '--from', from, '--to', to, '--out', out, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 24,
    });
    return JSON.parse(stdout.trim().split('\n').pop()!) as Measured;
  } finally {
    rmSync(out, { force: true });
  }
}

const ROWS: { label: string; args: string[]; unstored?: boolean }[] = [
  { label: 'read pairs, write nothing', args: ['--read-only'] },
  { label: 'tmx', args: ['--format', 'tmx'] },
  { label: 'xliff', args: ['--format', 'xliff'] },
  { label: 'csv', args: ['--format', 'csv'] },
  { label: 'tsv', args: ['--format', 'tsv'] },
  { label: 'json (whole stories)', args: ['--format', 'json'] },
  { label: 'tmx --sentences', args: ['--format', 'tmx', '--sentences'] },
  { label: 'csv, alignments not stored', args: ['--format', 'csv'], unstored: true },
];

const resultsFile = join(ROOT, 'bench-results/export.json');
const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { runs?: { stories: number }[] }) : {};
const runsOut: Record<string, unknown>[] = (previous.runs ?? []).filter((r) => !sizes.includes(r.stories)) as Record<string, unknown>[];

for (const stories of sizes) {
  const file = archiveFor(stories);
  let unstored: string | null = null;
  // Once unmeasured, so the first row does not pay for a cold disk cache the others do not.
  measure(file, ['--read-only']);
  const rows = [];
  for (const row of ROWS) {
    if (row.unstored && values['no-unstored']) continue;
    if (row.unstored) unstored ??= unstoredCopy(file);
    log(`${stories.toLocaleString('en')} stories: ${row.label}…`);
    const m = measure(row.unstored ? unstored! : file, row.args);
    const tenth = m.samples.find((s) => s.done >= stories / 10) ?? m.samples[0]!;
    const last = m.samples[m.samples.length - 1]!;
    rows.push({
      label: row.label,
      stories: m.stories,
      pairs: m.units,
      pairs_per_s: Math.round(m.units / m.wall_s),
      stories_per_s: Math.round(m.stories / m.wall_s),
      wall_s: round(m.wall_s, 2),
      cpu_s: round(m.cpu_user_s + m.cpu_system_s, 2),
      output_mb: round(m.bytes / 2 ** 20),
      max_rss_mb: m.max_rss_mb,
      rss_at_tenth_mb: tenth.rss_mb,
      rss_at_end_mb: last.rss_mb,
      heap_at_end_mb: last.heap_mb,
      live_heap_after_mb: m.live_heap_after_mb,
      load_avg: loadavg().map((x) => round(x, 2)),
    });
  }
  if (unstored) for (const suffix of ['', '-wal', '-shm']) rmSync(unstored + suffix, { force: true });
  const limit = rows[0]!.pairs_per_s;
  const withRatios = rows.map((r) => ({ ...r, of_limit: r.label.startsWith('json') ? null : round(r.pairs_per_s / limit, 2) }));
  runsOut.push({ stories, from, to, seed, rows: withRatios });

  const pad = (s: string | number | null, n: number): string => String(s ?? '–').padStart(n);
  console.log(`\n${stories.toLocaleString('en')} stories, ${from} → ${to} · ${cpus().length} cores`);
  console.log(
    `${'export'.padEnd(28)} ${pad('stories', 8)} ${pad('stories/s', 9)} ${pad('pairs', 9)} ${pad('pairs/s', 9)} ${pad('×limit', 7)} ${pad('wall s', 8)} ${pad('cpu s', 8)} ${pad('MB out', 8)} ${pad('RSS max', 8)} ${pad('@10%', 7)} ${pad('@end', 7)}  load`,
  );
  for (const r of withRatios) {
    console.log(
      `${r.label.padEnd(28)} ${pad(r.stories, 8)} ${pad(r.stories_per_s, 9)} ${pad(r.pairs > 0 ? r.pairs : null, 9)} ${pad(r.pairs > 0 ? r.pairs_per_s : null, 9)} ${pad(r.of_limit, 7)} ${pad(r.wall_s, 8)} ${pad(r.cpu_s, 8)} ${pad(r.output_mb, 8)} ${pad(r.max_rss_mb, 8)} ${pad(r.rss_at_tenth_mb, 7)} ${pad(r.rss_at_end_mb, 7)}  ${r.load_avg.join(' ')}`,
    );
  }
}

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
runsOut.sort((a, b) => (a.stories as number) - (b.stories as number));
writeFileSync(resultsFile, `${JSON.stringify({ machine: { cores: cpus().length, node: process.version }, runs: runsOut }, null, 2)}\n`);
console.log('\nWritten to bench-results/export.json');
