// Benchmark of import, against the practical limit measured in the same run. For each format
// (agency text, one large Diptych JSON file, one-story JSON files, Markdown, saved HTML pages,
// Atom feeds; two versions a story) it generates the files once, then imports them into fresh
// archives, each in a child process of its own, back to back five times (--rounds): by the
// libraries alone with raw inserts (bench-import/limit.ts), and by the importer as the app and
// the CLI run it. It prints CPU time per story beside wall time, the ratio of the two CPU costs
// (the middle round's, and the lowest and highest), resident memory as the import goes, write
// amplification (bytes written / archive size) and the load average.
// Figures go to bench-results/import.json.
//
//   npm run bench:import                          every format at its default size
//   npm run bench:import -- --stories 100000 --formats text --no-limit --rounds 1    memory at 100,000
//   npm run bench:import -- --formats html,feed --stories 2000
//   npm run bench:import -- --no-limit            the importer only
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { bundleOptions } from './bundle-options.mjs';
import { FORMATS, generateFiles, type Format } from './bench-import/files';
import type { ChildFigures } from './bench-import/measure';

// Large enough that starting the workers (about 0.3 s of CPU more than the limit pays) weighs a
// percent or two; halved, the feeds' wall rate fell under its target. Five rounds take 35 minutes.
const DEFAULT_STORIES: Record<Format, number> = {
  text: 20_000,
  'json-large': 20_000,
  json: 10_000,
  markdown: 10_000,
  html: 3_000,
  feed: 5_000,
};

type Side = 'limit' | 'importer';

interface Round {
  limit_cpu_s: number | null;
  importer_cpu_s: number;
  /** Importer CPU over the limit's, the two run back to back. */
  cpu_ratio: number | null;
}

interface Run {
  format: Format;
  stories: number;
  files: number;
  /** The importer's round with the middle CPU time (memory and writes as that round measured them). */
  importer: ChildFigures;
  /** The limit's round with the middle CPU time. */
  limit: ChildFigures | null;
  /** The middle of the rounds' ratios: the figure the target is read against. */
  cpu_ratio: number | null;
  /** Lowest and highest of the rounds' ratios: how far the machine moved them. */
  cpu_ratio_range: [number, number] | null;
  rounds: Round[];
  /** Highest peak resident memory of the importer over every round. */
  importer_peak_rss_mb: number;
  load_before: number[];
  load_after: number[];
}

/** Bundles the children as the CLI is bundled (scripts/build-cli.mjs): the importer and its import and parse workers. */
async function bundleChildren(dir: string): Promise<string> {
  const root = resolve(import.meta.dirname, '..');
  await build(bundleOptions({ root, entryPoints: { child: 'scripts/bench-import/child.ts', 'import-worker': 'src/main/core/import/worker/import-worker.ts', 'parse-worker': 'src/main/core/pipeline/parse-worker.ts' }, outdir: dir }));
  return join(dir, 'child.js');
}

