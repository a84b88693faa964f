// npm run bench:search [-- --stories N] [--runs R] [--no-peer] [--keep-index]
// Search on the synthetic archive (src/main/core/sample, as `npm run gen` writes it) at 10,000 and
// 100,000 stories (or one size): indexing time and index size, then a fixed mix of queries timed
// as the app runs them (first page of 50 stories WITH snippets, counterparts, total and facets),
// the same MATCH expressions as raw FTS5 (bench-search-raw.ts: a bm25 top-50 with snippet(), and
// without), and the same corpus and queries through MiniSearch in a child process. Prints a table; writes
// bench-results/search.json. Archives are generated once into the temp folder and reused. Sizes
// above PIPELINE_ABOVE stories are generated through the import pipeline (npm run gen's path),
// which indexes as it stores: rebuilding a million stories' index apart would take over an hour
// more. Their build_s is then that whole run, and the index is as an import leaves it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Database } from 'better-sqlite3';
import { openArchive } from '../src/main/core/db/open';
import { DEFAULT_SEED, generateStories, type SyntheticStory } from './synthetic/synthetic';
import { contentHash } from '../src/main/core/stories/content-hash';
import { SYNTHETIC_SETTINGS_KEY, writeSyntheticArchiveInParallel } from './synthetic/write-synthetic';
import { optimizeSearchIndex, rebuildSearchIndex } from '../src/main/core/search/index-maintenance';
import { nameLexicon, search } from '../src/main/core/search/search';
import { SearchConnection } from '../src/main/core/search/search-connection';
import { compileQuery } from '../src/main/core/search/query-compile';
import { benchRaw } from './bench-search-raw';
import { parseQuery } from '../src/shared/search';
import { MIX } from './bench-search-mix';
import { build } from 'esbuild';
import { bundleOptions } from './bundle-options.mjs';


const { values } = parseArgs({
  options: {
    stories: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    'no-peer': { type: 'boolean' },
    /** Query the index as it is (after changing search code); index figures from the last run. */
    'keep-index': { type: 'boolean' },
  },
});
const sizes = values.stories ? [Number(values.stories)] : [10_000, 100_000];
const runs = Number(values.runs ?? 15);
const seed = Number(values.seed ?? DEFAULT_SEED);
if (sizes.some((n) => !Number.isSafeInteger(n) || n <= 0) || !(runs > 0)) {
  process.stderr.write('usage: npm run bench:search [-- --stories N] [--runs R] [--seed N] [--no-peer]\n');
  process.exit(2);
}

const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
};
const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;
const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** Larger archives are written by the import pipeline, which indexes them as it goes. */
const PIPELINE_ABOVE = 100_000;

