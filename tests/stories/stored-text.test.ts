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

describe('control characters in imported text', () => {
  it('are left out, a form feed becoming a space, and the story still found by its words', () => {
    const db = memoryArchive();
    // Few enough controls among prose that the file reads as text, not as binary.
    const prose = 'Ships queued overnight outside the harbour, and the first of them came in at dawn with grain.';
    const text = `Harbour \u001b[2Jreopens\u0007\nOdesa • Ukrinform\nThe port\u000creopened on Monday.\n\u0007\u001b\n${prose}\n${prose}\n${prose}`;
    const report = importSources(db, [{ name: 'port.en.txt', bytes: new TextEncoder().encode(text) }]);
    expect(report.failed).toEqual([]);
    const blocks = getStory(db, report.imported[0]!.story).versions[0]!.blocks.map((b) => b.text);
    expect(blocks).toEqual(['Harbour [2Jreopens', 'Odesa • Ukrinform', 'The port reopened on Monday.', prose, prose, prose]);
    expect(blocks.join('')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    expect(search(searching(db), '"port reopened"').total).toBe(1);
  });

  it('refuse a file whose headline is nothing but control characters, saying it holds no story', () => {
    const db = memoryArchive();
    const prose = 'Ships queued overnight outside the harbour, and the first of them came in at dawn with grain.';
    const report = importSources(db, [{ name: 'junk.en.txt', bytes: new TextEncoder().encode(`\u0007\u001b\n${prose}\n${prose}\n${prose}`) }]);
    expect(report.failed).toEqual([expect.objectContaining({ file: 'junk.en.txt', error: expect.objectContaining({ code: 'notAStory' }) })]);
    expect(report.imported).toEqual([]);
  });
});
