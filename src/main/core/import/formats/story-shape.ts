// The shape every article format shares once its content is blocks: the headline first, a
// "Place • Agency" dateline when one of the first blocks is one, then the lead (the first
// paragraph, or what the page marked as the lead), then the rest as it came.
import type { ParsedBlock } from '../parsed';
import { parseDateline } from './agency-text';

export interface ShapedStory {
  blocks: ParsedBlock[];
  place: string | null;
  agency: string | null;
}

const sameText = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

export function shapeStory(headline: string, content: readonly ParsedBlock[], datelineText?: string | null): ShapedStory {
  const blocks: ParsedBlock[] = [{ kind: 'headline', text: headline }];
  let place: string | null = null;
  let agency: string | null = null;
  const addDateline = (text: string): boolean => {
    const parts = parseDateline(text);
    if (!parts || place !== null) return false;
    place = parts.place;
    agency = parts.agency;
    blocks.push({ kind: 'dateline', text });
    return true;
  };
  // A dateline found outside the article body (Readability often drops it) goes first.
  if (datelineText) addDateline(datelineText);
  let leadSeen = false;
  // The headline is never repeated as a heading (pages put their <h1> anywhere above the text).
  const repeated = content.findIndex((b) => (b.kind === 'heading' || b.kind === 'headline') && sameText(b.text, headline));
  content.forEach((b, i) => {
    if (i === repeated) return;
    if (i < 3 && (b.kind === 'dateline' || b.kind === 'paragraph') && !leadSeen) {
      if (datelineText && b.text === datelineText) return;
      if (addDateline(b.text)) return;
    }
    if (b.kind === 'dateline') {
      blocks.push(b);
    } else if (!leadSeen && (b.kind === 'lead' || b.kind === 'paragraph')) {
      leadSeen = true;
      blocks.push({ kind: 'lead', text: b.text });
    } else {
      blocks.push(b.kind === 'lead' ? { kind: 'paragraph', text: b.text } : b.kind === 'headline' ? { kind: 'heading', text: b.text } : b);
    }
  });
  return { blocks, place, agency };
}
