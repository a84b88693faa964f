// Documents reach the search index in key order, so FTS5 keeps one segment for a batch instead of
// starting a new one at each story whose versions come in the other order (uk before en, say) and
// merging them after: the index's CPU at import and rebuild (see SearchIndexWriter.addAll).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { importSources } from '../../src/main/core/pipeline/import';
import { rebuildSearchIndex } from '../../src/main/core/search/index-maintenance';
import { search } from '../../src/main/core/search/search';
import { memoryArchive } from '../support/archive';
import { searching } from '../support/searching';

const STORIES = 60;

function alternatingStories(): { name: string; bytes: Uint8Array }[] {
  const files = [];
  for (let i = 0; i < STORIES; i++) {
    for (const lang of i % 2 ? ['uk', 'en'] : ['en', 'uk']) {
      files.push({ name: `s${i}.${lang}.md`, bytes: new TextEncoder().encode(`---\nlang: ${lang}\n---\n# Story ${i}\n\nText ${lang} number ${i} Kallas.\n`) });
    }
  }
  return files;
}

const segments = (db: Database): number => db.prepare('SELECT COUNT(DISTINCT segid) FROM search_fts_idx').pluck().get() as number;

describe('the order documents are indexed in', () => {
  let db: Database;
  beforeEach(() => {
    db = memoryArchive();
    expect(importSources(db, alternatingStories()).counts).toMatchObject({ imported: STORIES * 2, stories: STORIES });
  });
  afterEach(() => db.close());

  it('an import whose stories alternate their languages leaves one segment, and every version found', () => {
    expect(segments(db)).toBe(1);
    const found = search(searching(db), 'Kallas', { limit: 500 });
    expect(found.total).toBe(STORIES);
    expect(found.facets.lang).toEqual([{ value: 'en', count: STORIES }, { value: 'uk', count: STORIES }]);
  });

  it('a rebuild of the index does too', () => {
    rebuildSearchIndex(db);
    expect(segments(db)).toBe(1);
    expect(search(searching(db), 'Kallas', { limit: 500 }).total).toBe(STORIES);
  });
});
