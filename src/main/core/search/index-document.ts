// What the search index holds for one version: its words analysed (search/analyze.ts) and laid
// out in columns by kind of block (headline, lead, body) so that BM25 can weigh them. Pure: the
// import pipeline computes documents off the writer's thread.
import type { LanguageAnalyzer } from './analyze';
import { forEachWord } from './normalize';

/** One FTS5 document: each column's words, space-separated, in the table's column order. */
export interface IndexDocument {
  head: string;
  head_x: string;
  lead: string;
  lead_x: string;
  body: string;
  body_x: string;
  agency: string;
  place: string;
}

type Zone = 'head' | 'lead' | 'body';

function zoneOf(kind: string): Zone {
  if (kind === 'headline') return 'head';
  if (kind === 'lead') return 'lead';
  // The dateline (place and agency) is also searchable as text, so `Kyiv` finds `Київ • УНН`.
  return 'body';
}

/** The index document of a version: its blocks' words, and its agency and place. */
export function indexDocument(
  blocks: readonly { kind: string; text: string }[],
  fields: { agency: string | null; place: string | null },
  analyzer: LanguageAnalyzer,
): IndexDocument {
  const cols: Record<`${Zone}` | `${Zone}_x`, string[]> = { head: [], head_x: [], lead: [], lead_x: [], body: [], body_x: [] };
  for (const block of blocks) {
    const zone = zoneOf(block.kind);
    const exact = cols[zone];
    const expanded = cols[`${zone}_x`];
    const text = block.text;
    forEachWord(text, (start, end) => {
      const a = analyzer.word(text.slice(start, end));
      if (!a.exact) return;
      exact.push(a.exact);
      if (a.expanded) expanded.push(a.expanded);
    });
  }
  return {
    head: cols.head.join(' '),
    head_x: cols.head_x.join(' '),
    lead: cols.lead.join(' '),
    lead_x: cols.lead_x.join(' '),
    body: cols.body.join(' '),
    body_x: cols.body_x.join(' '),
    agency: analyzer.field(fields.agency),
    place: analyzer.field(fields.place),
  };
}
