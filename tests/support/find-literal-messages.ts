// Finds messages written straight into the CLI or the Electron shell instead of going through
// i18next: literal text given to out()/err()/write(), to a CliFailure, to Electron's dialogs, or
// as a menu item's label. Text without letters ("── ", " ¶", "↔") is layout, and is allowed.
import { parse } from '@babel/parser';

export interface LiteralMessage {
  line: number;
  text: string;
  where: string;
}

type Node = { type: string; loc?: { start: { line: number } }; [key: string]: unknown };

const PRINTERS = new Set(['out', 'err', 'write', 'showErrorBox', 'showMessageBox', 'showMessageBoxSync']);
const FAILURES = new Set(['CliFailure']);
// Not `detail`: in Diptych that is the untranslated technical detail of an ApiError.
const VISIBLE_KEYS = new Set(['label', 'title', 'message', 'buttons', 'sublabel', 'toolTip']);
/** The product's name is the same in every language (app.name in every locale). */
const BRAND = 'Diptych';

/** Letters a user would read, from the literal parts of an expression (not its variables). */
function literalText(node: Node | null | undefined): string {
  if (!node) return '';
  switch (node.type) {
    case 'StringLiteral':
      return node.value as string;
    case 'TemplateLiteral':
      return (node.quasis as Node[]).map((q) => (q.value as { cooked: string }).cooked).join(' ');
    case 'BinaryExpression':
      return `${literalText(node.left as Node)} ${literalText(node.right as Node)}`;
    case 'ConditionalExpression':
      return `${literalText(node.consequent as Node)} ${literalText(node.alternate as Node)}`;
    case 'ArrayExpression':
      return (node.elements as Node[]).map(literalText).join(' ');
    default:
      return '';
  }
}

export function findLiteralMessages(source: string): LiteralMessage[] {
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript'] });
  const found: LiteralMessage[] = [];
  const report = (node: Node, text: string, where: string): void => {
    // Option names (--db, -h) are syntax, the same in every language.
    const words = text.replace(/(?<![\p{L}\d])--?[a-z][a-z-]*/gu, '');
    if (/\p{L}/u.test(words) && text.trim() !== BRAND) found.push({ line: node.loc?.start.line ?? 0, text: text.trim(), where });
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
    const n = node as Node;
    if (n.type === 'CallExpression' || n.type === 'NewExpression') {
      const callee = n.callee as Node;
      const name = (callee.type === 'MemberExpression' ? (callee.property as Node).name : callee.name) as string | undefined;
      const args = n.arguments as Node[];
      if (name && PRINTERS.has(name)) args.forEach((a) => report(n, literalText(a), `${name}()`));
      if (name && FAILURES.has(name)) report(n, literalText(args[0]), `new ${name}()`);
    }
    if (n.type === 'ObjectProperty') {
      const key = n.key as Node;
      const name = (key.name ?? key.value) as string | undefined;
      if (name && VISIBLE_KEYS.has(name)) report(n, literalText(n.value as Node), `${name}:`);
    }
    for (const [key, value] of Object.entries(n)) {
      if (key === 'loc' || key === 'extra' || key === 'comments' || key === 'leadingComments' || key === 'trailingComments') continue;
      if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast.program);
  return found;
}
