// Pass 3: tokens, nested by parentheses, into the syntax tree. `NOT x` and `-x` negate x, `AND`
// is what side by side means anyway, `OR` joins its neighbours, `name:value` is a filter node.
// Nothing here decides what a filter means (lift.ts does), so the tree is what the reader wrote.
import { DiptychError } from '../errors';
import { MAX_QUERY_CHARS } from '../api/search';
import { lex, type Token } from './lex';
import { nestGroups, type Item, type TokenGroup } from './parens';
import type { Operand, QueryHint, QueryTree, SyntaxNode } from './syntax';

/** `body_x:` and `lang:` alike: a name of letters, digits and `_`, then a colon. */
const FILTER_CHUNK = /^([A-Za-z][A-Za-z0-9_]*):(.*)$/su;
/** FTS5's NEAR( … ): not ours, its parentheses are read as a group. */
const NEAR = /^NEAR(?:\/\d*)?$/u;

/**
 * The syntax tree of a query. Never throws for any string up to MAX_QUERY_CHARS code points;
 * longer ones are refused with the typed error `queryTooLong`.
 */
export function parseSyntax(input: string): QueryTree {
  const text = typeof input === 'string' ? input : '';
  checkQueryLength(text);
  const hints: QueryHint[] = [];
  const root = parseSequence(nestGroups(lex(text, hints), hints), hints);
  return { root, hints };
}

/** The limit counts characters as the reader does (code points), not UTF-16 units. */
export function checkQueryLength(query: string): void {
  if (query.length <= MAX_QUERY_CHARS) return;
  let chars = 0;
  for (const _ of query) if (++chars > MAX_QUERY_CHARS) throw new DiptychError('queryTooLong', { max: MAX_QUERY_CHARS });
}

type Piece = Operand | 'OR';

function parseSequence(items: readonly Item[], hints: QueryHint[]): SyntaxNode | null {
  return joinOr(operands(items, hints), hints);
}

/** The items as operands and ORs, with NOT, AND and NEAR read. */
function operands(items: readonly Item[], hints: QueryHint[]): Piece[] {
  const out: Piece[] = [];
  let flip = false;
  items.forEach((item, i) => {
    const negate = flip;
    flip = false;
    if (item.kind === 'strayClose') return;
    if (item.kind === 'or') {
      out.push('OR');
      return;
    }
    if (item.kind === 'group') {
      out.push(groupNode(item, negate, hints));
      return;
    }
    const negated = item.negated !== negate;
    if (item.kind === 'chunk' && !negated) {
      const next = items[i + 1];
      const wordNext = next !== undefined && next.kind !== 'or' && next.kind !== 'strayClose';
      if (item.text === 'AND') {
        // What side by side means anyway; said only when a side is missing, as for OR.
        const before = out.at(-1);
        if (!wordNext || before === undefined || before === 'OR') hints.push({ code: 'strayOperator', text: 'AND' });
        return;
      }
      if (item.text === 'NOT') {
        if (wordNext) flip = true;
        else hints.push({ code: 'strayNot', text: 'NOT' });
        return;
      }
      if (NEAR.test(item.text) && items[i + 1]?.kind === 'group') {
        hints.push({ code: 'notOperator', text: item.text });
        return;
      }
    }
    out.push(leaf(item, negated));
  });
  return out;
}

function leaf(token: Extract<Token, { kind: 'chunk' | 'phrase' }>, negated: boolean): Operand {
  if (token.kind === 'phrase') {
    return token.filter === undefined
      ? { type: 'phrase', text: token.text, negated, closed: token.closed }
      : { type: 'filter', name: token.filter, value: token.text, negated, quoted: true, closed: token.closed };
  }
  const filter = FILTER_CHUNK.exec(token.text);
  if (filter) return { type: 'filter', name: filter[1] as string, value: filter[2] as string, negated, quoted: false, closed: true };
  return { type: 'term', text: token.text, negated };
}

function groupNode(group: TokenGroup, flip: boolean, hints: QueryHint[]): Operand {
  return {
    type: 'group',
    name: group.open.filter ?? null,
    negated: group.open.negated !== flip,
    closed: group.closed,
    body: parseSequence(group.items, hints),
  };
}

/** Operands joined by OR become one `or`; the rest stand side by side. */
function joinOr(pieces: readonly Piece[], hints: QueryHint[]): SyntaxNode | null {
  const chains: Operand[][] = [];
  let pendingOr = false;
  for (const piece of pieces) {
    if (piece === 'OR') {
      if (pendingOr || chains.length === 0) hints.push({ code: 'strayOperator', text: 'OR' });
      else pendingOr = true;
      continue;
    }
    if (pendingOr) (chains[chains.length - 1] as Operand[]).push(piece);
    else chains.push([piece]);
    pendingOr = false;
  }
  if (pendingOr) hints.push({ code: 'strayOperator', text: 'OR' });
  const nodes: SyntaxNode[] = chains.map((c) => (c.length === 1 ? (c[0] as Operand) : { type: 'or', children: c }));
  if (nodes.length === 0) return null;
  return nodes.length === 1 ? (nodes[0] as SyntaxNode) : { type: 'and', children: nodes };
}
