// Undated stories sort last in either date order (QA D32); the CLI's match count is written the
// way the UI language writes numbers, like the paging line beside it (QA D34).
import { describe, expect, it } from 'vitest';
import { search } from '../../src/main/core/search/search';
import { createI18n } from '../../src/shared/i18n/create';
import { formatNumber } from '../../src/shared/i18n/format';
import { UI_LANGUAGES } from '../../src/shared/i18n/resources';
import { addStory } from './helpers';
import { memoryArchive } from '../support/archive';
import { searching } from '../support/searching';

describe('date orders', () => {
  it.each(['newest', 'oldest'] as const)('%s first puts stories without a date last', (sort) => {
    const db = memoryArchive();
    const old = addStory(db, [{ lang: 'en', publishedAt: '2023-03-01', blocks: ['Harbour news', 'The ferry left.'] }]);
    const recent = addStory(db, [{ lang: 'en', publishedAt: '2025-03-01', blocks: ['Harbour news', 'The ferry came.'] }]);
    const undated = addStory(db, [{ lang: 'en', publishedAt: null, blocks: ['Harbour news', 'The ferry waits.'] }]);
    // When it was added stands in for its date: newer than any story for `newest`, older for `oldest`.
    db.prepare('UPDATE stories SET created_at = ? WHERE id = ?').run(sort === 'newest' ? '2099-01-01T00:00:00Z' : '2000-01-01T00:00:00Z', undated);
    const order = search(searching(db), 'ferry', { sort }).stories.map((s) => s.id);
    expect(order).toEqual(sort === 'newest' ? [recent, old, undated] : [old, recent, undated]);
    db.close();
  });
});

describe('the CLI match count', () => {
  it.each(UI_LANGUAGES)('%s writes 1200 and 1000000 as its numbers', (lang) => {
    const t = createI18n(lang).t;
    for (const count of [1200, 1_000_000]) {
      const line = t('cli.searchTotal', { count });
      expect(line).toContain(formatNumber(count, lang));
    }
  });
});
