// A bench:import child: imports the generated files into a fresh archive, by the importer or by
// the practical limit, and prints its figures as JSON. bench-import.ts bundles it (with the import
// and parse workers) before running it, so that it runs the code as the app ships it.
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openArchive } from '../../src/main/core/db/open';
import { ImportRunner } from '../../src/main/core/import/worker/import-runner';
import type { Format } from './files';
import { startMeasuring, type ChildFigures } from './measure';

const archiveSize = (file: string): number => statSync(file).size;

/** The import as the app runs it: on an import worker with its heap limits, the report's lists capped. */
async function importerChild(paths: string[], db: string, stories: number): Promise<ChildFigures> {
  const m = startMeasuring();
  const runner = new ImportRunner({ dbPath: db, onProgress: (p) => m.progress(p.total > 0 ? p.done / p.total : 0) });
  const result = await runner.run({ paths });
  const archive = openArchive(db);
  archive.pragma('wal_checkpoint(TRUNCATE)');
  archive.close();
  const figures = m.finish();
  return {
    stories,
    versions: result.counts.imported,
    failed: result.counts.failed,
    firstFailure: result.failed[0],
    ...figures,
    archiveBytes: archiveSize(db),
  };
}

/** The limit's libraries are loaded on its side only: the importer's process carries what the app's does. */
async function limitChild(format: Format, paths: string[], db: string, stories: number): Promise<ChildFigures> {
  const { runLimit } = await import('./limit');
  const m = startMeasuring();
  let done = 0;
  const versions = runLimit(format, paths, db, () => m.progress(++done / stories));
  return { stories: done, versions, failed: 0, ...m.finish(), archiveBytes: archiveSize(db) };
}

const { values } = parseArgs({
  options: { side: { type: 'string' }, format: { type: 'string' }, paths: { type: 'string' }, db: { type: 'string' }, stories: { type: 'string' } },
});
const [format, paths, db, stories] = [values.format as Format, values.paths!.split('\n'), values.db!, Number(values.stories)];
const figures = values.side === 'limit' ? await limitChild(format, paths, db, stories) : await importerChild(paths, db, stories);
process.stdout.write(JSON.stringify(figures));
