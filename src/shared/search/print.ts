// The syntax tree written back as a query, in one canonical spelling: what parses to a tree
// prints to a query that parses to the same tree. Quotes and parentheses left open stay open
// (an edit that adds to the query closes them first: see facets.ts).
import type { SyntaxNode } from './syntax';

const NEAR = /^NEAR(?:\/\d*)?$/u;

export function printQuery(node: SyntaxNode | null): string {
  return node ? print(node) : '';
}

/**
 * A word that itself begins with a minus (`NOT --x` leaves the word `-x`) would read back as
 * negated; `NOT -` before it negates that reading away again.
 */
function termText(text: string, negated: boolean): string {
  return !negated && text.length > 1 && /^[-\u2212]/u.test(text) ? `NOT -${text}` : text;
}

function print(node: SyntaxNode): string {
  const minus = 'negated' in node && node.negated ? '-' : '';
  switch (node.type) {
    case 'term':
      return `${minus}${termText(node.text, minus !== '')}`;
    case 'phrase':
      return `${minus}"${node.text}${node.closed ? '"' : ''}`;
    case 'filter':
      return `${minus}${node.name}:${node.quoted ? `"${node.value}${node.closed ? '"' : ''}` : node.value}`;
    case 'group': {
      const body = node.body ? print(node.body) : '';
      // A `-` right before `)` would read as negating the parenthesis.
      const end = node.closed ? (/[-\u2212]$/u.test(body) ? ' )' : ')') : '';
      return `${minus}${node.name === null ? '' : `${node.name}:`}(${body}${end}`;
    }
    case 'or':
      return node.children.map(print).join(' OR ');
    case 'and':
      return node.children
        .map((child, i) => {
          const next = node.children[i + 1];
          // `NEAR (x)` would read as FTS5's NEAR operator; an AND between keeps the word a word.
          const guard = child.type === 'term' && !child.negated && NEAR.test(child.text) && next?.type === 'group';
          return guard ? `${print(child)} AND` : print(child);
        })
        .join(' ');
  }
}
