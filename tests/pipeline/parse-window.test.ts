// How far the parse workers run ahead of the writer: many small files (so a worker never runs dry
// while the writer indexes or commits), but never more input held in flight than the budget
// (zip entries and JSON stories wait in the queue as bytes), and always at least one item.
import { afterEach, describe, expect, it } from 'vitest';
import { InlineParsers, WorkerParsers } from '../../src/main/core/pipeline/parsers';
import type { WorkItem } from '../../src/main/core/pipeline/units';

const story = (index: number, chars: number): WorkItem => ({
  kind: 'json-story',
  name: 'big.json',
  index,
  text: JSON.stringify({
    versions: [{ lang: 'en', blocks: [{ kind: 'headline', text: `Story ${index}` }, { kind: 'paragraph', text: `Harbour ${index}: ${'x'.repeat(chars)}` }] }],
  }),
});

/** Submits items while the parsers have room (at most `cap`); how many went. */
function fill(parsers: WorkerParsers, make: (i: number) => WorkItem, cap = 10_000): number {
  let n = 0;
  while (n < cap && parsers.hasRoom()) parsers.submit(make(n++));
  return n;
}

describe('the parse window', () => {
  let parsers: WorkerParsers | null = null;
  afterEach(() => parsers?.close());

  it('keeps hundreds of small items ahead, and each comes back in order', () => {
    parsers = new WorkerParsers(1, null, new InlineParsers(null, null));
    const ahead = fill(parsers, (i) => story(i, 100));
    expect(ahead).toBe(parsers.window);
    expect(ahead).toBeGreaterThanOrEqual(256);
    for (let i = 0; i < ahead; i++) {
      const [result] = parsers.next();
      expect(result && 'unit' in result ? result.unit.label : result).toBe(`big.json#${i + 1}`);
    }
    expect(parsers.hasRoom()).toBe(true);
  });

  it('holds no more than its byte budget of large items, but always one', () => {
    parsers = new WorkerParsers(1, null, new InlineParsers(null, null));
    const fourMb = 4 << 20;
    const ahead = fill(parsers, (i) => story(i, fourMb));
    expect(ahead).toBeGreaterThan(1);
    expect(ahead).toBeLessThanOrEqual(5);
    for (let i = 0; i < ahead; i++) parsers.next();
    // One item larger than the whole budget still goes when nothing else is in flight.
    expect(fill(parsers, (i) => story(i, 40 << 20))).toBe(1);
  });
});

describe('the writer parsing beside the workers', () => {
  let parsers: WorkerParsers | null = null;
  afterEach(() => parsers?.close());

  // Agency text named without a language: each needs the detector.
  const undeclared = (index: number): WorkItem => ({
    kind: 'bytes',
    name: `harbour-${index}.txt`,
    insideZip: false,
    bytes: new TextEncoder().encode(`Harbour ${index} reopens after the storm\n\nThe port authority said on Monday that ships would be able to dock again from next week, once the damaged cranes have been inspected.\n`),
  });

  it('leaves to the workers what needs a language detector it has not loaded, and loses nothing', () => {
    parsers = new WorkerParsers(1, null, new InlineParsers(null, null));
    const ahead = fill(parsers, undeclared, 300);
    const langs = new Set<string>();
    for (let i = 0; i < ahead; i++) {
      const [result] = parsers.next();
      expect(result && 'unit' in result ? result.unit.label : result).toBe(`harbour-${i}.txt`);
      if (result && 'unit' in result) langs.add(result.unit.versions[0]!.lang);
    }
    expect([...langs]).toEqual(['en']);
  });
});
