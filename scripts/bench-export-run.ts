// One export measured in a process of its own (for bench-export.ts, so each row's memory is its
// own): `tsx scripts/bench-export-run.ts --db FILE --format F --from TAG --to TAG [--sentences]
// [--read-only] --out FILE`. --read-only reads every pair (versions, blocks, alignment, units) and
// writes nothing: the practical limit the formats are measured against. Prints one JSON line.
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openArchive } from '../src/main/core/db/open';
import { exportToFile } from '../src/main/core/export/file-sink';
import { readPairsPage } from '../src/main/core/export/story-pairs';
import { selectStories } from '../src/main/core/export/story-selection';
import type { ExportFormat } from '../src/shared/api/export';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    format: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    sentences: { type: 'boolean' },
    'read-only': { type: 'boolean' },
    out: { type: 'string' },
  },
});

const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
const samples: { done: number; rss_mb: number; heap_mb: number }[] = [];
const sample = (done: number): void => {
  const m = process.memoryUsage();
  samples.push({ done, rss_mb: mb(m.rss), heap_mb: mb(m.heapUsed) });
};

async function main(): Promise<void> {
  const db = openArchive(values.db!);
  const from = values.from!;
  const to = values.to!;
  const sentences = values.sentences === true;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let stories = 0;
  let units = 0;
  let bytes = 0;
  // RSS and heap at every twentieth of the stories: flat memory is the end no higher than the start.
  let next = 0;
  const progress = (done: number, total: number): void => {
    if (done < next) return;
    sample(done);
    next = done + Math.max(1, Math.floor(total / 20));
  };
  if (values['read-only']) {
    let done = 0;
    const selected = selectStories(db, { kind: 'all' });
    for (const ids of selected.pages()) {
      for (const s of readPairsPage(db, ids, { from, to, sentences, minConfidence: 0 })) {
        if ('units' in s && s.units.length > 0) {
          stories++;
          units += s.units.length;
        }
      }
      done += ids.length;
      progress(done, selected.total);
    }
  } else {
    const report = await exportToFile(
      db,
      { selection: { kind: 'all' }, format: values.format as ExportFormat, from, to, sentences },
      values.out!,
      { onProgress: (p) => progress(p.done, p.total) },
    );
    stories = report.stories;
    units = report.units;
    bytes = statSync(values.out!).size;
  }
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  db.close();
  // What the export still holds once garbage is collected (run with --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  const liveHeap = mb(process.memoryUsage().heapUsed);
  process.stdout.write(
    `${JSON.stringify({
      wall_s: wall,
      cpu_user_s: cpu.user / 1e6,
      cpu_system_s: cpu.system / 1e6,
      stories,
      units,
      bytes,
      max_rss_mb: mb(process.resourceUsage().maxRSS * 1024),
      live_heap_after_mb: liveHeap,
      samples,
    })}\n`,
  );
}

await main();
