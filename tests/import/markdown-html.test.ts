// HTML inside Markdown is read as the page importer reads it: the contents of <script> and
// <style> never become text, and front-matter fields are plain text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/main/core/import/formats/markdown';

const QA = resolve(__dirname, '../fixtures/import-qa');
const texts = (md: string): string => parseMarkdown(md).blocks.map((b) => b.text).join('\n');

describe('HTML in Markdown', () => {
  it('drops inline script contents (the QA note)', () => {
    const note = parseMarkdown(readFileSync(resolve(QA, 'html-in-md.de.md'), 'utf8'));
    expect(note.blocks[1]).toEqual({ kind: 'lead', text: 'Ein Absatz mit und und klick drin.' });
    expect(note.blocks.map((b) => b.text).join(' ')).not.toMatch(/alert|evil/u);
  });

  it.each([
    ['Vor <script>alert(1)</script> nach.\n\nZweiter Absatz.', 'Vor nach.'],
    ['Vor <style>p { color: red }</style> nach.\n\nZweiter Absatz.', 'Vor nach.'],
    ['Vor *betont <script>x()</script> hier* nach.\n\nZweiter Absatz.', 'Vor betont hier nach.'],
    ['Vor <b>fett</b> und <SCRIPT type="x">y()</SCRIPT> nach.\n\nZweiter Absatz.', 'Vor fett und nach.'],
    // A paragraph that is only an HTML block goes through the sanitizer.
    ['Vor.\n\n<script>\nalert(2)\n</script>\n\nZweiter Absatz.', 'Vor.'],
  ])('%j → lead %j', (body, lead) => {
    const text = texts(`---\ntitle: Titel\n---\n${body}`);
    expect(text.split('\n')[1]).toBe(lead);
    expect(text).not.toMatch(/alert|color|x\(\)|y\(\)/u);
  });

  it('reduces a front-matter title with markup to its text', () => {
    expect(parseMarkdown('---\ntitle: "Budżet <script>alert(1)</script>przyjęty"\n---\nAkapit.').headline).toBe('Budżet przyjęty');
  });
});

describe('what in Markdown is not running prose', () => {
  const parsed = (body: string) => parseMarkdown(`---\ntitle: Election results\nlang: en\n---\n${body}`);

  it.each([
    ['a table', '| Tallinn | Reform |\n|---|---|\n| Tartu | 37 |\n'],
    ['a code block', '```\nTallinn • ERR\n```\n'],
    ['an image alone', '![Tallinn, ERR](x.png)\n'],
  ])('%s before the first paragraph is neither the lead nor a dateline', (_, first) => {
    const story = parsed(`${first}\nThe commission published the results on Monday.\n`);
    expect(story.blocks.filter((b) => b.kind === 'lead').map((b) => b.text)).toEqual(['The commission published the results on Monday.']);
    expect(story.blocks.some((b) => b.kind === 'dateline')).toBe(false);
    expect([story.place, story.agency]).toEqual([null, null]);
  });

  it('keeps a table’s header as a row like the others', () => {
    const story = parsed('The results.\n\n| Party | Seats |\n|---|---|\n| Reform | 37 |\n| Centre | 16 |\n');
    expect(story.blocks.slice(2).map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Party · Seats'],
      ['paragraph', 'Reform · 37'],
      ['paragraph', 'Centre · 16'],
    ]);
  });
});
