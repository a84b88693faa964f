// How long the `diptych` command takes to start and answer, against bare Node in the same run:
// `diptych stats` on a small archive (the guide's stories in resources/sample imported) beside
// `node -e 0`, alternated so load moves both alike. Prints the median wall time of each, the children's CPU time (Linux) and
// the ratio, and writes them to bench-results/cli-start.json. Run `npm run build:cli` first: the
// command runs through tsx when there is no bundle (said here) or a source is newer than it (not
// said: bin/diptych.mjs decides that).
//
//   npm run bench:cli-start [-- --runs 20]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'bin/diptych.mjs');
const seed = join(root, 'resources/sample');
const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Math.max(3, Number(values.runs ?? 20));

/** CPU seconds of the children waited for so far (Linux `/proc/self/stat` cutime + cstime), or null. */
function childrenCpu(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

/** Runs `args` under Node once: wall seconds and CPU seconds. */
function timed(args: string[], env: NodeJS.ProcessEnv): { wall: number; cpu: number | null } {
  const cpu0 = childrenCpu();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const cpu1 = childrenCpu();
  return { wall, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
/** Mean CPU seconds a run, or null where the CPU time could not be read. */
function cpuEach(times: { cpu: number | null }[]): number | null {
  let total = 0;
  for (const { cpu } of times) {
    if (cpu === null) return null;
    total += cpu;
  }
  return round(total / times.length);
}
const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

const dir = mkdtempSync(join(tmpdir(), 'diptych-bench-cli-'));
try {
  const db = join(dir, 'archive.db');
  const env = { ...process.env, DIPTYCH_DB: db };
  if (!existsSync(join(root, 'build/cli/main.js'))) process.stderr.write('no build/cli bundle: the command runs through tsx (npm run build:cli)\n');
  timed([cli, 'import', seed], env);
  const load = loadavg().map((l) => round(l, 2));
  const bare: { wall: number; cpu: number | null }[] = [];
  const stats: { wall: number; cpu: number | null }[] = [];
  timed(['-e', '0'], env); // warm the file cache for both
  timed([cli, 'stats'], env);
  for (let i = 0; i < runs; i++) {
    bare.push(timed(['-e', '0'], env));
    stats.push(timed([cli, 'stats'], env));
  }
  const figures = {
    runs,
    node_e0_wall_s: round(median(bare.map((b) => b.wall))),
    stats_wall_s: round(median(stats.map((s) => s.wall))),
    node_e0_cpu_s_each: cpuEach(bare),
    stats_cpu_s_each: cpuEach(stats),
    ratio: round(median(stats.map((s) => s.wall)) / median(bare.map((b) => b.wall)), 2),
    load_before: load,
    load_after: loadavg().map((l) => round(l, 2)),
  };
  process.stdout.write(
    `diptych stats: ${figures.stats_wall_s} s wall (median of ${runs}), ${figures.stats_cpu_s_each ?? '–'} s CPU each\n` +
      `node -e 0:     ${figures.node_e0_wall_s} s wall, ${figures.node_e0_cpu_s_each ?? '–'} s CPU each\n` +
      `ratio ${figures.ratio}× (target ≤ 2.5×) · load ${figures.load_before.join(', ')} → ${figures.load_after.join(', ')}\n`,
  );
  const out = { date: new Date().toISOString(), machine: { cpus: cpus().length, node: process.version }, ...figures };
  writeFileSync(join(root, 'bench-results/cli-start.json'), `${JSON.stringify(out, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
