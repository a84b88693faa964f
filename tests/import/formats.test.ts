// Each format on real-shaped samples: saved pages, feeds, Markdown notes and a JSON export in
// several languages. What a reader would check: the blocks' kinds, the language, the metadata.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../src/main/core/import/formats';
import type { ParsedVersion } from '../../src/main/core/import/parsed';

const FIXTURES = resolve(__dirname, '../fixtures/import');
const parse = (path: string): ParsedVersion[] => {
  const file = resolve(FIXTURES, path);
  const bytes = readFileSync(file);
  return formatFor(file, bytes).parse(bytes, file);
};
const kinds = (v: ParsedVersion): string => v.blocks.map((b) => b.kind[0]).join('');

describe('saved web pages', () => {
  it('finds the article and keeps its structure, dropping navigation, asides and footers', () => {
    const [page] = parse('pages/harbour-ferry.en.html');
    // headline, dateline, lead, 2 paragraphs, heading, paragraph, quote, paragraph, heading, paragraph
    expect(kinds(page!)).toBe('hdlpphpqphp');
    expect(page!.blocks[1]!.text).toBe('Tallinn • Baltic Wire');
    expect(page!.blocks[3]!.text).toContain('23:30');
    expect(page!.blocks[4]!.text).toMatch(/^“We waited for the ice/u);
    const all = page!.blocks.map((b) => b.text).join('\n');
    expect(all).not.toMatch(/Related|All rights reserved|Sport|Weather/u);
  });

  it('reads language, Open Graph, publication time, canonical URL and hreflang alternates', () => {
    const [page] = parse('pages/harbour-ferry.en.html');
    expect(page).toMatchObject({
      lang: 'en-GB',
      headline: 'Night ferry returns to Tallinn harbour after winter pause',
      agency: 'Baltic Wire',
      place: 'Tallinn',
      publishedAt: '2026-03-14T04:30:00.000Z',
    });
    expect(page!.url).toMatch(/^https:\/\/balticwire\.example\/en\/2026\/03\/night-ferry-returns/u);
    expect(page!.alternates!.map((a) => a.lang).sort()).toEqual(['en', 'et', 'uk']);
  });

  it('takes the language from og:locale (without its region) when <html> has none, and keeps Cyrillic text and quotes exactly', () => {
    const [page] = parse('pages/nichnyi-parom.html');
    expect(page!.lang).toBe('uk');
    expect(page!.place).toBe('Таллінн');
    expect(page!.blocks.find((b) => b.kind === 'quote')!.text).toMatch(/^«Нічний маршрут — це той/u);
    // The cookie banner's button and handler are no part of the article.
    expect(page!.blocks.map((b) => b.text).join(' ')).not.toMatch(/cookie|Гаразд/u);
  });

  it('reads an Estonian page with its section headings', () => {
    const [page] = parse('pages/harbour-ferry.et.html');
    expect(page!.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Üksikasjad', 'Taust']);
    expect(page!.blocks.find((b) => b.kind === 'quote')!.text).toMatch(/^„Ööliin on see/u);
  });
});

describe('feeds', () => {
  it('reads every RSS item as a version, content:encoded before the description', () => {
    const items = parse('feeds/ukrinform-uk.rss');
    expect(items).toHaveLength(2);
    const [bridge, weather] = items;
    expect(bridge).toMatchObject({ lang: null, containerLang: 'uk', place: 'Запоріжжя', agency: 'Дніпровий вісник', publishedAt: '2026-11-25T12:20:00.000Z' });
    expect(kinds(bridge!)).toBe('hdlphpq');
    expect(bridge!.tags).toEqual(['Інфраструктура', 'Запоріжжя']);
    expect(bridge!.blocks.map((b) => b.text).join(' ')).not.toContain('Короткий анонс');
    // An escaped-HTML description becomes paragraphs; entities are decoded once.
    expect(weather!.headline).toBe('Синоптики попереджають про перший сніг & ожеледицю');
    expect(kinds(weather!)).toBe('hlp');
  });

  it('reads Atom entries: xhtml and html content, xml:lang, hreflang alternates, the summary when nothing else', () => {
    const [bus, concert] = parse('feeds/rundschau-de.atom');
    expect(bus).toMatchObject({ lang: null, containerLang: 'de', place: 'Hamburg', url: 'https://elbe-rundschau.example/2026/11/nachtbus' });
    expect(bus!.alternates).toEqual([{ lang: 'en', url: 'https://elbe-rundschau.example/en/2026/11/night-buses' }]);
    expect(kinds(bus!)).toBe('hdlphp');
    expect(concert!.headline).toBe('Elbphilharmonie: Neue Saison ausverkauft');
    expect(concert!.blocks.map((b) => b.text)).toEqual([
      'Elbphilharmonie: Neue Saison ausverkauft',
      'Die Konzerte der neuen Saison sind nach zwei Stunden ausverkauft gewesen.',
      'Restkarten gibt es nur an der Abendkasse.',
    ]);
    const [en] = parse('feeds/rundschau-en.atom');
    expect(en!.blocks[1]).toEqual({ kind: 'lead', text: 'Only the summary: night buses will run to the airport from December.' });
  });

  it("reads each entry's HTML on its own, as a browser shows it: nothing carries over from the entry before, text after a stray </body> is kept", () => {
    const entry = (title: string, html: string): string => `<entry><title>${title}</title><content type="html">${html.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')}</content></entry>`;
    const feed = `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Wire</title>${[
      entry('One', '<div><p>Unclosed div and <b>bold'),
      entry('Two', '<p>Before.</p></body><p>After the stray end of body.</p></html><p>And after html.</p>'),
      entry('Three', 'Plain words &amp; an ampersand.'),
    ].join('')}</feed>`;
    const bytes = new TextEncoder().encode(feed);
    const texts = formatFor('wire.atom', bytes).parse(bytes, 'wire.atom').map((v) => v.blocks.slice(1).map((b) => b.text));
    expect(texts).toEqual([['Unclosed div and bold'], ['Before.', 'After the stray end of body.', 'And after html.'], ['Plain words & an ampersand.']]);
  });
});

describe('Markdown with front matter', () => {
  it('takes title, language, source, place, date, URL and tags from the front matter', () => {
    const [note] = parse('markdown/cafe-closure.fr.md');
    expect(note).toMatchObject({
      lang: 'fr',
      headline: 'Le plus vieux café de Lyon ferme ses portes après 140 ans',
      agency: 'Rhône Dépêche',
      place: 'Lyon',
      publishedAt: '2026-10-02T00:00:00.000Z',
      url: 'https://rhone-depeche.example/2026/10/cafe-ferme',
      tags: ['culture', 'commerce'],
    });
    // The body's own # heading repeats the title and is not a second headline.
    expect(kinds(note!)).toBe('hlphqp');
    expect(note!.blocks[2]!.text).toBe('Les habitués se disent « orphelins » : certains y prennent leur café depuis quarante ans.');
  });

  it('keeps the words of a title written with markup, text after a stray </body> included, and drops a script', () => {
    const md = '---\ntitle: "Budget</body> talks <b>resume</b><script>alert(1)</script>"\nlang: en\n---\n\nThe talks resume on Monday.\n';
    const bytes = new TextEncoder().encode(md);
    const [note] = formatFor('budget.en.md', bytes).parse(bytes, 'budget.en.md');
    expect(note!.headline).toBe('Budget talks resume');
  });

  it('reads translation_of, provenance and a dateline line in the body', () => {
    const [pl] = parse('markdown/cafe-closure.pl.md');
    expect(pl).toMatchObject({ lang: 'pl', translationOf: 'cafe-closure.fr.md', provenance: 'human', tags: ['kultura'] });
    const [en] = parse('markdown/tram-notes.en.md');
    expect(kinds(en!)).toBe('hdlpp');
    expect(en).toMatchObject({ place: 'Riga', agency: 'Northern Courier', publishedAt: '2026-09-18T07:15:00.000Z' });
  });
});

describe('Diptych JSON', () => {
  it('reads every story with its versions, sharing a group per story', () => {
    const versions = parse('json/exported-stories.json');
    expect(versions.map((v) => [v.lang, v.groupKey])).toEqual([
      ['uk', 'story-0'],
      ['en', 'story-0'],
      ['et', 'story-1'],
    ]);
    expect(versions[1]).toMatchObject({ original: false, provenance: 'human', translationOf: 'https://unn.example/uk/news/zhyvlennia' });
    // A version without a headline block gets one from its headline field.
    expect(kinds(versions[2]!)).toBe('hlp');
  });

  it.each([
    ['{"versions":[{"lang":"en","blocks":[]}]}', 'invalidJsonSchema'],
    ['{"stories":[{"versions":[{"lang":"en","blocks":[{"kind":"poem","text":"x"}]}]}]}', 'invalidJsonSchema'],
    ['[{"versions":[{"lang":"en","blocks":[{"kind":"paragraph","text":"no headline"}]}]}]', 'invalidJsonSchema'],
    ['{"stories":[{"versions":[', 'malformedFile'],
    ['', 'emptyFile'],
    ['"just a string"', 'malformedFile'],
  ])('refuses %s with %s', (text, code) => {
    const bytes = new TextEncoder().encode(text);
    expect(() => formatFor('x.json', bytes).parse(bytes, 'x.json')).toThrowError(expect.objectContaining({ code }));
  });
});

describe('choosing the format', () => {
  it.each([
    ['page.htm', '<!doctype html><html><body><p>x</p></body></html>', 'html'],
    ['notes.markdown', '# T\n\ntext', 'markdown'],
    ['feed.xml', '<?xml version="1.0"?><rss version="2.0"></rss>', 'feed'],
    ['saved-without-extension', '<!DOCTYPE html><html lang="de"></html>', 'html'],
    ['export.dat', '{"stories":[]}', 'json'],
    ['download', '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'feed'],
  ])('%s is read as %s', (name, text, id) => {
    expect(formatFor(name, new TextEncoder().encode(text)).id).toBe(id);
  });

  it.each([
    ['photo.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0], 'binaryFile'],
    ['report.pdf', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], 'binaryFile'],
    ['renamed-image.txt', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'binaryFile'],
    ['program', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], 'binaryFile'],
    ['letter.docx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0], 'binaryFile'],
    ['data.bin', [0x01, 0x02, 0x03], 'unsupportedFormat'],
  ])('%s is refused as %s', (name, bytes, code) => {
    expect(() => formatFor(name, new Uint8Array(bytes))).toThrowError(expect.objectContaining({ code }));
  });
});

describe('encodings pages and feeds declare', () => {
  it('reads a page saved as windows-1252 by its <meta charset>', () => {
    const html = '<html lang="fr"><head><meta charset="windows-1252"><title>Caf\u00e9 ferm\u00e9</title></head><body><article><h1>Caf\u00e9 ferm\u00e9</h1><p>Le caf\u00e9 a ferm\u00e9 ses portes \u2014 d\u00e9finitivement.</p></article></body></html>';
    const bytes = new Uint8Array([...html].map((c) => ({ '\u00e9': 0xe9, '\u2014': 0x97 })[c] ?? c.charCodeAt(0)));
    const [page] = formatFor('cafe.html', bytes).parse(bytes, 'cafe.html');
    expect(page!.headline).toBe('Café fermé');
    expect(page!.blocks[1]!.text).toBe('Le café a fermé ses portes — définitivement.');
  });

  it('reads a feed in KOI8-R by its XML declaration', () => {
    const title = 'Новости';
    const koi8: Record<string, number> = { Н: 0xee, о: 0xcf, в: 0xd7, с: 0xd3, т: 0xd4, и: 0xc9 };
    const xml = `<?xml version="1.0" encoding="koi8-r"?><rss version="2.0"><channel><language>ru</language><item><title>${title}</title><description>x</description></item></channel></rss>`;
    const bytes = new Uint8Array([...xml].map((c) => koi8[c] ?? c.charCodeAt(0)));
    expect(formatFor('news.rss', bytes).parse(bytes, 'news.rss')[0]!.headline).toBe(title);
  });
});
