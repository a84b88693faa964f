// Text in the XML formats: what an XML parser (lxml, under translate-toolkit) reads back is
// exactly what was stored — quotes, apostrophes, CR, tabs, astral characters — except the few
// characters XML 1.0 cannot carry, which are dropped (vertical tab and form feed become spaces).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startTag, xmlAttr, xmlCharacters, xmlForbidsSome, xmlText } from '../../src/main/core/export/xml-text';
import { TRANSLATE_TOOLKIT } from './read-back';

describe('xmlText and xmlAttr', () => {
  it.each([
    ['plain', 'plain', 'plain'],
    [`"quoted" it's`, `"quoted" it's`, '&quot;quoted&quot; it\'s'],
    ['a & b < c > d', 'a &amp; b &lt; c &gt; d', 'a &amp; b &lt; c &gt; d'],
    [']]> end', ']]&gt; end', ']]&gt; end'],
    ['&amp; stays literal', '&amp;amp; stays literal', '&amp;amp; stays literal'],
    ['line\r\nnext', 'line&#13;\nnext', 'line&#13;&#10;next'],
    ['tab\there', 'tab\there', 'tab&#9;here'],
    ['curly “quotes” ‘and’ ʼ апостроф', 'curly “quotes” ‘and’ ʼ апостроф', 'curly “quotes” ‘and’ ʼ апостроф'],
  ])('%j', (raw, text, attr) => {
    expect(xmlText(raw)).toBe(text);
    expect(xmlAttr(raw)).toBe(attr);
  });

  it.each([
    ['bell\u0007', 'bell'],
    ['nul\u0000end', 'nulend'],
    ['vertical\u000btab and form\u000cfeed', 'vertical tab and form feed'],
    ['escape\u001b[1m', 'escape[1m'],
    ['nonchar\uffff\ufffe', 'nonchar'],
    ['lone \ud800 high, lone \udc00 low', 'lone  high, lone  low'],
    ['pair 🇺🇦 kept, NEL \u0085 and C1 \u0090 kept', 'pair 🇺🇦 kept, NEL \u0085 and C1 \u0090 kept'],
  ])('drops what XML 1.0 cannot carry: %j', (raw, kept) => {
    expect(xmlCharacters(raw)).toBe(kept);
    expect(xmlForbidsSome(raw)).toBe(raw !== kept);
  });

  it('leaves out attributes without a value', () => {
    expect(startTag('tu', { tuid: '1:0', srclang: null, changeid: undefined })).toBe('<tu tuid="1:0">');
    expect(startTag('tool', { 'tool-id': 'x' }, true)).toBe('<tool tool-id="x"/>');
  });
});

describe.runIf(TRANSLATE_TOOLKIT)('read back by lxml', () => {
  it('gives back every string exactly, less only what XML cannot carry', () => {
    const samples = fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), { numRuns: 400, seed: 13 });
    samples.push('\r', '\r\n', ' lead and trail ', '\t\t', '"\'"', '&#13;', ']]>', '<![CDATA[x]]>', 'a\ud800b', '\udc00', '\u0000\u000b');
    const dir = mkdtempSync(join(tmpdir(), 'diptych-xml-'));
    try {
      const file = join(dir, 'texts.xml');
      const body = samples.map((s) => `${startTag('s', { a: s })}${xmlText(s)}</s>\n`).join('');
      writeFileSync(file, `<?xml version="1.0" encoding="UTF-8"?>\n<texts>\n${body}</texts>\n`);
      const script = resolve(__dirname, '../support/translate-toolkit-read.py');
      const back = JSON.parse(execFileSync('/usr/bin/python3', [script, '--xml-texts', file], { encoding: 'utf8' })) as string[][];
      expect(back).toEqual(samples.map((s) => [xmlCharacters(s), xmlCharacters(s)]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

it.skipIf(TRANSLATE_TOOLKIT)('skips reading XML back: no /usr/bin/python3 with translate-toolkit (apt-get install translate-toolkit)', () => {
  expect(existsSync('/usr/bin/python3') && TRANSLATE_TOOLKIT).toBe(false);
});
