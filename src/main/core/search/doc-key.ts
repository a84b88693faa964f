// The search index holds one document per version: a story's text in one language. Its rowid is
// the story id and a small language code packed together, so grouping hits by story and counting
// languages need no join: story = key / 256, language = key % 256. Keys stay below 2^53 (story ids
// below 2^45), so they are exact JavaScript numbers.
import type { Database } from 'better-sqlite3';
import { DiptychError } from '../../../shared/errors';

export const LANG_SLOTS = 256;

export function docKey(storyId: number, langCode: number): number {
  return storyId * LANG_SLOTS + langCode;
}

export function storyOfDoc(key: number): number {
  return Math.floor(key / LANG_SLOTS);
}

export function langCodeOfDoc(key: number): number {
  return key % LANG_SLOTS;
}

/** The code of a language tag in the index, assigned on first use. */
export function langCode(db: Database, lang: string): number {
  const tag = lang.toLowerCase();
  const row = db.prepare('SELECT code FROM search_langs WHERE lang = ?').get(tag) as { code: number } | undefined;
  if (row) return row.code;
  const next = (db.prepare('SELECT COALESCE(MAX(code) + 1, 0) AS n FROM search_langs').get() as { n: number }).n;
  if (next >= LANG_SLOTS) throw new DiptychError('internal', {}, `more than ${LANG_SLOTS} languages in the search index`);
  db.prepare('INSERT INTO search_langs (code, lang) VALUES (?, ?)').run(next, tag);
  return next;
}
