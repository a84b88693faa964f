// The units of one story: one per aligned pair with both sides, in the direction asked for, the
// blocks' texts joined by a space; sentence units cut from their blocks as they stand; the
// reader's pairs sure (1) and marked; pairs below the confidence asked for left out and counted.
import { describe, expect, it } from 'vitest';
import type { SentenceGroup } from '../../src/main/core/align/sentence-pairs';
import type { StoredGroup } from '../../src/main/core/align/store';
import { storyUnits } from '../../src/main/core/export/pair-units';
import type { Block } from '../../src/shared/model';

const blocks = (...texts: string[]): Block[] => texts.map((text, index) => ({ index, kind: 'paragraph', text }));
const group = (a0: number, a1: number, b0: number, b1: number, confidence = 0.9, byReader = false): StoredGroup => ({
  a0, a1, b0, b1, confidence, byReader, textsHash: null, sentences: null,
});

const A = blocks('One. Two.', 'Three.', 'Extra.');
const B = blocks('Eins. Zwei.', 'Drei.');
const GROUPS = [group(0, 1, 0, 1, 0.95), group(1, 2, 1, 2, 0.4), group(2, 3, 2, 2)];

describe('storyUnits', () => {
  it('writes a unit per pair with both sides, counts the rest', () => {
    const r = storyUnits({ groups: GROUPS, swapped: false, blocksA: A, blocksB: B, sentencesOf: null, minConfidence: 0 });
    expect(r.units.map((u) => [u.id, u.fromText, u.toText, u.confidence])).toEqual([
      ['0', 'One. Two.', 'Eins. Zwei.', 0.95],
      ['1', 'Three.', 'Drei.', 0.4],
    ]);
    expect(r.unpaired).toBe(1);
  });

  it('turns round when the export goes from side b to side a', () => {
    const r = storyUnits({ groups: GROUPS, swapped: true, blocksA: A, blocksB: B, sentencesOf: null, minConfidence: 0 });
    expect(r.units[0]).toMatchObject({ fromText: 'Eins. Zwei.', toText: 'One. Two.', fromBlocks: [0], toBlocks: [0] });
  });

  it('joins a merged pair’s blocks with one space and keeps the reader’s mark', () => {
    const merged = [group(0, 2, 0, 2, 0.3, true)];
    const [u] = storyUnits({ groups: merged, swapped: false, blocksA: A, blocksB: B, sentencesOf: null, minConfidence: 0.99 }).units;
    expect(u).toEqual({ id: '0', fromBlocks: [0, 1], toBlocks: [0, 1], fromText: 'One. Two. Three.', toText: 'Eins. Zwei. Drei.', confidence: 1, byReader: true });
  });

  it('leaves out pairs below the confidence asked for', () => {
    const r = storyUnits({ groups: GROUPS, swapped: false, blocksA: A, blocksB: B, sentencesOf: null, minConfidence: 0.5 });
    expect(r.units.map((u) => u.id)).toEqual(['0']);
    expect(r.belowConfidence).toBe(1);
  });

  it('cuts sentence units from their blocks, no surer than their pair', () => {
    const sentences: SentenceGroup[] = [
      { from: [{ block: 0, start: 0, end: 4 }], to: [{ block: 0, start: 0, end: 5 }], confidence: 0.99 },
      { from: [{ block: 0, start: 5, end: 9 }], to: [], confidence: 0.5 },
    ];
    const whole: SentenceGroup[] = [{ from: [{ block: 0, start: 0, end: 4 }, { block: 0, start: 5, end: 9 }], to: [{ block: 0, start: 0, end: 11 }], confidence: 0.8 }];
    const r = storyUnits({
      groups: [GROUPS[0]!, group(0, 1, 0, 1, 0.7)],
      swapped: false,
      blocksA: A,
      blocksB: B,
      sentencesOf: (g) => (g.confidence === 0.95 ? sentences : whole),
      minConfidence: 0,
    });
    expect(r.units.map((u) => [u.id, u.fromText, u.toText, u.confidence])).toEqual([
      ['0.0', 'One.', 'Eins.', 0.95],
      ['1.0', 'One. Two.', 'Eins. Zwei.', 0.7],
    ]);
    expect(r.unpaired).toBe(1);
  });
});
