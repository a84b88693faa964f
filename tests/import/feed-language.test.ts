// A feed's channel declares one language for all its items. An item plainly in another script
// (Ukrainian under <language>en</language>) is detected instead; an item in the channel's script
// keeps the declared language, as the import rules say a declaration wins; an item's own
// dc:language wins over both.
import { describe, expect, it } from 'vitest';
import { scriptsOfLanguage, shareInScripts } from '../../src/main/core/import/language-script';
import { importSources } from '../../src/main/core/pipeline/import';
import { memoryArchive } from '../support/archive';

const item = (title: string, body: string, own = '') =>
  `<item><title>${title}</title><link>https://wire.example/${encodeURIComponent(title)}</link>${own}<description><![CDATA[<p>${body}</p>]]></description></item>`;
const feed = (...items: string[]) =>
  new TextEncoder().encode(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title><language>en</language>${items.join('')}</channel></rss>`);

describe('the language of a feed item', () => {
  it('is detected when the text is plainly in another script than the channel declares, and declared otherwise', () => {
    const db = memoryArchive();
    const report = importSources(db, [{
      name: 'wire.rss',
      bytes: feed(
        item('Port reopens in Odesa', 'The port of Odesa reopened on Monday after repairs to its grain terminal were finished.'),
        item('Порт в Одесі відновив роботу', 'Порт в Одесі відновив роботу в понеділок після ремонту зернового терміналу, повідомили в адміністрації.'),
        item('Sadam avati taas', 'Odessa sadam avati esmaspäeval pärast viljaterminali remonti uuesti, teatas administratsioon.'),
        item('Порт у Одесі', 'Порт в Одесі відновив роботу в понеділок.', '<dc:language>ru</dc:language>'),
      ),
    }]);
    expect(report.failed).toEqual([]);
    expect(report.imported.map((i) => i.lang)).toEqual(['en', 'uk', 'en', 'ru']);
  });

  it.each([
    ['en', 'Port reopens', 1],
    ['en', 'Порт відновив роботу', 0],
    ['uk', 'Порт відновив роботу (Odesa)', 18 / 23],
    ['ja', '東京で会議が開かれた', 1],
    ['vi', 'Cảng Odesa mở cửa trở lại', 1],
    ['uk', 'Порт Одеси', 1],
    ['en', 'Ελλάδα and Greece', 9 / 15],
    ['en', '2026 — 14:00', 1],
  ] as const)('%s text %j has %s of its letters in the language’s script', (lang, text, share) => {
    expect(shareInScripts(text, scriptsOfLanguage(lang)!)).toBeCloseTo(share, 5);
  });

  it('knows no script for a tag ICU cannot place, so the declaration stands', () => {
    expect(scriptsOfLanguage('x-private')).toBeNull();
  });
});
