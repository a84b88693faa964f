// Every API method that changes the archive announces `archiveChanged` when it is done, so screens
// refresh in place; methods that only read (and the alignment computed on first reading) do not.
import { describe, expect, it } from 'vitest';
import { apiContract, API_METHODS, WRITE_METHODS, type ApiEventName } from '../../src/shared/api';
import { createApiHandlers } from '../../src/main/core/api/handlers';
import { dispatchApiCall } from '../../src/main/core/api/dispatch';
import { seedSampleStories } from '../../src/main/core/sample/seed-samples';
import { SAMPLE_DIR } from '../support/archive';
import { seedArchive } from '../search/helpers';

function world() {
  const { db, storyId } = seedArchive();
  const events: { event: ApiEventName; payload: unknown }[] = [];
  const handlers = createApiHandlers({ db, dbPath: ':memory:', emit: (event, payload) => events.push({ event, payload }) });
  const changes = () => events.filter((e) => e.event === 'archiveChanged').map((e) => (e.payload as { method: string }).method);
  return { db, storyId, handlers, changes };
}

describe('archiveChanged', () => {
  it('the contract marks exactly the methods that change what the archive holds', () => {
    expect([...WRITE_METHODS].sort()).toEqual(
      ['deleteStory', 'detachVersion', 'importPaths', 'importText', 'moveVersion', 'removeGuide', 'repairAlignment', 'resetAlignment', 'undoAlignmentRepair'].sort(),
    );
    for (const m of API_METHODS) expect(typeof apiContract[m].writes).toBe('boolean');
  });

  it('follows each write, once it succeeded', async () => {
    const { db, storyId, handlers, changes } = world();
    seedSampleStories(db, SAMPLE_DIR, { evenIfNotEmpty: true });
    await dispatchApiCall(handlers, 'importText', { text: 'Headline\nKyiv • UNN\nLead.\nBody.', lang: 'en' });
    await dispatchApiCall(handlers, 'repairAlignment', { storyId, from: 'en', to: 'uk', repair: { op: 'merge', pair: 3 } });
    await dispatchApiCall(handlers, 'undoAlignmentRepair', { storyId, from: 'en', to: 'uk' });
    await dispatchApiCall(handlers, 'removeGuide', {});
    await dispatchApiCall(handlers, 'deleteStory', { id: storyId });
    expect(changes()).toEqual(['importText', 'repairAlignment', 'undoAlignmentRepair', 'removeGuide', 'deleteStory']);
    // A refused write changed nothing, and says nothing.
    await dispatchApiCall(handlers, 'deleteStory', { id: 999_999 });
    expect(changes()).toHaveLength(5);
    db.close();
  });

  it('does not follow reads, nor the alignment a first reading computes', async () => {
    const { db, storyId, handlers, changes } = world();
    await dispatchApiCall(handlers, 'listStories', {});
    await dispatchApiCall(handlers, 'getStory', { id: storyId });
    await dispatchApiCall(handlers, 'getAlignment', { storyId, from: 'en', to: 'uk' });
    await dispatchApiCall(handlers, 'search', { query: 'Kallas' });
    await dispatchApiCall(handlers, 'libraryFacets', {});
    await dispatchApiCall(handlers, 'stats', {});
    expect(changes()).toEqual([]);
    db.close();
  });
});
