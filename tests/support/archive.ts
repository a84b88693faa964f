// Test helpers: a fresh migrated archive in memory, and the seed fixtures.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openArchive } from '../../src/main/core/db/open';

export const SEED_DIR = resolve(__dirname, '../fixtures/seed');
/** The first-run guide the app ships. */
export const SAMPLE_DIR = resolve(__dirname, '../../resources/sample');
export const SEED_LANGS = ['en', 'uk', 'et'] as const;
export const seedPath = (lang: (typeof SEED_LANGS)[number]): string =>
  resolve(SEED_DIR, `kallas-training.${lang}.txt`);
export const seedText = (lang: (typeof SEED_LANGS)[number]): string => readFileSync(seedPath(lang), 'utf8');

export function memoryArchive(): Database {
  return openArchive(':memory:');
}

/** Every table's row count: "nothing changed" is this being equal before and after. */
export function tableCounts(db: Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n]),
  );
}