function runChild(child: string, side: Side, format: Format, paths: string[], db: string, stories: number): ChildFigures {
  const out = execFileSync(
    process.execPath,
    [child, '--side', side, '--format', format, '--paths', paths.join('\n'), '--db', db, '--stories', String(stories)],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(out) as ChildFigures;
}

const perCpuSecond = (f: ChildFigures): number => f.stories / f.cpuSeconds;
const perWallSecond = (f: ChildFigures): number => f.stories / f.wallSeconds;
const amplification = (f: ChildFigures): number | null => (f.writtenBytes === null ? null : f.writtenBytes / f.archiveBytes);
const round = (n: number, digits = 0): number => Math.round(n * 10 ** digits) / 10 ** digits;
const load = (): number[] => loadavg().map((l) => round(l, 2));

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
/** The run whose CPU time is the middle one (the lower middle for an even count). */
const middleRun = (runs: ChildFigures[]): ChildFigures => [...runs].sort((a, b) => a.cpuSeconds - b.cpuSeconds)[(runs.length - 1) >> 1]!;

/**
 * Limit and importer run back to back, `rounds` times, on the same files, each round in the
 * other order than the one before (limit first, then importer first), so that a machine growing
 * slower or faster weighs on both alike. On a shared host CPU time itself moves by a quarter with
 * what the neighbours run (no hardware counters here to count instructions instead), so a round's
 * ratio compares two runs minutes apart at most, and the figure is the middle round's: one lucky
 * or unlucky run on either side does not make it.
 */
function benchFormat(child: string, format: Format, stories: number, withLimit: boolean, rounds: number): Run {
  const dir = mkdtempSync(join(tmpdir(), `diptych-bench-import-${format}-`));
  try {
    process.stderr.write(`${format}: generating ${stories} stories… `);
    const { paths, files } = generateFiles(format, stories, join(dir, 'in'));
    const loadBefore = load();
    const limits: ChildFigures[] = [];
    const importers: ChildFigures[] = [];
    const byRound: Round[] = [];
    const runSide = (side: Side, r: number): ChildFigures => {
      process.stderr.write(`${side} ${r + 1}… `);
      const db = join(dir, `${side}-${r}.db`);
      const figures = runChild(child, side, format, paths, db, stories);
      rmSync(db, { force: true });
      if (figures.failed > 0) process.stderr.write(`(${figures.failed} failed, first: ${JSON.stringify(figures.firstFailure)}) `);
      return figures;
    };
    for (let r = 0; r < rounds; r++) {
      const limitFirst = r % 2 === 0;
      let limit = withLimit && limitFirst ? runSide('limit', r) : null;
      const importer = runSide('importer', r);
      if (withLimit && !limitFirst) limit = runSide('limit', r);
      if (limit) limits.push(limit);
      importers.push(importer);
      byRound.push({
        limit_cpu_s: limit ? round(limit.cpuSeconds, 2) : null,
        importer_cpu_s: round(importer.cpuSeconds, 2),
        cpu_ratio: limit ? round(importer.cpuSeconds / limit.cpuSeconds, 2) : null,
      });
    }
    process.stderr.write('done\n');
    const ratios = withLimit ? byRound.map((r) => r.cpu_ratio!) : [];
    return {
      format,
      stories,
      files,
      importer: middleRun(importers),
      limit: withLimit ? middleRun(limits) : null,
      cpu_ratio: withLimit ? round(median(ratios), 2) : null,
      cpu_ratio_range: withLimit ? [Math.min(...ratios), Math.max(...ratios)] : null,
      rounds: byRound,
      importer_peak_rss_mb: Math.max(...importers.map((f) => f.peakRssMb)),
      load_before: loadBefore,
      load_after: load(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(runs: Run[]): void {
  const header = ['format', 'stories', 'CPU ratio', 'lowest–highest', 'stories/CPU-s', 'limit/CPU-s', 'stories/s wall', 'limit/s wall', 'RSS MB 10/50/100 %', 'write amp.', 'limit amp.', 'load before → after'];
  const amp = (f: ChildFigures | null): string => {
    const a = f ? amplification(f) : null;
    return a === null ? '–' : `${round(a, 1)}×`;
  };
  const rows = runs.map((r) => [
    r.format,
    String(r.stories),
    r.cpu_ratio === null ? '–' : `${r.cpu_ratio}×`,
    r.cpu_ratio_range === null ? '–' : `${r.cpu_ratio_range[0]}–${r.cpu_ratio_range[1]}`,
    String(round(perCpuSecond(r.importer))),
    r.limit ? String(round(perCpuSecond(r.limit))) : '–',
    String(round(perWallSecond(r.importer))),
    r.limit ? String(round(perWallSecond(r.limit))) : '–',
    r.importer.rssMbAt.join(' / '),
    amp(r.importer),
    amp(r.limit),
    `${r.load_before[0]} → ${r.load_after[0]}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

/** Runs this large measure memory over a long import: they are kept beside the default-size rows
 *  (one per format, the ones README quotes), not in their place. */
const LARGE_RUN = 50_000;

function writeResults(runs: Run[]): void {
  const file = resolve(import.meta.dirname, '../bench-results/import.json');
  mkdirSync(resolve(file, '..'), { recursive: true });
  let earlier: { runs?: Run[]; large?: Run[] } = {};
  try {
    earlier = JSON.parse(readFileSync(file, 'utf8')) as { runs?: Run[]; large?: Run[] };
  } catch {
    earlier = {};
  }
  const replace = (old: Run[] | undefined, fresh: Run[]): Run[] =>
    [...(old ?? []).filter((r) => 'importer' in r && !fresh.some((n) => n.format === r.format)), ...fresh].sort(
      (a, b) => FORMATS.indexOf(a.format) - FORMATS.indexOf(b.format),
    );
  const doc = {
    runs: replace(earlier.runs, runs.filter((r) => r.stories < LARGE_RUN)),
    large: replace(earlier.large, runs.filter((r) => r.stories >= LARGE_RUN)),
    machine: { cpus: cpus().length, node: process.version },
    date: new Date().toISOString(),
  };
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      stories: { type: 'string' },
      formats: { type: 'string' },
      'no-limit': { type: 'boolean' },
      rounds: { type: 'string', default: '5' },
    },
  });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds takes a whole number ≥ 1, not ${values.rounds}`);
  const formats = values.formats ? (values.formats.split(',') as Format[]) : [...FORMATS];
  for (const f of formats) if (!FORMATS.includes(f)) throw new Error(`unknown format ${f}; known: ${FORMATS.join(', ')}`);
  // Inside the checkout, where better-sqlite3 (left out of the bundle) is found.
  const bundle = resolve(import.meta.dirname, '../build/bench-import');
  const runs: Run[] = [];
  try {
    const child = await bundleChildren(bundle);
    for (const format of formats) {
      runs.push(benchFormat(child, format, values.stories ? Number(values.stories) : DEFAULT_STORIES[format], !values['no-limit'], rounds));
      // Written after every format, so a long run that is stopped keeps what it measured.
      writeResults(runs);
    }
  } finally {
    rmSync(bundle, { recursive: true, force: true });
  }
  printTable(runs);
}

await main();
