// Pass 2: parentheses. The flat tokens become nested groups; a `)` with no partner is said and
// kept as a marker (a `NOT` before it has nothing to negate), a `(` with none runs to the end, and
// parentheses nested past MAX_GROUP_DEPTH are dropped, keeping what they hold.
import type { Token } from './lex';
import { MAX_GROUP_DEPTH, type QueryHint } from './syntax';

export interface TokenGroup {
  kind: 'group';
  open: Extract<Token, { kind: 'open' }>;
  items: Item[];
  closed: boolean;
}
export type Item = Exclude<Token, { kind: 'open' | 'close' }> | TokenGroup | { kind: 'strayClose' };

export function nestGroups(tokens: readonly Token[], hints: QueryHint[]): Item[] {
  const top: Item[] = [];
  const stack: TokenGroup[] = [];
  /** Opening parentheses met past the depth limit and not yet closed. */
  let dropped = 0;
  const into = (): Item[] => stack[stack.length - 1]?.items ?? top;
  for (const token of tokens) {
    if (token.kind === 'open') {
      if (stack.length >= MAX_GROUP_DEPTH) {
        dropped++;
        continue;
      }
      const group: TokenGroup = { kind: 'group', open: token, items: [], closed: false };
      into().push(group);
      stack.push(group);
    } else if (token.kind === 'close') {
      if (dropped > 0) {
        dropped--;
      } else if (stack.length > 0) {
        (stack.pop() as TokenGroup).closed = true;
      } else {
        hints.push({ code: 'unbalancedParenthesis', text: ')' });
        top.push({ kind: 'strayClose' });
      }
    } else {
      into().push(token);
    }
  }
  if (stack.length > 0) hints.push({ code: 'unbalancedParenthesis', text: '(' });
  return top;
}
