// Files without an extension are read by a look at their content, as the README promises:
// pages, feeds, Markdown and JSON by their opening, and whatever else reads as text as agency text.
// A page or feed saved as .txt is read as what it is, not as agency text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../src/main/core/import/formats';

const NOEXT = resolve(__dirname, '../fixtures/import-qa/noext');
const formatOf = (name: string) => formatFor(resolve(NOEXT, name), readFileSync(resolve(NOEXT, name)));

describe('content sniffing', () => {
  it.each([
    ['grain-en', 'text'],
    ['energy-page', 'html'],
    ['feed', 'feed'],
    ['sanctions', 'markdown'],
  ])('%s is read as %s', (name, id) => {
    expect(formatOf(name).id).toBe(id);
  });

  it('imports agency text with no extension, dateline and all', () => {
    const [v] = formatOf('grain-en').parse(readFileSync(resolve(NOEXT, 'grain-en')), 'grain-en');
    expect(v).toMatchObject({ headline: "Ukraine's grain exports through Odesa ports rise 12% in October", place: 'Odesa', agency: 'Ukrinform' });
  });

  it('still refuses bytes that do not read as text, saying so', () => {
    const junk = new Uint8Array(600).map((_, i) => (i * 7919) % 251);
    expect(() => formatFor('notes', junk)).toThrow(expect.objectContaining({ code: 'undecodableText' }) as unknown as Error);
  });

  it.each([
    ['energy-page', 'html'],
    ['feed', 'feed'],
    ['grain-en', 'text'],
    ['sanctions', 'text'],
  ])('%s saved as .txt is read as %s', (name, id) => {
    const bytes = readFileSync(resolve(NOEXT, name));
    const format = formatFor(`${name}.uk.txt`, bytes);
    expect(format.id).toBe(id);
    if (id !== 'text') expect(format.parse(bytes, `${name}.uk.txt`)[0]!.blocks.map((b) => b.text).join(' ')).not.toMatch(/<|DOCTYPE|script/iu);
  });

  it.each([
    ['a page after a byte-order mark and blank lines', 'html', '\ufeff\n\n  <!doctype html><html lang="uk"><body><p>Текст</p></body></html>'],
    ['agency text that quotes a feed tag', 'text', 'KYIV, Dec 7 (Ukrinform) – The agency now publishes a <feed> of its stories.\n\nMore text.'],
  ])('%s, saved as .txt, is read as %s', (_what, id, text) => {
    expect(formatFor('note.uk.txt', new TextEncoder().encode(text)).id).toBe(id);
  });

  it('reads a UTF-16 page saved as .txt as a page', () => {
    const page = '<!doctype html><html lang="uk"><body><p>Текст</p></body></html>';
    const bytes = new Uint8Array(2 + page.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < page.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, page.charCodeAt(i), true);
    expect(formatFor('note.uk.txt', bytes).id).toBe('html');
  });
});
