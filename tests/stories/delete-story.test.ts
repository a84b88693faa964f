import { describe, expect, it } from 'vitest';
import { importPaths } from '../../src/main/core/pipeline/import';
import { deleteStory, listStories } from '../../src/main/core/stories/repository';
import { search } from '../../src/main/core/search/search';
import { memoryArchive, SEED_DIR, tableCounts } from '../support/archive';
import { searching } from '../support/searching';

describe('deleting a story', () => {
  it('removes the story, its versions and blocks, and it is no longer found', () => {
    const db = memoryArchive();
    const before = tableCounts(db);
    const storyId = importPaths(db, [SEED_DIR]).imported[0]!.story;
    expect(search(searching(db), 'Kallas').total).toBe(1);

    expect(deleteStory(db, storyId)).toEqual({ versions: 3 });
    expect(listStories(db, { offset: 0, limit: 10, order: 'newest' }).total).toBe(0);
    expect(search(searching(db), 'Kallas').total).toBe(0);
    const after = tableCounts(db);
    for (const table of ['stories', 'versions', 'blocks']) expect(after[table]).toBe(before[table]);
  });

  it('says when there is no such story', () => {
    const db = memoryArchive();
    expect(() => deleteStory(db, 42)).toThrowError(expect.objectContaining({ code: 'notFound' }));
  });

  it('lets the same files be imported again afterwards', () => {
    const db = memoryArchive();
    const first = importPaths(db, [SEED_DIR]);
    deleteStory(db, first.imported[0]!.story);
    expect(importPaths(db, [SEED_DIR]).imported).toHaveLength(3);
  });

  it("never gives a deleted story's id to a new one", () => {
    const db = memoryArchive();
    const first = importPaths(db, [SEED_DIR]).imported[0]!.story;
    deleteStory(db, first);
    const second = importPaths(db, [SEED_DIR]).imported[0]!.story;
    expect(second).toBeGreaterThan(first);
  });
});
