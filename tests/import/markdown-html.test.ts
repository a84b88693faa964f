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
