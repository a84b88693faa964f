// Finds user-visible text in renderer source that bypasses i18next: JSX text, string literals in
// props a user sees or hears (aria-label, title, placeholder, alt…), literal JSX children such as
// {'Save'}, and literal messages to alert/confirm/prompt or document.title. Text without a letter
// ("·", "•", "→", "42") is punctuation or data, not language, and is allowed.
import { parse } from '@babel/parser';

export const VISIBLE_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

export interface LiteralText {
  line: number;
  text: string;
  where: string;
}

type Node = { type: string; loc?: { start: { line: number } }; [key: string]: unknown };

const hasLetters = (text: string): boolean => /\p{L}/u.test(text);

export function findLiteralUiText(source: string, fileName = 'file.tsx'): LiteralText[] {
  const ast = parse(source, {
    sourceType: 'module',
    plugins: fileName.endsWith('.tsx') ? ['typescript', 'jsx'] : ['typescript'],
  });
  const found: LiteralText[] = [];
  const report = (node: Node, text: string, where: string): void => {
    if (hasLetters(text)) found.push({ line: node.loc?.start.line ?? 0, text: text.trim(), where });
  };
  /** The text of a literal expression, or null for anything computed (t(...), variables…). */
  const literal = (node: Node | null | undefined): string | null => {
    if (!node) return null;
    if (node.type === 'StringLiteral') return node.value as string;
    if (node.type === 'TemplateLiteral') {
      return (node.quasis as Node[]).map((q) => (q.value as { cooked: string }).cooked).join(' ');
    }
    if (node.type === 'ConditionalExpression') {
      return [literal(node.consequent as Node), literal(node.alternate as Node)].filter((x) => x !== null).join(' ') || null;
    }
    if (node.type === 'LogicalExpression') return literal(node.right as Node);
    return null;
  };

  const visit = (node: unknown, parent: Node | null): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n, parent);
      return;
    }
    if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
    const n = node as Node;
    switch (n.type) {
      case 'JSXText':
        report(n, n.value as string, 'JSX text');
        break;
      case 'JSXExpressionContainer':
        if (parent?.type === 'JSXElement' || parent?.type === 'JSXFragment') {
          const text = literal(n.expression as Node);
          if (text !== null) report(n, text, 'JSX child');
        }
        break;
      case 'JSXAttribute': {
        const name = (n.name as Node).name as string;
        if (VISIBLE_PROPS.has(name)) {
          const value = n.value as Node | null;
          const text = value?.type === 'JSXExpressionContainer' ? literal(value.expression as Node) : literal(value);
          if (text !== null) report(n, text, `${name}=`);
        }
        break;
      }
      case 'CallExpression': {
        const callee = n.callee as Node;
        const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? (callee.property as Node).name : null;
        if (name === 'alert' || name === 'confirm' || name === 'prompt') {
          const text = literal((n.arguments as Node[])[0]);
          if (text !== null) report(n, text, `${name as string}()`);
        }
        break;
      }
      case 'AssignmentExpression': {
        const left = n.left as Node;
        if (left.type === 'MemberExpression' && (left.property as Node).name === 'title') {
          const text = literal(n.right as Node);
          if (text !== null) report(n, text, 'title =');
        }
        break;
      }
    }
    for (const [key, value] of Object.entries(n)) {
      if (key === 'loc' || key === 'start' || key === 'end' || key === 'extra' || key === 'comments') continue;
      if (value && typeof value === 'object') visit(value, n);
    }
  };
  visit(ast.program, null);
  return found;
}
