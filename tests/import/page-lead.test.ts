// What a saved page's lead is, and what of the page is not the article: a photo's caption is kept
// but never taken as the lead, a lead the page marked wins over what stands before it, and the
// site's cookie and consent notices are left out.
import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../src/main/core/import/formats/html-page';

const BODY = [
  'The two leaders spoke for more than two hours at the Élysée Palace, the president wrote on Telegram, and agreed on the next deliveries.',
  'Macron promised that France would deliver additional SAMP/T batteries together with Italy before the end of the spring season.',
  'The leaders also agreed to hold a conference on the reconstruction of Ukraine in Lviv in the autumn, with Germany, Poland and Estonia.',
].map((t) => `<p>${t}</p>`).join('\n');

const page = (article: string, after = '', bodyClass = ''): string =>
  `<!doctype html><html lang="en"><head><title>Zelenskyy meets Macron</title></head><body class="${bodyClass}">
   <article><h1>Zelenskyy meets Macron in Paris</h1>${article}\n${BODY}</article>${after}</body></html>`;

const CAPTION = '<figure><img src="x.jpg" alt=""><figcaption>Zelenskyy and Macron at the Élysée Palace. Photo: Reuters</figcaption></figure>';
const LEAD_TEXT = 'Ukrainian President Volodymyr Zelenskyy met French President Emmanuel Macron in Paris on Friday to discuss air defence.';

const kinds = (html: string): [string, string][] => parseHtmlPage(html).blocks.map((b) => [b.kind, b.text.slice(0, 20)]);

describe('the lead of a saved page', () => {
  it.each([
    ['a caption before the marked lead', `${CAPTION}<p class="lead">${LEAD_TEXT}</p>`],
    ['a caption before the first paragraph', `${CAPTION}<p>${LEAD_TEXT}</p>`],
    ['a byline paragraph before the marked lead', `<p class="byline">By Olena Petrenko</p><p class="standfirst">${LEAD_TEXT}</p>`],
  ])('%s: the article’s first words are the lead', (_, article) => {
    const blocks = parseHtmlPage(page(article)).blocks;
    expect(blocks.filter((b) => b.kind === 'lead').map((b) => b.text)).toEqual([LEAD_TEXT]);
    // Nothing is lost, and nothing set aside leaves the parser marked.
    expect(blocks.every((b) => Object.keys(b).join() === 'kind,text')).toBe(true);
  });

  it('keeps the caption as a paragraph where it stood', () => {
    expect(kinds(page(`${CAPTION}<p class="lead">${LEAD_TEXT}</p>`)).slice(0, 3)).toEqual([
      ['headline', 'Zelenskyy meets Macr'],
      ['paragraph', 'Zelenskyy and Macron'],
      ['lead', 'Ukrainian President '],
    ]);
  });
});

describe('what is not the article', () => {
  it.each([
    ['<div class="cookie">We use cookies. <button>OK</button></div>'],
    ['<div id="gdpr-consent"><p>We and our partners store data on your device.</p></div>'],
    ['<section class="cmp-banner">Privacy settings</section>'],
  ])('leaves out %s', (notice) => {
    const texts = parseHtmlPage(page(`<p>${LEAD_TEXT}</p>`, notice)).blocks.map((b) => b.text).join('\n');
    expect(texts).toContain(LEAD_TEXT);
    expect(texts).not.toMatch(/cookies|partners|Privacy/u);
  });

  it('keeps an article whose page or container is named after cookies (a body class, a recipe)', () => {
    const texts = parseHtmlPage(page(`<p>${LEAD_TEXT}</p>`, '', 'cookies-accepted')).blocks.map((b) => b.text);
    expect(texts).toContain(LEAD_TEXT);
    expect(texts).toHaveLength(5);
  });
});