async function archiveFor(stories: number): Promise<{ db: Database; file: string; generatedS: number | null; indexedWhileStored: boolean }> {
  const file = join(tmpdir(), `diptych-bench-search-${stories}-seed${seed}.db`);
  if (existsSync(file)) {
    const db = openArchive(file);
    const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(SYNTHETIC_SETTINGS_KEY) as { value: string } | undefined;
    const meta = row ? (JSON.parse(row.value) as { stories: number; seed: number }) : null;
    if (meta && meta.stories === stories && meta.seed === seed) return { db, file, generatedS: null, indexedWhileStored: stories > PIPELINE_ABOVE };
    db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
  log(`generating ${stories.toLocaleString('en')} stories into ${file} (once; reused by later runs)…`);
  const db = openArchive(file);
  const t = performance.now();
  if (stories > PIPELINE_ABOVE) {
    let told = 0;
    await writeSyntheticArchiveInParallel(db, {
      stories,
      seed,
      batchSize: 1000,
      onProgress: (p) => {
        if (p.done - told < 10_000 && p.done < p.total) return;
        told = p.done;
        log(`  ${p.done.toLocaleString('en')} / ${p.total.toLocaleString('en')} (${Math.round(p.done / (p.elapsedMs / 1000))} stories/s)`);
      },
    });
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { db, file, generatedS: (performance.now() - t) / 1000, indexedWhileStored: true };
  }
  writeStoriesPlainly(db, stories);
  return { db, file, generatedS: (performance.now() - t) / 1000, indexedWhileStored: false };
}

/**
 * The generator's stories stored with plain inserts: the same rows `npm run gen` writes, without
 * the per-version hooks (alignment, search indexing), since the search index is built and timed
 * on its own here, and aligning 250,000 versions would take most of an hour on two cores.
 */
function writeStoriesPlainly(db: Database, stories: number): void {
  const now = new Date(0).toISOString();
  const story = db.prepare('INSERT INTO stories (group_key, created_at, updated_at) VALUES (?, ?, ?)');
  const version = db.prepare(
    `INSERT INTO versions (story_id, lang, is_original, provenance, headline, agency, place, published_at, url,
       source_file, content_hash, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  const block = db.prepare('INSERT INTO blocks (version_id, position, kind, text) VALUES (?, ?, ?, ?)');
  let batch: SyntheticStory[] = [];
  const flush = db.transaction((list: SyntheticStory[]) => {
    for (const s of list) {
      const storyId = Number(story.run(s.key, now, now).lastInsertRowid);
      for (const v of s.versions) {
        const versionId = Number(
          version.run(storyId, v.lang, v.original ? 1 : 0, v.provenance, v.headline, v.agency, v.place, v.publishedAt, v.url,
            contentHash(v.blocks), now).lastInsertRowid,
        );
        v.blocks.forEach((b, i) => block.run(versionId, i, b.kind, b.text));
      }
    }
  });
  let done = 0;
  for (const s of generateStories({ stories, seed })) {
    batch.push(s);
    if (batch.length === 1000) {
      flush(batch);
      done += batch.length;
      batch = [];
      if (done % 10_000 === 0) log(`  ${done.toLocaleString('en')} / ${stories.toLocaleString('en')}`);
    }
  }
  flush(batch);
  db.prepare('DELETE FROM search_pending').run();
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    SYNTHETIC_SETTINGS_KEY,
    JSON.stringify({ seed, start: 0, stories }),
  );
}

function sizeMb(db: Database, like: string): number {
  const row = db.prepare('SELECT SUM(pgsize) AS bytes FROM dbstat WHERE name LIKE ?').get(like) as { bytes: number | null };
  return (row.bytes ?? 0) / 2 ** 20;
}

interface QueryFigures {
  label: string;
  query: string;
  total: number;
  ranking: string;
  p50_ms: number;
  p95_ms: number;
  worst_ms: number;
  /** The same MATCH as raw FTS5, bm25 top-50 with snippet() (bench-search-raw.ts): the baseline. */
  raw_p50_ms: number;
  raw_p95_ms: number;
  /** Diptych's p95 over the raw top-50's with snippet(). */
  p95_over_raw: number;
  /** The same bm25 top-50 without snippet(): a stricter baseline, what runs before any snippet. */
  bare_p95_ms: number;
  p95_over_bare: number;
}

function benchDiptych(db: Database, file: string): { perQuery: QueryFigures[]; all: number[]; cacheMs: number; cpuMs: number; wallMs: number } {
  const searching = new SearchConnection(db);
  const t = performance.now();
  search(searching, 'warm', { limit: 1 }); // builds the per-connection facet and date cache once
  const cacheMs = performance.now() - t;
  const samples = MIX.map(() => [] as number[]);
  const totals = MIX.map((m) => {
    const r = search(searching, m.query, { limit: 50 });
    // Every query of the mix finds stories in a generated archive: none means no index to time.
    if (r.total === 0) throw new Error(`"${m.query}" finds nothing: is the archive indexed?`);
    return { total: r.total, ranking: r.ranking };
  });
  const cpu = process.cpuUsage();
  const wall = performance.now();
  for (let r = 0; r < runs; r++) {
    MIX.forEach((m, i) => {
      const start = performance.now();
      const result = search(searching, m.query, { limit: 50 });
      samples[i]!.push(performance.now() - start);
      if (result.stories.length > 0 && result.stories[0]!.hits.length === 0) throw new Error(`no hits for ${m.query}`);
    });
  }
  const used = process.cpuUsage(cpu);
  const wallMs = performance.now() - wall;
  const raw = benchRaw(db, file, MIX.map((m) => compileQuery(parseQuery(m.query), nameLexicon(searching)).match), runs);
  return {
    cacheMs,
    cpuMs: (used.user + used.system) / 1000,
    wallMs,
    all: samples.flat(),
    perQuery: MIX.map((m, i) => ({
      label: m.label,
      query: m.query,
      total: totals[i]!.total,
      ranking: totals[i]!.ranking,
      p50_ms: round(percentile(samples[i]!, 50)),
      p95_ms: round(percentile(samples[i]!, 95)),
      worst_ms: round(Math.max(...samples[i]!)),
      raw_p50_ms: round(percentile(raw.top50WithSnippet[i]!, 50)),
      raw_p95_ms: round(percentile(raw.top50WithSnippet[i]!, 95)),
      p95_over_raw: round(percentile(samples[i]!, 95) / percentile(raw.top50WithSnippet[i]!, 95), 2),
      bare_p95_ms: round(percentile(raw.top50[i]!, 95)),
      p95_over_bare: round(percentile(samples[i]!, 95) / percentile(raw.top50[i]!, 95), 2),
    })),
  };
}

interface PeerOutput {
  name: string;
  build_s: number;
  rss_mb: number;
  heap_mb: number;
  perQuery: { label: string; total: number; samples: number[] }[];
}

interface SearchProcessMemory {
  as: 'app' | 'defaults';
  rss_bare_mb: number;
  rss_open_mb: number;
  rss_peak_mb: number;
  rss_end_mb: number;
  heap_end_mb: number;
  /** What V8 holds for the worker's heap at the end, used or not (WORKER_HEAP_LIMITS bound it). */
  heap_total_end_mb: number;
  rss_after_release_mb: number;
  mix_cpu_s: number;
  mix_wall_s: number;
}

/**
 * Search alone, as the app runs it: a fresh process whose worker thread opens the archive and only
 * searches it, bundled as the app's code is (no TypeScript loader in its memory). Run twice, back
 * to back: with the app's page-cache budget (the figure), then with better-sqlite3's default (what
 * the budget saves, and its CPU cost).
 */
async function benchSearchProcess(file: string): Promise<{ app: SearchProcessMemory; defaults: SearchProcessMemory } | null> {
  // Inside the checkout, so the bundle finds better-sqlite3 in node_modules.
  const outdir = join(import.meta.dirname, '../build/bench-search');
  const runAs = (as: 'app' | 'defaults'): SearchProcessMemory =>
    JSON.parse(
      execFileSync(process.execPath, ['--expose-gc', join(outdir, 'bench-search-memory.js'), '--db', file, '--runs', String(runs), '--as', as], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    ) as SearchProcessMemory;
  try {
    await build(bundleOptions({ root: join(import.meta.dirname, '..'), entryPoints: { 'bench-search-memory': 'scripts/bench-search-memory.ts' }, outdir }));
    return { app: runAs('app'), defaults: runAs('defaults') };
  } catch (e) {
    log(`search process run failed: ${(e as Error).message.split('\n')[0]}`);
    return null;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

function benchPeer(file: string): PeerOutput | null {
  try {
    const out = execFileSync(
      process.execPath,
      ['--max-old-space-size=16384', '--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'bench-search-peer.ts'),
        '--db', file, '--runs', String(runs), '--queries', JSON.stringify(MIX.map((m) => m.peer))],
      { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    return JSON.parse(out) as PeerOutput;
  } catch (e) {
    log(`MiniSearch run failed: ${(e as Error).message.split('\n')[0]}`);
    return null;
  }
}

const resultsFile = join(import.meta.dirname, '../bench-results/search.json');
interface PreviousRun {
  stories: number;
  diptych?: { build_s: number | null; index_mb: number };
  peer?: Record<string, unknown> | null;
  queries?: { peer_total: number | null; peer_p50_ms: number | null; peer_p95_ms: number | null }[];
}
const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { runs?: PreviousRun[] }) : {};
const runsOut: Record<string, unknown>[] = (previous.runs ?? []).filter((r) => !sizes.includes(r.stories)) as unknown as Record<string, unknown>[];

/** How many versions the search index holds (its docsize rows, one a document). */
function indexedVersions(db: Database): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM search_fts_docsize').get() as { n: number }).n;
}

for (const stories of sizes) {
  const { db, file, generatedS, indexedWhileStored } = await archiveFor(stories);
  const counts = db.prepare('SELECT (SELECT COUNT(*) FROM versions) AS versions, (SELECT COUNT(*) FROM blocks) AS blocks').get() as {
    versions: number;
    blocks: number;
  };
  log(`indexing ${counts.versions.toLocaleString('en')} versions (${counts.blocks.toLocaleString('en')} paragraphs)…`);
  const before = previous.runs?.find((r) => r.stories === stories);
  let t = performance.now();
  let buildS: number | null = null;
  if (indexedWhileStored) {
    buildS = generatedS ?? before?.diptych?.build_s ?? null;
    log('  (indexed by the import pipeline as it stored them: build time is that whole run)');
  } else if (values['keep-index'] && indexedVersions(db) === counts.versions) {
    buildS = before?.diptych?.build_s ?? null;
    log('  (index kept as it is; build time from the previous run)');
  } else {
    rebuildSearchIndex(db);
    optimizeSearchIndex(db);
    buildS = (performance.now() - t) / 1000;
  }
  const indexMb = sizeMb(db, 'search_fts%');
  const dbMb = sizeMb(db, '%');
  log('querying…');
  t = performance.now();
  const d = benchDiptych(db, file);
  const loadAfterQueries = loadavg();
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  db.close();
  log('the search process alone…');
  const searchProcess = await benchSearchProcess(file);
  const peer = values['no-peer'] ? null : (log('MiniSearch…'), benchPeer(file));
  // Without a peer run this time, the last run's peer figures stand (said so in the output).
  const peerBefore = !peer && before?.peer ? before : null;
  const peerAll = peer ? peer.perQuery.flatMap((q) => q.samples) : [];
  const diptych = {
    p50_ms: round(percentile(d.all, 50)),
    p95_ms: round(percentile(d.all, 95)),
    build_s: buildS === null ? null : round(buildS),
    index_mb: round(indexMb),
    rss_mb: round(rssMb),
    db_mb: round(dbMb),
    cache_build_ms: round(d.cacheMs),
    /** CPU and wall time of all the timed queries: CPU above wall means SQLite and V8 used both cores. */
    queries_cpu_s: round(d.cpuMs / 1000, 2),
    queries_wall_s: round(d.wallMs / 1000, 2),
    generated_s: generatedS === null ? null : round(generatedS),
    /** Written through the import pipeline, which indexed while storing (build_s is that run). */
    indexed_while_stored: indexedWhileStored,
    /** A fresh process whose worker opens the archive and runs the mix (pages 1 and 2) with the app's page-cache budget: what its search holds. */
    search_process: searchProcess?.app ?? null,
    /** The same with better-sqlite3's default page cache, run just after. */
    search_process_defaults: searchProcess?.defaults ?? null,
  };
  const peerFigures = peerBefore
    ? { ...(peerBefore.peer as Record<string, unknown>), from_previous_run: true }
    : peer
    ? {
        name: peer.name,
        p50_ms: round(percentile(peerAll, 50)),
        p95_ms: round(percentile(peerAll, 95)),
        build_s: round(peer.build_s),
        rss_mb: round(peer.rss_mb),
        heap_mb: round(peer.heap_mb),
        notes: 'phrase searched as all its words; no stemming, diacritic folding or transliteration',
      }
    : null;
  const run = {
    stories,
    versions: counts.versions,
    paragraphs: counts.blocks,
    runs_per_query: runs,
    /** The machine is shared: its 1-, 5- and 15-minute load averages when Diptych's queries ended. */
    load_avg: loadAfterQueries.map((x) => round(x, 2)),
    diptych,
    peer: peerFigures,
    ratios: peerFigures
      ? {
          p50_peer_over_diptych: round((peerFigures.p50_ms as number) / diptych.p50_ms, 2),
          p95_peer_over_diptych: round((peerFigures.p95_ms as number) / diptych.p95_ms, 2),
          build_peer_over_diptych: diptych.build_s === null ? null : round((peerFigures.build_s as number) / diptych.build_s, 2),
          rss_peer_over_diptych: round((peerFigures.rss_mb as number) / diptych.rss_mb, 2),
        }
      : null,
    queries: d.perQuery.map((q, i) => {
      const p = peer?.perQuery[i];
      const old = peerBefore?.queries?.[i];
      return {
        ...q,
        peer_total: p?.total ?? old?.peer_total ?? null,
        peer_p50_ms: p ? round(percentile(p.samples, 50)) : (old?.peer_p50_ms ?? null),
        peer_p95_ms: p ? round(percentile(p.samples, 95)) : (old?.peer_p95_ms ?? null),
      };
    }),
  };
  runsOut.push(run);

  const pad = (s: string | number, n: number): string => String(s).padStart(n);
  console.log(`\n${stories.toLocaleString('en')} stories · ${counts.versions.toLocaleString('en')} versions · ${runs} runs a query · ${cpus().length} cores`);
  console.log(`${'query'.padEnd(20)} ${pad('stories', 8)} ${pad('p50 ms', 8)} ${pad('p95 ms', 8)} ${pad('worst', 8)} │ ${pad('raw p50', 8)} ${pad('raw p95', 8)} ${pad('×raw', 6)} ${pad('bare p95', 8)} ${pad('×bare', 6)} │ ${pad('peer n', 8)} ${pad('p50 ms', 8)} ${pad('p95 ms', 8)}`);
  for (const q of run.queries) {
    console.log(
      `${q.label.padEnd(20)} ${pad(q.total, 8)} ${pad(q.p50_ms, 8)} ${pad(q.p95_ms, 8)} ${pad(q.worst_ms, 8)} │ ${pad(q.raw_p50_ms, 8)} ${pad(q.raw_p95_ms, 8)} ${pad(q.p95_over_raw, 6)} ${pad(q.bare_p95_ms, 8)} ${pad(q.p95_over_bare, 6)} │ ${pad(q.peer_total ?? '–', 8)} ${pad(q.peer_p50_ms ?? '–', 8)} ${pad(q.peer_p95_ms ?? '–', 8)}`,
    );
  }
  console.log('(raw: the same MATCH as plain FTS5, bm25 top-50 with snippet(), on a copy of the index beside its documents; bare: the top-50 alone. Neither groups, filters, counts or finds counterparts)');
  console.log(`queries: ${diptych.queries_cpu_s} s CPU in ${diptych.queries_wall_s} s wall`);
  if (searchProcess) {
    const line = (p: SearchProcessMemory): string =>
      `${p.rss_peak_mb} MB RSS at the peak (${p.rss_bare_mb} before the archive was opened, ${p.rss_open_mb} once open), ` +
      `${p.rss_end_mb} at the end (worker heap ${p.heap_end_mb} used of ${p.heap_total_end_mb} held), ${p.rss_after_release_mb} after releaseSearchMemory; ` +
      `the mix ${p.mix_cpu_s} s CPU in ${p.mix_wall_s} s wall`;
    console.log(`search alone, in a worker with the app's page cache: ${line(searchProcess.app)}`);
    console.log(`the same with better-sqlite3's 16 MB page cache:   ${line(searchProcess.defaults)}`);
  }
  console.log(`${'all queries'.padEnd(20)} ${pad('', 8)} ${pad(diptych.p50_ms, 8)} ${pad(diptych.p95_ms, 8)} │ ${pad('', 8)} ${pad(peerFigures?.p50_ms ?? '–', 8)} ${pad(peerFigures?.p95_ms ?? '–', 8)}`);
  console.log(
    `index: Diptych built in ${diptych.build_s} s, ${diptych.index_mb} MB on disk (archive ${diptych.db_mb} MB), process ${diptych.rss_mb} MB RSS` +
      (peerFigures ? `; MiniSearch built in ${peerFigures.build_s} s, +${peerFigures.rss_mb} MB RSS (heap ${peerFigures.heap_mb} MB)` : ''),
  );
  if (peerBefore) console.log('(MiniSearch figures from the previous run of this size)');
  console.log(`load average while measuring: ${run.load_avg.join(', ')} on ${cpus().length} cores`);
  if (run.ratios) {
    console.log(
      `ratios (MiniSearch ÷ Diptych): p50 ×${run.ratios.p50_peer_over_diptych}, p95 ×${run.ratios.p95_peer_over_diptych}, build ×${run.ratios.build_peer_over_diptych}, memory ×${run.ratios.rss_peer_over_diptych}`,
    );
  }
}

mkdirSync(join(import.meta.dirname, '../bench-results'), { recursive: true });
runsOut.sort((a, b) => (a.stories as number) - (b.stories as number));
writeFileSync(resultsFile, `${JSON.stringify({ machine: { cores: cpus().length, node: process.version }, runs: runsOut }, null, 2)}\n`);
console.log('\nWritten to bench-results/search.json');
