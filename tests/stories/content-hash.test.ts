// A version's content hash is what tells a re-saved file from a new one: white space and Unicode
// form must not change it, a word must.
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/main/core/stories/content-hash';

const hashOf = (...texts: string[]): string => contentHash(texts.map((text, i) => ({ kind: i === 0 ? 'headline' : 'paragraph', text })));
const base = hashOf('Kyiv talks resume', 'Delegations met on Monday in Geneva.');

describe('contentHash', () => {
  it.each([
    ['a doubled space', ['Kyiv talks resume', 'Delegations met  on Monday in Geneva.']],
    ['a leading and a trailing space', [' Kyiv talks resume', 'Delegations met on Monday in Geneva. ']],
    ['a line break inside a paragraph', ['Kyiv talks resume', 'Delegations met\r\non Monday in Geneva.']],
    ['a no-break space', ['Kyiv talks resume', 'Delegations met\u00a0on Monday in Geneva.']],
    ['a tab and a narrow no-break space together', ['Kyiv talks resume', 'Delegations met\t\u202fon Monday in Geneva.']],
  ])('is the same with %s', (_what, texts) => {
    expect(hashOf(...texts)).toBe(base);
  });

  it('is the same for decomposed letters as for composed ones', () => {
    expect(hashOf('Kyiv talks resume', 'Sa\u0308rg met on Monday.')).toBe(hashOf('Kyiv talks resume', 'S\u00e4rg met on Monday.'));
  });

  it.each([
    ['another word', ['Kyiv talks resume', 'Delegations met on Tuesday in Geneva.']],
    ['a space removed between words', ['Kyiv talks resume', 'Delegations meton Monday in Geneva.']],
    ['the same text split in two paragraphs', ['Kyiv talks resume', 'Delegations met on Monday', 'in Geneva.']],
    ['a headline turned paragraph', ['', 'Kyiv talks resume', 'Delegations met on Monday in Geneva.']],
  ])('differs with %s', (_what, texts) => {
    expect(hashOf(...texts)).not.toBe(base);
  });
});
