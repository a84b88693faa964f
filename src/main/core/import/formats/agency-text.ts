// The news agency plain-text layout: headline, "Place • Agency" dateline, lead, then one
// paragraph a line, where a line that is only a section word is a section heading.
import { DiptychError } from '../../../../shared/errors';
import type { ParsedBlock, ParsedVersion } from '../parsed';

/** Separators agencies put between place and agency name. */
const DATELINE = /^(?<place>[^•·|]{1,60}?)\s+[•·|]\s+(?<agency>[^•·|]{1,60})$/u;
/** "Ужгород — Суспільне": a dash separates them too, when both sides are a few capitalised words. */
const DASH_DATELINE =
  /^(?=.{3,60}$)(?<place>\p{Lu}[\p{L}\p{M}.'’ʼ-]*(?:\s\p{Lu}[\p{L}\p{M}.'’ʼ-]*){0,2})\s+[—–]\s+(?<agency>[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.'’ʼ&-]*(?:\s[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.'’ʼ&-]*){0,3})$/u;

/** Section words seen in agency copy, lower-cased; headings are also recognised by shape. */
const SECTION_WORDS = new Set([
  'details', 'context', 'background', 'update', 'updated', 'reaction', 'reactions', 'analysis',
  'деталі', 'подробиці', 'контекст', 'довідка', 'передісторія', 'доповнено', 'оновлено',
  'подробности', 'детали', 'справка', 'предыстория',
  'üksikasjad', 'taust', 'kontekst', 'täiendatud',
  'einzelheiten', 'hintergrund', 'détails', 'contexte', 'szczegóły', 'kontekst', 'tło',
]);

/** Lines end in one of these when they are prose rather than a heading. */
const SENTENCE_END = /[.!?…:;,"'»“”„)\]]$/u;

export function isSectionHeading(line: string): boolean {
  const text = line.trim();
  // Every section word is shorter: a paragraph is not lower-cased only to be looked up.
  if (!text || text.length > 40) return false;
  if (SECTION_WORDS.has(text.toLocaleLowerCase().replace(/[:.]$/u, ''))) return true;
  if (SENTENCE_END.test(text)) return false;
  const words = text.split(/\s+/u);
  // A heading is a few words starting with a capital letter, with no digits (a date or a
  // number on its own line is more likely a fragment of prose).
  return words.length <= 3 && /^\p{Lu}/u.test(text) && !/\d/u.test(text);
}

export function parseDateline(line: string): { place: string; agency: string } | null {
  const m = DATELINE.exec(line.trim()) ?? DASH_DATELINE.exec(line.trim());
  if (!m?.groups) return null;
  return { place: m.groups.place!.trim(), agency: m.groups.agency!.trim() };
}

function splitLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/u)
    // trim() drops what \s matches, no-break spaces and all: no pattern need scan each line.
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** Parses one agency text file. Throws DiptychError('notAStory') when there is nothing to keep. */
export function parseAgencyText(text: string): ParsedVersion {
  const lines = splitLines(text);
  if (lines.length === 0) throw new DiptychError('emptyFile');
  const [headline, ...rest] = lines as [string, ...string[]];
  if (headline.length > 1000) throw new DiptychError('notAStory', { reason: 'headline' });
  const blocks: ParsedBlock[] = [{ kind: 'headline', text: headline }];
  let place: string | null = null;
  let agency: string | null = null;
  let i = 0;
  const dateline = rest[0] !== undefined ? parseDateline(rest[0]) : null;
  if (dateline) {
    blocks.push({ kind: 'dateline', text: rest[0]! });
    place = dateline.place;
    agency = dateline.agency;
    i = 1;
  }
  let leadSeen = false;
  for (; i < rest.length; i++) {
    const line = rest[i]!;
    if (isSectionHeading(line)) {
      blocks.push({ kind: 'heading', text: line });
    } else if (!leadSeen) {
      blocks.push({ kind: 'lead', text: line });
      leadSeen = true;
    } else {
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return {
    lang: null,
    headline,
    blocks,
    agency,
    place,
    publishedAt: null,
    url: null,
  };
}
