// A bench:import child: imports the generated files into a fresh archive, by the importer or by
// the practical limit, and prints its figures as JSON. bench-import.ts bundles it (with the parse
// worker) before running it, so that it runs the code as the CLI and the app ship it.
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openArchive } from '../../src/main/core/db/open';
import { importPathsLean } from '../../src/main/core/pipeline/import-lean';
import type { Format } from './files';
import { runLimit } from './limit';
import { startMeasuring, type ChildFigures } from './measure';

const archiveSize = (file: string): number => statSync(file).size;

function importerChild(paths: string[], db: string, stories: number): ChildFigures {
  const archive = openArchive(db);
  const m = startMeasuring();
  const report = importPathsLean(archive, paths, {
    // As the app runs it: the report keeps its first entries and complete counts.
    listLimit: 1000,
    ...(process.env.DIPTYCH_BENCH_PARSE_WORKERS ? { parseWorkers: Number(process.env.DIPTYCH_BENCH_PARSE_WORKERS) } : {}),
    onProgress: (p) => m.progress(p.bytesTotal > 0 ? p.bytesDone / p.bytesTotal : 0),
  });
  archive.pragma('wal_checkpoint(TRUNCATE)');
  archive.close();
  const figures = m.finish();
  return {
    stories,
    versions: report.counts.imported,
    failed: report.counts.failed,
    firstFailure: report.failed[0],
    ...figures,
    archiveBytes: archiveSize(db),
  };
}

function limitChild(format: Format, paths: string[], db: string, stories: number): ChildFigures {
  const m = startMeasuring();
  let done = 0;
  const versions = runLimit(format, paths, db, () => m.progress(++done / stories));
  return { stories: done, versions, failed: 0, ...m.finish(), archiveBytes: archiveSize(db) };
}

const { values } = parseArgs({
  options: { side: { type: 'string' }, format: { type: 'string' }, paths: { type: 'string' }, db: { type: 'string' }, stories: { type: 'string' } },
});
const [format, paths, db, stories] = [values.format as Format, values.paths!.split('\n'), values.db!, Number(values.stories)];
const figures = values.side === 'limit' ? limitChild(format, paths, db, stories) : importerChild(paths, db, stories);
process.stdout.write(JSON.stringify(figures));
