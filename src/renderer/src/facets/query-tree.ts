// The tree a list's facets are read from and edited on (src/shared/search).
import { parseSyntax, type SyntaxNode } from '../../../shared/search';

/** The query's tree, or none when it cannot be read at all (too long: the search says so). */
export function queryTree(query: string): SyntaxNode | null {
  try {
    return parseSyntax(query).root;
  } catch {
    return null;
  }
}
