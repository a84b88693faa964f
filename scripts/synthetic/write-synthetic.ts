// Writing a synthetic archive straight into a database through the import pipeline's own steps
// (analyze → write → index → queue alignment, pipeline/store-stories.ts), each generated story a
// new story. `writeSyntheticArchive` runs on one thread; `writeSyntheticArchiveInParallel`
// generates and analyses on worker threads (gen-worker.ts) while this thread writes.
import type { Database } from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import { defaultParseWorkers } from '../../src/main/core/pipeline/parsers';
import { emptyReport } from '../../src/main/core/pipeline/report';
import { newStoryUnit } from '../../src/main/core/pipeline/store-stories';
import type { Unit } from '../../src/main/core/pipeline/units';
import { ArchiveWriter } from '../../src/main/core/pipeline/writer';
import { WordAnalyzer } from '../../src/main/core/search/analyze';
import { DEFAULT_SEED, generateStories, type GenerateOptions, type SyntheticStory } from './synthetic';

export interface WriteProgress {
  done: number;
  total: number;
  elapsedMs: number;
}

export interface WriteSyntheticOptions extends GenerateOptions {
  /** Progress is told every this many stories. */
  batchSize?: number;
  onProgress?: (progress: WriteProgress) => void;
}

export interface WriteSyntheticResult {
  stories: number;
  versions: number;
  blocks: number;
  elapsedMs: number;
}

/** Settings key describing what was generated into an archive, for benchmarks to check. */
export const SYNTHETIC_SETTINGS_KEY = 'synthetic.archive';

/** A generated story as the pipeline takes it. */
export function syntheticUnit(story: SyntheticStory, analyzer: WordAnalyzer): Unit {
  return newStoryUnit({ name: story.key, versions: story.versions }, analyzer);
}

class SyntheticWriter {
  readonly result: WriteSyntheticResult = { stories: 0, versions: 0, blocks: 0, elapsedMs: 0 };
  private readonly writer: ArchiveWriter;
  private readonly started = performance.now();
  private readonly report = emptyReport(0);

  constructor(private readonly db: Database, private readonly options: WriteSyntheticOptions) {
    this.writer = new ArchiveWriter(db, {}, this.report);
  }

  store(unit: Unit): void {
    this.writer.storeNewStory(unit);
    this.result.stories++;
    this.result.versions += unit.versions.length;
    for (const v of unit.versions) this.result.blocks += v.parsed.blocks.length;
    if (this.result.stories % Math.max(1, this.options.batchSize ?? 1000) === 0) this.progress();
  }

  private progress(): void {
    this.options.onProgress?.({ done: this.result.stories, total: this.options.stories, elapsedMs: performance.now() - this.started });
  }

  finish(): WriteSyntheticResult {
    this.writer.close();
    if (this.report.counts.failed > 0) throw new Error(`synthetic stories failed to store: ${JSON.stringify(this.report.failed[0])}`);
    if (this.result.stories % Math.max(1, this.options.batchSize ?? 1000) !== 0) this.progress();
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(SYNTHETIC_SETTINGS_KEY, JSON.stringify({ seed: this.options.seed ?? DEFAULT_SEED, start: this.options.start ?? 0, stories: this.options.stories }));
    this.result.elapsedMs = performance.now() - this.started;
    return this.result;
  }
}

export function writeSyntheticArchive(db: Database, options: WriteSyntheticOptions): WriteSyntheticResult {
  const out = new SyntheticWriter(db, options);
  const analyzer = new WordAnalyzer();
  for (const story of generateStories(options)) out.store(syntheticUnit(story, analyzer));
  return out.finish();
}

/** Stories a worker generates per request. */
const SLICE = 250;

/** As writeSyntheticArchive, with generation and analysis on `workers` threads (default: the other cores). */
export async function writeSyntheticArchiveInParallel(
  db: Database,
  options: WriteSyntheticOptions & { workers?: number },
): Promise<WriteSyntheticResult> {
  const out = new SyntheticWriter(db, options);
  const seed = options.seed ?? DEFAULT_SEED;
  const start = options.start ?? 0;
  const end = start + options.stories;
  const count = Math.max(1, options.workers ?? defaultParseWorkers());
  const entry = new URL('./gen-worker-entry.mjs', import.meta.url);
  const workers = Array.from({ length: count }, () => new Worker(entry, { workerData: { seed } }));
  // Slices are asked for ahead (two a worker) and written strictly in order.
  const slices = new Map<number, Unit[]>();
  let nextAsked = start;
  let nextWritten = start;
  try {
    await new Promise<void>((resolve, reject) => {
      const ask = (w: Worker): void => {
        if (nextAsked >= end) return;
        w.postMessage({ from: nextAsked, to: Math.min(end, nextAsked + SLICE) });
        nextAsked += SLICE;
      };
      for (const w of workers) {
        w.on('error', reject);
        w.on('message', (m: { from: number; units: Unit[] }) => {
          slices.set(m.from, m.units);
          try {
            for (let units = slices.get(nextWritten); units; units = slices.get(nextWritten)) {
              slices.delete(nextWritten);
              for (const u of units) out.store(u);
              nextWritten += SLICE;
            }
          } catch (e) {
            reject(e);
            return;
          }
          if (nextWritten >= end) resolve();
          else ask(w);
        });
        ask(w);
        ask(w);
      }
      if (start >= end) resolve();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out.finish();
}
