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

/** How near the top a block the page marked as the lead must stand to be taken as it. */
const MARKED_LEAD_WITHIN = 5;

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
  // What the page marked as the lead near the top wins over a paragraph before it (a photo's
  // caption, a byline); without one, the first paragraph that is not set aside is the lead.
  const marked = content.findIndex((b, i) => i < MARKED_LEAD_WITHIN && b.kind === 'lead');
  content.forEach((b, i) => {
    if (i === repeated) return;
    if (i < 3 && (b.kind === 'dateline' || b.kind === 'paragraph') && !leadSeen && !b.aside) {
      if (datelineText && b.text === datelineText) return;
      if (addDateline(b.text)) return;
    }
    if (b.kind === 'dateline') {
      blocks.push({ kind: 'dateline', text: b.text });
    } else if (!leadSeen && !b.aside && (b.kind === 'lead' || (b.kind === 'paragraph' && marked < 0))) {
      leadSeen = true;
      blocks.push({ kind: 'lead', text: b.text });
    } else {
      blocks.push({ kind: b.kind === 'lead' ? 'paragraph' : b.kind === 'headline' ? 'heading' : b.kind, text: b.text });
    }
  });
  return { blocks, place, agency };
}
