// Whatever the reader does to an alignment, it stays an alignment: every block of both versions
// in exactly one pair, in reading order; impossible repairs are refused with a typed error and
// change nothing; undo gives back exactly what was there before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../src/main/core/db/open';
import { importPaths } from '../../src/main/core/pipeline/import';
import {
  getStoryAlignment,
  repairStoryAlignment,
  resetStoryAlignment,
  undoStoryAlignmentRepair,
} from '../../src/main/core/align/story-alignment';
import type { AlignmentRepair, StoryAlignment } from '../../src/shared/api/align';
import { isDiptychError } from '../../src/shared/errors';
import { seedPath } from '../support/archive';

const index = fc.integer({ min: 0, max: 17 });
const action = fc.oneof(
  fc.record({ op: fc.constant('merge' as const), pair: index }),
  fc.record({ op: fc.constant('split' as const), pair: index, from: fc.integer({ min: 0, max: 3 }), to: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ op: fc.constant('link' as const), from: fc.option(index, { nil: null }), to: fc.option(index, { nil: null }) }),
  fc.constant({ op: 'undo' as const }),
  fc.constant({ op: 'reset' as const }),
);

function expectCovering(al: StoryAlignment): void {
  expect(al.pairs.flatMap((p) => p.from)).toEqual(Array.from({ length: 16 }, (_, i) => i));
  expect(al.pairs.flatMap((p) => p.to)).toEqual(Array.from({ length: 16 }, (_, i) => i));
  for (const p of al.pairs) expect(p.from.length + p.to.length).toBeGreaterThan(0);
}

const shape = (al: StoryAlignment) => al.pairs.map((p) => [p.from, p.to, p.byReader]);

describe('repairs, in any order', () => {
  it('keep the alignment whole, and undo restores the state before each one', () => {
    const db = openArchive(':memory:');
    const story = importPaths(db, [seedPath('en'), seedPath('uk')]).imported[0]!.story;
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), fc.boolean(), (actions, swapped) => {
        const [from, to] = swapped ? ['uk', 'en'] : ['en', 'uk'];
        // Start from a clean slate for each run.
        db.prepare('DELETE FROM alignments').run();
        const history: ReturnType<typeof shape>[] = [];
        let current = getStoryAlignment(db, story, from, to);
        for (const a of actions) {
          const before = shape(current);
          try {
            if (a.op === 'undo') {
              current = undoStoryAlignmentRepair(db, story, from, to);
              expect(shape(current)).toEqual(history.pop());
            } else {
              current = a.op === 'reset'
                ? resetStoryAlignment(db, story, from, to)
                : repairStoryAlignment(db, story, from, to, a as AlignmentRepair);
              history.push(before);
            }
          } catch (e) {
            if (!isDiptychError(e)) throw e;
            expect(['repairNotPossible', 'nothingToUndo', 'invalidInput']).toContain(e.code);
            // A refused repair changes nothing.
            expect(shape(getStoryAlignment(db, story, from, to))).toEqual(before);
          }
          expectCovering(current);
          expect(current.undoable).toBe(history.length);
        }
      }),
      { numRuns: 80 },
    );
  });
});
