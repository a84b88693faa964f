// Publication dates: one stored form (a full ISO timestamp in UTC), impossible days dropped.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/main/core/import/formats/dates';
import { parseMarkdown } from '../../src/main/core/import/formats/markdown';
import { parseJsonStory } from '../../src/main/core/import/formats/json-archive';

describe('publication dates', () => {
  it.each([
    ['2025-10-23', '2025-10-23T00:00:00.000Z'],
    ['2025-10-23T14:05:00+02:00', '2025-10-23T12:05:00.000Z'],
    ['Thu, 23 Oct 2025 14:05:00 GMT', '2025-10-23T14:05:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2025-02-30', null],
    ['2025-02-29', null],
    ['2025-04-31T10:00:00Z', null],
    ['2025-13-01', null],
    ['Sun, 30 Feb 2025 10:00:00 GMT', null],
    ['yesterday', null],
  ])('isoDate(%j) = %j', (raw, expected) => {
    expect(isoDate(raw)).toBe(expected);
  });

  it('Markdown and JSON store the same form, and drop 30 February', () => {
    const md = (date: string) => parseMarkdown(`---\ntitle: T\ndate: ${date}\n---\nAbsatz.`).publishedAt;
    expect(md('2025-10-23')).toBe('2025-10-23T00:00:00.000Z');
    expect(md('2025-02-30')).toBeNull();
    const json = (publishedAt: string) =>
      parseJsonStory(JSON.stringify({ versions: [{ lang: 'en', publishedAt, blocks: [{ kind: 'headline', text: 'H' }, { kind: 'paragraph', text: 'P' }] }] }), 0)[0]!.publishedAt;
    expect(json('2025-10-23')).toBe('2025-10-23T00:00:00.000Z');
    expect(json('2025-02-30')).toBeNull();
  });
});
