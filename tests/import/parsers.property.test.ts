// Property tests: whatever bytes or text a parser is given, it returns versions or throws a
// DiptychError, never anything else (no TypeError from a half-read document, no raw parser error).
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DiptychError } from '../../src/shared/errors';
import { IMPORT_FORMATS, formatFor } from '../../src/main/core/import/formats';
import { parseFeed } from '../../src/main/core/import/formats/feed';
import { parseHtmlPage } from '../../src/main/core/import/formats/html-page';
import { parseJsonStory } from '../../src/main/core/import/formats/json-archive';
import { splitJsonStories } from '../../src/main/core/import/formats/json-stream';
import { parseMarkdown } from '../../src/main/core/import/formats/markdown';
import { zipEntries } from '../../src/main/core/import/zip-entries';

function onlyTypedErrors(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    if (!(e instanceof DiptychError)) throw e;
  }
}

const RUNS = { numRuns: 150 };

/** Text made of the characters that matter to markup parsers, plus anything else. */
const markupText = fc
  .array(
    fc.oneof(
      fc.constantFrom('<', '>', '&', ';', '"', "'", '/', '=', '[', ']', '{', '}', ':', ',', '-', '#', '*', '\n', ' ', '!', '?'),
      fc.constantFrom('<p>', '</p>', '<html lang="uk">', '<h1>', '<script>', '<![CDATA[', ']]>', '<!DOCTYPE x [', '<!ENTITY a "b">', '&amp;', '&#x41;', '&#99999999;', '<rss><channel><item><title>', '</title></item>', '<feed><entry><title>', '<content type="html">', '---\n', 'title: ', 'lang: ', '&a;', '*a', '&a ', '<svg>', '<math>'),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('parsers only throw DiptychErrors', () => {
  it('HTML pages', () => {
    fc.assert(fc.property(markupText, (text) => onlyTypedErrors(() => parseHtmlPage(text))), RUNS);
  });

  it('feeds', () => {
    fc.assert(
      fc.property(markupText, (text) => {
        onlyTypedErrors(() => parseFeed(text));
        onlyTypedErrors(() => parseFeed(`<rss version="2.0"><channel><item><title>t</title><description>${text}</description></item></channel></rss>`));
        onlyTypedErrors(() => parseFeed(`<feed><entry><title>t</title><content type="xhtml">${text}</content></entry></feed>`));
      }),
      RUNS,
    );
  });

  it('Markdown with front matter', () => {
    fc.assert(
      fc.property(markupText, markupText, (front, body) => {
        onlyTypedErrors(() => parseMarkdown(`---\n${front}\n---\n${body}`));
        onlyTypedErrors(() => parseMarkdown(body));
      }),
      RUNS,
    );
  });

  it('JSON, whole and streamed in arbitrary chunks', () => {
    const jsonish = fc.oneof(markupText, fc.json(), fc.jsonValue().map((v) => JSON.stringify({ stories: [v] })));
    fc.assert(
      fc.property(jsonish, fc.integer({ min: 1, max: 16 }), (text, chunk) => {
        const bytes = new TextEncoder().encode(text);
        const chunks: Uint8Array[] = [];
        for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
        onlyTypedErrors(() => {
          let i = 0;
          for (const story of splitJsonStories(chunks, { maxStoryBytes: 1 << 20 })) parseJsonStory(story, i++);
        });
        onlyTypedErrors(() => parseJsonStory(text, 0));
      }),
      RUNS,
    );
  });

  it('every registered format, on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(...IMPORT_FORMATS.flatMap((f) => f.extensions), 'bin', ''), (bytes, ext) => {
        onlyTypedErrors(() => formatFor(`file.${ext}`, bytes).parse(bytes, `file.${ext}`));
      }),
      RUNS,
    );
  });

  it('zip archives, damaged at random', () => {
    const zip = zipSync({ 'a.md': new TextEncoder().encode('# A\n\ntext'), 'dir/b.txt': new TextEncoder().encode('B\nlead') });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(zip.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.nat(zip.length), (edits, cut) => {
        const bytes = zip.slice(0, Math.max(cut, 0) || zip.length);
        for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
        onlyTypedErrors(() => [...zipEntries(bytes)]);
      }),
      RUNS,
    );
  });

  it('splitting JSON in chunks finds the same stories as reading it whole', () => {
    const story = fc.record({
      versions: fc.array(fc.record({ lang: fc.constantFrom('en', 'uk', 'et'), blocks: fc.array(fc.record({ kind: fc.constant('paragraph'), text: fc.string() }), { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(story, { maxLength: 5 }), fc.integer({ min: 1, max: 7 }), fc.boolean(), (stories, chunk, wrapped) => {
        const bytes = new TextEncoder().encode(JSON.stringify(wrapped ? { format: 'diptych', stories } : stories));
        const chunks: Uint8Array[] = [];
        for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
        expect([...splitJsonStories(chunks, { maxStoryBytes: 1 << 20 })].map((s) => JSON.parse(s))).toEqual(stories);
      }),
      RUNS,
    );
  });
});
