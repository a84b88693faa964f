// Facets as filter nodes of the query tree: a language, an agency, a year or a tag is on when the
// query requires it at its top level, and toggling it adds or removes those nodes — never by
// editing the text, so `-lang:uk` is not `lang:uk` and taking a facet out leaves nothing behind.
import type { AndNode, FilterNode, Operand, SyntaxNode } from './syntax';
import { wordsOf } from './words';

export const FACET_KINDS = ['lang', 'agency', 'year', 'tag'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];

export interface Facet {
  kind: FacetKind;
  value: string;
}

const filter = (name: string, value: string): FilterNode => {
  // A value is quoted when it holds what would end it; a quote inside cannot be written, so it goes.
  const clean = value.replace(/"/gu, '');
  return { type: 'filter', name, value: clean, negated: false, quoted: /[\s()]|^$/u.test(clean), closed: true };
};

/** The filter nodes a facet stands for: `lang:uk`, `agency:"Financial Times"`, `after:2024 before:2025`. */
export function facetFilters(kind: FacetKind, value: string): FilterNode[] {
  if (kind === 'year') return [filter('after', value), filter('before', String(Number(value) + 1))];
  return [filter(kind, value)];
}

/** The operands the whole query requires: the top level of its implied AND. */
export function topLevel(root: SyntaxNode | null): SyntaxNode[] {
  if (!root) return [];
  return root.type === 'and' ? root.children : [root];
}

const key = (name: string): string => {
  const n = name.toLowerCase();
  return n === 'source' ? 'agency' : n;
};

/** Two values of one filter compared as the filter reads them: by words, without case. */
function sameValue(name: string, a: string, b: string): boolean {
  if (name === 'agency' || name === 'place') {
    return wordsOf(a).join(' ').toLowerCase() === wordsOf(b).join(' ').toLowerCase();
  }
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function matches(node: SyntaxNode, want: FilterNode, negated: boolean): boolean {
  return node.type === 'filter' && node.negated === negated && key(node.name) === key(want.name) && sameValue(key(want.name), node.value, want.value);
}

export function hasFacet(root: SyntaxNode | null, kind: FacetKind, value: string): boolean {
  const top = topLevel(root);
  return facetFilters(kind, value).every((f) => top.some((n) => matches(n, f, false)));
}

/** Every facet the query has on: for chips a reader can take off one by one. */
export function activeFacets(root: SyntaxNode | null): Facet[] {
  const out: Facet[] = [];
  const top = topLevel(root);
  for (const n of top) {
    if (n.type !== 'filter' || n.negated) continue;
    const name = key(n.name);
    if (name === 'lang' || name === 'agency' || name === 'tag') out.push({ kind: name, value: n.value.trim() });
    if (name === 'after' && /^\d{4}$/u.test(n.value.trim())) {
      const year = n.value.trim();
      if (hasFacet(root, 'year', year)) out.push({ kind: 'year', value: year });
    }
  }
  return out;
}

/** The query with the facet added, or taken out when it is on. */
export function toggleFacet(root: SyntaxNode | null, kind: FacetKind, value: string): SyntaxNode | null {
  return hasFacet(root, kind, value) ? removeFacet(root, kind, value) : addFacet(root, kind, value);
}

export function removeFacet(root: SyntaxNode | null, kind: FacetKind, value: string): SyntaxNode | null {
  const wanted = facetFilters(kind, value);
  return sequence(topLevel(root).filter((n) => !wanted.some((f) => matches(n, f, false))));
}

/**
 * Adds the facet at the top level. Its opposite (`-lang:uk`) goes, and so does another year (a
 * story has one); a quote or parenthesis left open is closed first, so the filter stays outside.
 */
export function addFacet(root: SyntaxNode | null, kind: FacetKind, value: string): SyntaxNode | null {
  const wanted = facetFilters(kind, value);
  const kept = topLevel(closeOpen(root)).filter(
    (n) =>
      !wanted.some((f) => matches(n, f, true)) &&
      !(kind === 'year' && n.type === 'filter' && ['after', 'before'].includes(key(n.name))),
  );
  return sequence([...kept, ...wanted]);
}

function sequence(nodes: SyntaxNode[]): SyntaxNode | null {
  if (nodes.length === 0) return null;
  if (nodes.length === 1) return nodes[0] as SyntaxNode;
  return { type: 'and', children: nodes.flatMap((n) => (n.type === 'and' ? n.children : [n])) } satisfies AndNode;
}

/** The tree with every unclosed quote and parenthesis closed (they can only be at the end). */
export function closeOpen(node: SyntaxNode | null): SyntaxNode | null {
  if (!node) return null;
  switch (node.type) {
    case 'term':
      return node;
    case 'phrase':
    case 'filter':
      return node.closed ? node : { ...node, closed: true };
    case 'group':
      return { ...node, closed: true, body: closeOpen(node.body) };
    case 'and':
      return { type: 'and', children: node.children.map((c) => closeOpen(c) as SyntaxNode) };
    case 'or':
      return { type: 'or', children: node.children.map((c) => closeOpen(c) as Operand) };
  }
}
