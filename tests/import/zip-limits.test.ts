// Zips: the 200:1 ratio the README promises holds for entries well under a megabyte, and an
// empty zip is reported with a reason rather than passed over in silence.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { importSources } from '../../src/main/core/pipeline/import';
import { zipEntries, type ZipLimits } from '../../src/main/core/import/zip-entries';
import { translateError } from '../../src/main/cli/translate-error';
import { createI18n } from '../../src/shared/i18n/create';
import { UI_LANGUAGES } from '../../src/shared/i18n/resources';
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

  describe('names the limit that stopped an entry, in every language', () => {
    const limits: ZipLimits = { maxEntryBytes: 3 << 20, maxTotalBytes: 5 << 20, maxRatio: 200, ratioFloorBytes: 64 << 10, maxEntries: 3 };
    const text = (n: number, seed: number) => new Uint8Array(n).map((_, i) => 0x41 + ((i * 7919 + seed * 31) % 26));
    const stopped = (files: Record<string, Uint8Array>, level: 0 | 9 = 0) => {
      const entries = [...zipEntries(zipSync(files, { level }), limits)];
      const refused = entries.find((e) => 'error' in e);
      if (!refused || !('error' in refused)) throw new Error('nothing refused');
      return (lang: (typeof UI_LANGUAGES)[number]) => translateError(createI18n(lang).t, refused.error);
    };

    it.each([
      ['one file over the entry limit', () => stopped({ 'big.txt': text(4 << 20, 1) }), '3 MB', /one file in an archive/u],
      ['a file packed past the ratio', () => stopped({ 'bomb.txt': new Uint8Array(1 << 20) }, 9), '200 times', /zip bomb/u],
      ['files over the archive total', () => stopped({ 'a.txt': text(2 << 20, 1), 'b.txt': text(2 << 20, 2), 'c.txt': text(2 << 20, 3) }), '5 MB in all', /one import reads/u],
    ])('%s', (_what, message, figure, kind) => {
      const say = message();
      expect(say('en')).toContain(figure);
      expect(say('en')).toMatch(kind);
      for (const lang of UI_LANGUAGES) expect(say(lang)).toMatch(/\d/u);
      // Each language says it its own way, not in English.
      expect(new Set(UI_LANGUAGES.map((l) => say(l))).size).toBe(UI_LANGUAGES.length);
    });

    it('says an archive holds more files than an import reads', () => {
      const files = Object.fromEntries([1, 2, 3, 4].map((i) => [`${i}.txt`, text(10, i)]));
      expect(() => [...zipEntries(zipSync(files), limits)]).toThrow(expect.objectContaining({ code: 'archiveTooLarge', params: { context: 'entries', files: 3 } }) as unknown as Error);
    });
  });
});
