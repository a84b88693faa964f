// The alignment API as the renderer calls it: through the validated dispatch boundary.
import { describe, expect, it } from 'vitest';
import { createApiHandlers } from '../../src/main/core/api/handlers';
import { dispatchApiCall } from '../../src/main/core/api/dispatch';
import { openArchive } from '../../src/main/core/db/open';
import { importPaths } from '../../src/main/core/pipeline/import';
import type { StoryAlignment } from '../../src/shared/api/align';
import { seedPath } from '../support/archive';

function setup() {
  const db = openArchive(':memory:');
  const story = importPaths(db, [seedPath('en'), seedPath('uk'), seedPath('et')]).imported[0]!.story;
  const handlers = createApiHandlers({ db, dbPath: ':memory:', emit: () => {} });
  const call = (method: string, input: unknown) => dispatchApiCall(handlers, method, input);
  return { story, call };
}

describe('the alignment API', () => {
  it('gives a story’s alignment for any two of its languages, with sentences', async () => {
    const { story, call } = setup();
    const r = await call('getAlignment', { storyId: story, from: 'et', to: 'uk' });
    expect(r.ok).toBe(true);
    const al = (r as { value: StoryAlignment }).value;
    expect([al.from.lang, al.to.lang]).toEqual(['et', 'uk']);
    expect(al.pairs).toHaveLength(16);
    expect(al.pairs.every((p) => p.sentences.length > 0)).toBe(true);
  });

  it('repairs, undoes and resets, each answer the alignment as it now stands', async () => {
    const { story, call } = setup();
    const merged = await call('repairAlignment', { storyId: story, from: 'en', to: 'et', repair: { op: 'merge', pair: 7 } });
    expect(merged.ok && (merged.value as StoryAlignment).pairs).toHaveLength(15);
    const undone = await call('undoAlignmentRepair', { storyId: story, from: 'en', to: 'et' });
    expect(undone.ok && (undone.value as StoryAlignment).pairs).toHaveLength(16);
    const reset = await call('resetAlignment', { storyId: story, from: 'en', to: 'et' });
    expect(reset.ok && (reset.value as StoryAlignment).undoable).toBe(1);
  });

  it.each([
    ['getAlignment', { storyId: 0, from: 'en', to: 'uk' }],
    ['getAlignment', { storyId: 1, from: 'en' }],
    ['repairAlignment', { storyId: 1, from: 'en', to: 'uk', repair: { op: 'link', from: null, to: null } }],
    ['repairAlignment', { storyId: 1, from: 'en', to: 'uk', repair: { op: 'explode' } }],
    ['repairAlignment', { storyId: 1, from: 'en', to: 'uk', repair: { op: 'merge', pair: -1 } }],
  ])('refuses %s %j at the boundary', async (method, input) => {
    const { call } = setup();
    const r = await call(method, input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('invalidInput');
  });

  it('answers with typed errors for what the archive does not hold', async () => {
    const { story, call } = setup();
    const missing = await call('getAlignment', { storyId: story + 1, from: 'en', to: 'uk' });
    expect(!missing.ok && missing.error.code).toBe('notFound');
    const noLang = await call('getAlignment', { storyId: story, from: 'en', to: 'ar' });
    expect(!noLang.ok && noLang.error).toMatchObject({ code: 'noVersionInLanguage', params: { lang: 'ar' } });
    const nothing = await call('undoAlignmentRepair', { storyId: story, from: 'en', to: 'uk' });
    expect(!nothing.ok && nothing.error.code).toBe('nothingToUndo');
  });
});
