// Saved pages get their article's headline: the <h1> readers see, not the <title> with its
// " | Site" suffix; the headline is never repeated as a heading, and metadata is plain text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../src/main/core/import/formats';
import { withoutSiteSuffix } from '../../src/main/core/import/formats/html-page';
import type { ParsedVersion } from '../../src/main/core/import/parsed';

const QA = resolve(__dirname, '../fixtures/import-qa');
const parse = (name: string): ParsedVersion => {
  const file = resolve(QA, name);
  const bytes = readFileSync(file);
  return formatFor(file, bytes).parse(bytes, file)[0]!;
};
const headings = (v: ParsedVersion): string[] => v.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);

describe('headline of a saved page', () => {
  it.each([
    ['title-suffix.et.html', 'Eesti sulgeb viimase põlevkivijaama 2035. aastaks'],
    ['title-suffix-cp1251.html', 'Естонія закриє останню сланцеву електростанцію до 2035 року'],
    ['title-differs.de.html', 'Union gewinnt die Bundestagswahl'],
    ['title-koi8u.html', 'Заголовок статті КОІ8'],
  ])('%s: the article’s <h1>, never repeated as a heading', (file, headline) => {
    const page = parse(file);
    expect(page.headline).toBe(headline);
    expect(page.blocks[0]).toEqual({ kind: 'headline', text: headline });
    expect(headings(page)).not.toContain(headline);
    expect(page.blocks[1]!.kind).toMatch(/dateline|lead/u);
  });

  it.each([
    // A section's <h1> before the article's, the article's agreeing with og:title…
    ['headlines/section-h1-og-title.en.html', 'Pollen season starts three weeks early across the north'],
    // …or with the <title> around its site's name…
    ['headlines/section-h1-title.en.html', 'City opens three new cooling centres before the heatwave'],
    // …the article's <h1> the <title> without its site's part, the channel's that part…
    ['headlines/section-h1-suffix.en.html', 'Minecraft adds a copper golem in its autumn update'],
    // …or neither, the article's inside the content Readability chose and the show's outside it.
    ['headlines/section-h1-content.en.html', 'Lighthouse keeper’s diary found in a wall after a century'.replace('’', "'")],
  ])('%s: the article’s <h1>, not the site section’s', (file, headline) => {
    const page = parse(file);
    expect(page.headline).toBe(headline);
    expect(page.blocks[0]).toEqual({ kind: 'headline', text: headline });
  });

  it.each([
    ['headlines/entity-h1.en.html', 'Burned Her Up From Within'],
    ['headlines/entity-h1.fr.html', 'Screenshot : « Vape Wave »'],
  ])('%s: character references in the headline are decoded once, never stored as written', (file, headline) => {
    const page = parse(file);
    expect(page.headline).toBe(headline);
    for (const b of page.blocks) expect(b.text).not.toMatch(/&(#\d+|#x[0-9a-f]+|[a-z]+);/iu);
  });

  it('reduces og:title and og:site_name with markup to their text, script contents dropped', () => {
    const page = parse('og-title-markup.html');
    expect(page.headline).toBe('Sejm przyjął budżet na 2026 rok');
    expect(page.blocks.map((b) => b.text).join(' ')).not.toMatch(/<|alert/u);
  });

  it.each([
    ['Eesti sulgeb viimase põlevkivijaama 2035. aastaks | ERR', 'ERR', 'Eesti sulgeb viimase põlevkivijaama 2035. aastaks'],
    ['Естонія закриє станцію до 2035 року — Укрінформ', null, 'Естонія закриє станцію до 2035 року'],
    ['ERR News | Estonia to close last plant', 'ERR News', 'Estonia to close last plant'],
    ['Estonia to close last plant - ERR News', null, 'Estonia to close last plant'],
    // No separator, or a "suffix" that is most of the headline: kept whole.
    ['Wahl in Deutschland', null, 'Wahl in Deutschland'],
    ['Kyiv — a city that does not sleep in winter', null, 'Kyiv — a city that does not sleep in winter'],
  ])('withoutSiteSuffix(%j, %j) = %j', (title, site, expected) => {
    expect(withoutSiteSuffix(title, site)).toBe(expected);
  });
});
