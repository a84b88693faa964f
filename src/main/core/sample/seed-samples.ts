// The first-run sample: a short guide to Diptych in several languages (resources/sample), imported
// once into a fresh archive so that the window is never empty, and marked as the guide (stories.kind).
// Whether it has been offered is remembered in `settings`, so a reader who removes the guide never
// sees it come back.
import type { Database } from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importPaths } from '../pipeline/import';
import { emptyReport, type ImportReport } from '../pipeline/report';
import { parseFileName } from '../import/file-name';

export const SAMPLE_SEEDED_KEY = 'sample.seeded';

/** The guides were written in English; the other versions are translations of it. */
const SAMPLE_ORIGINAL_LANG = 'en';

export type SampleSeedOutcome =
  /** The guides were imported now. */
  | 'seeded'
  /** They were offered before (and may have been deleted since): nothing done. */
  | 'alreadySeeded'
  /** The archive already held stories, so this is no first run: nothing imported, noted as offered. */
  | 'archiveNotEmpty'
  /** The sample folder is missing or empty (a broken install): nothing done, nothing noted. */
  | 'noSamples';

export interface SampleSeedResult {
  outcome: SampleSeedOutcome;
  report: ImportReport;
}

export interface SampleSeedOptions {
  /** Import even into an archive that already holds stories (still only once). */
  evenIfNotEmpty?: boolean;
}

export function samplesAlreadyOffered(db: Database): boolean {
  return db.prepare('SELECT 1 FROM settings WHERE key = ?').get(SAMPLE_SEEDED_KEY) !== undefined;
}

/** Imports the sample stories from `sampleDir` on an archive's first run; afterwards does nothing. */
export function seedSampleStories(
  db: Database,
  sampleDir: string,
  options: SampleSeedOptions = {},
): SampleSeedResult {
  if (samplesAlreadyOffered(db)) return { outcome: 'alreadySeeded', report: emptyReport() };
  const files = sampleFiles(sampleDir);
  if (files.length === 0) return { outcome: 'noSamples', report: emptyReport() };
  const hasStories = db.prepare('SELECT 1 FROM stories LIMIT 1').get() !== undefined;
  if (hasStories && !options.evenIfNotEmpty) {
    markOffered(db, 'archiveNotEmpty', 0);
    return { outcome: 'archiveNotEmpty', report: emptyReport() };
  }
  const report = importPaths(db, files, { originalLang: SAMPLE_ORIGINAL_LANG });
  const stories = [...new Set(report.imported.map((i) => i.story))];
  markGuide(db, stories);
  markOffered(db, 'seeded', stories.length);
  return { outcome: 'seeded', report };
}

/**
 * The sample's files in import order. Stories are imported last guide first, so that the
 * first guide ("1-welcome") is the newest story and heads a library sorted newest first.
 */
export function sampleFiles(sampleDir: string): string[] {
  if (!existsSync(sampleDir)) return [];
  const files = readdirSync(sampleDir)
    .filter((f) => f.endsWith('.txt') && !f.startsWith('.'))
    .map((f) => ({ file: join(sampleDir, f), ...parseFileName(f) }));
  files.sort((a, b) =>
    a.stem === b.stem ? (a.lang ?? '').localeCompare(b.lang ?? '') : b.stem.localeCompare(a.stem),
  );
  return files.map((f) => f.file);
}

/** The sample's stories are the guide: ranked below the reader's own, removable in one action. */
function markGuide(db: Database, storyIds: readonly number[]): void {
  db.prepare("UPDATE stories SET kind = 'guide' WHERE id IN (SELECT value FROM json_each(?))").run(JSON.stringify(storyIds));
}

/** The newest version when the guide came: later ones are the reader's (remove-guide.ts). */
const lastVersionId = (db: Database): number => db.prepare('SELECT COALESCE(MAX(id), 0) FROM versions').pluck().get() as number;

function markOffered(db: Database, outcome: SampleSeedOutcome, stories: number): void {
  // JSON text, as every value in `settings` is.
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(SAMPLE_SEEDED_KEY, JSON.stringify({ outcome, stories, at: new Date().toISOString(), lastVersion: lastVersionId(db) }));
}
