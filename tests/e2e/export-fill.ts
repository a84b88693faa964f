// Archives for the export browser tests: many two-language stories stored as an import stores
// them (not aligned yet: an export computes each alignment in memory, which makes a long export to
// cancel), fast enough to make thousands.
import type { Database } from 'better-sqlite3';
import type { ParsedVersion } from '../../src/main/core/import/parsed';
import { emptyReport } from '../../src/main/core/pipeline/report';
import { newStoryUnit } from '../../src/main/core/pipeline/store-stories';
import { ArchiveWriter } from '../../src/main/core/pipeline/writer';
import { WordAnalyzer } from '../../src/main/core/search/analyze';

const version = (lang: string, original: boolean, headline: string, paragraphs: string[]): ParsedVersion => ({
  lang,
  original,
  provenance: 'human',
  headline,
  agency: 'Baltic Wire',
  place: 'Tallinn',
  publishedAt: '2024-05-01',
  url: null,
  blocks: [{ kind: 'headline', text: headline }, ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))],
});

/** `count` harbour reports in English and Estonian, each of `paragraphs` paragraphs. */
export function storeHarbourReports(db: Database, count: number, paragraphs = 8): void {
  const analyzer = new WordAnalyzer();
  const writer = new ArchiveWriter(db, {}, emptyReport());
  for (let i = 0; i < count; i++) {
    const en = Array.from({ length: paragraphs }, (_, p) => `Ships came and went on day ${i}; the harbour master counted ${i * 3 + p} passengers at berth ${p}.`);
    const et = Array.from({ length: paragraphs }, (_, p) => `Laevad tulid ja läksid päeval ${i}; sadamakapten loendas kai ${p} ääres ${i * 3 + p} reisijat.`);
    writer.storeNewStory(
      newStoryUnit({ name: `harbour-${i}`, versions: [version('en', true, `Harbour report number ${i}`, en), version('et', false, `Sadamaülevaade number ${i}`, et)] }, analyzer),
    );
  }
  writer.close();
}
