// Every story has an original. A version that declares itself a translation of something not
// (yet) in the archive stands in as the original; when the version it names arrives, that one
// takes over — in the same import or a later one, by URL or by file name.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { importPaths, importSources } from '../../src/main/core/pipeline/import';
import { getStory } from '../../src/main/core/stories/repository';
import { memoryArchive } from '../support/archive';

const DIR = resolve(__dirname, '../fixtures/import-qa/originals');
const file = (name: string) => ({ name, bytes: readFileSync(join(DIR, name)) });
const originals = (db: Database, story: number) => getStory(db, story).versions.filter((v) => v.original).map((v) => v.lang);
const note = (title: string, lang: string, front: string, text: string) =>
  `---\ntitle: ${title}\nlang: ${lang}\n${front}---\n# ${title}\n\n${text}\n\nA second paragraph of ${lang} text.\n`;

describe('originals', () => {
  let db: Database;
  beforeEach(() => (db = memoryArchive()));
  afterEach(() => db.close());

  it('a translation of a story id that does not exist becomes its own story’s original', () => {
    const report = importSources(db, [file('badref.ru.md')]);
    expect(report.imported).toHaveLength(1);
    expect(originals(db, report.imported[0]!.story)).toEqual(['ru']);
  });

  it('a translation of an unknown URL stands in, and the article at that URL takes over when it arrives', () => {
    const pl = importSources(db, [file('orphan.pl.md')]).imported[0]!;
    expect(originals(db, pl.story)).toEqual(['pl']);
    const en = importSources(db, [file('later.en.md')]).imported[0]!;
    expect(en.story).toBe(pl.story);
    expect(originals(db, pl.story)).toEqual(['en']);
  });

  it('in one import, the named file becomes the original whatever the order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diptych-originals-'));
    try {
      writeFileSync(join(dir, 'a-talks.uk.md'), note('Переговори в Брюсселі', 'uk', 'translation_of: talks.en.md\n', 'Переговори тривали всю ніч у Брюсселі.'));
      writeFileSync(join(dir, 'talks.en.md'), note('Talks in Brussels', 'en', '', 'The talks lasted all night in Brussels.'));
      // Given in this order, the Ukrainian translation is stored first.
      const report = importPaths(db, [join(dir, 'a-talks.uk.md'), join(dir, 'talks.en.md')]);
      expect(report.failed).toEqual([]);
      expect(new Set(report.imported.map((i) => i.story)).size).toBe(1);
      expect(originals(db, report.imported[0]!.story)).toEqual(['en']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a true original already there is not replaced by a later version that others translate', () => {
    const en = importSources(db, [file('later.en.md')]).imported[0]!;
    importSources(db, [file('orphan.pl.md')]);
    expect(originals(db, en.story)).toEqual(['en']);
  });
});
