// Zips: the 200:1 ratio the README promises holds for entries well under a megabyte, and an
// empty zip is reported with a reason rather than passed over in silence.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { importSources } from '../../src/main/core/pipeline/import';
import { memoryArchive, seedPath, tableCounts } from '../support/archive';

const QA = resolve(__dirname, '../fixtures/import-qa');
const qa = (name: string) => ({ name, bytes: readFileSync(resolve(QA, name)) });
const failures = (report: { failed: { file: string; error: { code: string } }[] }) => report.failed.map((f) => [f.file, f.error.code]);

describe('zip limits', () => {
  let db: Database;
  beforeEach(() => (db = memoryArchive()));
  afterEach(() => db.close());

  it('stops a 500 KB entry packed 357:1 (the QA file)', () => {
    const report = importSources(db, [qa('ratio.zip')]);
    expect(failures(report)).toEqual([['ratio.zip/rep.en.txt', 'archiveTooLarge']]);
    expect(tableCounts(db).versions).toBe(0);
  });

  it('still imports ordinary files from a zip, however well small ones compress', () => {
    const en = readFileSync(seedPath('en'));
    const report = importSources(db, [{ name: 'seed.zip', bytes: zipSync({ 'grain.en.txt': en, 'tiny.en.txt': new TextEncoder().encode(`Headline\n${'Same line again. '.repeat(2000)}`) }) }]);
    expect(report.failed).toEqual([]);
    expect(report.counts.imported).toBe(2);
  });

  it('says that an empty zip holds nothing to import', () => {
    expect(failures(importSources(db, [qa('empty.zip')]))).toEqual([['empty.zip', 'emptyArchive']]);
    const onlyFolders = zipSync({ 'dir/': new Uint8Array(0), '.hidden': new TextEncoder().encode('x') });
    expect(failures(importSources(db, [{ name: 'folders.zip', bytes: onlyFolders }]))).toEqual([['folders.zip', 'emptyArchive']]);
  });
});
