import { describe, expect, it } from 'vitest';
import { importSources } from '../../src/main/core/pipeline/import';
import { getStory } from '../../src/main/core/stories/repository';
import { search } from '../../src/main/core/search/search';
import { memoryArchive } from '../support/archive';
import { searching } from '../support/searching';

describe('text written in decomposed Unicode (NFD)', () => {
  it('is stored composed, so search finds and marks the right paragraph', () => {
    const db = memoryArchive();
    const text = 'Käsitöölaat Tartus\nTartu • ERR\nLaupäeval avati käsitöölaat.\nÕhtul tuli rahvast juurde.'.normalize('NFD');
    const report = importSources(db, [{ name: 'laat.et.txt', bytes: new TextEncoder().encode(text) }]);
    const story = getStory(db, report.imported[0]!.story);
    expect(story.versions[0]!.blocks[2]!.text).toBe('Laupäeval avati käsitöölaat.'.normalize('NFC'));
    const hit = search(searching(db), 'käsitöölaat').stories[0]!.hits.find((h) => h.block === 2);
    expect(hit).toBeDefined();
  });
});
