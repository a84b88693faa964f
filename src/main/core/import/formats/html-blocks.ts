// Turning (untrusted) HTML into Diptych blocks. The HTML is parsed (linkedom) and walked, and
// only text leaves this module: what never carries prose (scripts, styles, templates, SVG, MathML,
// forms, frames, media, navigation) is skipped whole, and of everything else only the text nodes
// are kept, so nothing a page carries (handlers, links, styles, markup) can reach the archive or
// the reader: what is stored is inert by construction. (DOMPurify refuses linkedom's DOM — it has
// no document.implementation — and returned its input unchanged; the walk was always the guard.)
import { parseHTML } from 'linkedom';
import type { BlockKind } from '../../../../shared/model';
import type { ParsedBlock } from '../parsed';

/* eslint-disable @typescript-eslint/no-explicit-any -- linkedom's DOM is typed for the browser lib */
type DomNode = any;

/** Elements whose text is one block, and the kind of block it becomes. */
const BLOCK_KIND: Record<string, BlockKind> = {
  P: 'paragraph',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  BLOCKQUOTE: 'quote',
  Q: 'quote',
  LI: 'paragraph',
  PRE: 'paragraph',
  DT: 'paragraph',
  DD: 'paragraph',
  FIGCAPTION: 'paragraph',
  TD: 'paragraph',
  TH: 'paragraph',
};

/** Containers walked into rather than read as one block. */
const CONTAINERS = new Set([
  'BODY', 'ARTICLE', 'SECTION', 'MAIN', 'DIV', 'HEADER', 'FOOTER', 'ASIDE', 'UL', 'OL', 'DL',
  'FIGURE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'CENTER', 'SPAN', 'FORM', 'DETAILS', 'HGROUP',
]);

/** Never read: no reader-visible prose lives here. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS',
  'VIDEO', 'AUDIO', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'NAV', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/** White space other than single spaces between words: what cleanText has to change. */
const UNCLEAN_SPACE = /[^\S ]|\u200B| {2}|^ | $/u;

/** Whitespace collapsed as a browser renders it; non-breaking spaces kept as spaces. (`\s` holds
 * U+00A0. Most text is clean already, and testing first spares a new string for each: 3× faster.) */
export function cleanText(text: string): string {
  return UNCLEAN_SPACE.test(text) ? text.replace(/[\s\u200B]+/gu, ' ').trim() : text;
}

/**
 * Plain text of a metadata value (an og:title, a front-matter field): a value that carries markup
 * is read as HTML and only its visible text is kept, script and style contents dropped, so
 * "Budget<script>alert(1)</script>" is stored as "Budget". (Only text leaves, so the parse needs
 * no sanitizing, and unknown inline tags keep their words.)
 */
export function plainText(value: string): string {
  if (!/<[a-z!/?]/iu.test(value)) return cleanText(value);
  // Set as the body's content, not parsed as a page, so text after a stray </body> is kept.
  const body = emptyBody();
  body.innerHTML = value;
  return textOf(body);
}

/** Text of a node, with <br> as a space (a line break inside a paragraph is not a new block). */
export function textOf(node: DomNode): string {
  let out = '';
  const walk = (n: DomNode): void => {
    if (n.nodeType === 3) out += n.textContent ?? '';
    else if (n.nodeType === 1) {
      if (SKIPPED.has(n.tagName)) return;
      if (n.tagName === 'BR') out += ' ';
      for (const c of n.childNodes) walk(c);
    }
  };
  walk(node);
  return cleanText(out);
}

function hasBlockChild(node: DomNode): boolean {
  for (const c of node.children ?? []) {
    if (BLOCK_KIND[c.tagName] && c.tagName !== 'Q') return true;
    if (CONTAINERS.has(c.tagName) && c.tagName !== 'SPAN') return true;
  }
  return false;
}

function classOf(node: DomNode): string {
  return String(node.getAttribute?.('class') ?? '').toLowerCase();
}

/** Walks an element tree and collects its blocks in reading order (only text leaves, see above). */
export function elementBlocks(root: DomNode): ParsedBlock[] {
  const blocks: ParsedBlock[] = [];
  const push = (kind: BlockKind, text: string, aside = false): void => {
    if (text) blocks.push(aside ? { kind, text, aside } : { kind, text });
  };
  const walk = (node: DomNode): void => {
    // Runs of text and inline elements between blocks form one paragraph.
    let inline = '';
    const flush = (): void => {
      push('paragraph', cleanText(inline));
      inline = '';
    };
    for (const child of node.childNodes ?? []) {
      if (child.nodeType === 3) {
        inline += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== 1 || SKIPPED.has(child.tagName)) continue;
      const tag = child.tagName as string;
      const kind = BLOCK_KIND[tag];
      const isBlock = (kind !== undefined && tag !== 'Q') || (CONTAINERS.has(tag) && tag !== 'SPAN');
      if (!isBlock) {
        inline += tag === 'BR' ? ' ' : textOf(child);
        continue;
      }
      flush();
      if (tag === 'BLOCKQUOTE') push('quote', textOf(child));
      else if (tag === 'FIGCAPTION') push('paragraph', textOf(child), true);
      else if (kind && !hasBlockChild(child)) push(kindFromClass(child, kind), textOf(child));
      else if (!hasBlockChild(child)) push(kindFromClass(child, 'paragraph'), textOf(child));
      else walk(child);
    }
    flush();
  };
  walk(root);
  return blocks;
}

/** Pages often mark the lead and dateline with a class; keep what they say. */
function kindFromClass(node: DomNode, fallback: BlockKind): BlockKind {
  const cls = classOf(node);
  if (fallback !== 'paragraph') return fallback;
  if (/\b(dateline)\b/u.test(cls)) return 'dateline';
  if (/\b(lead|lede|standfirst|summary|intro|article-lead|subtitle)\b/u.test(cls)) return 'lead';
  return fallback;
}

/** The blocks of an HTML fragment. */
export type FragmentReader = (html: string) => ParsedBlock[];

/** Blocks of HTML fragments read one after another through one document, as a feed's entries are:
 * a fresh document for each would be most of their parsing's garbage. */
export function fragmentReader(): FragmentReader {
  const body = emptyBody();
  return (html) => {
    body.innerHTML = html;
    return elementBlocks(body);
  };
}

/** The body of a new, empty HTML document, for fragments to be set into as a browser reads them. */
function emptyBody(): DomNode {
  return parseHTML('<!doctype html><html><body></body></html>').document.body;
}
