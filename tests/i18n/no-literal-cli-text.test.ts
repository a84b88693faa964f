// The CLI's messages and the Electron shell's menus and dialogs go through i18next: this fails on
// text written straight into them, naming file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLiteralMessages } from '../support/find-literal-messages';

const ROOT = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

it.each(['src/main/cli', 'src/main/electron'])('%s has no message that bypasses i18next', (dir) => {
  const files = sourceFiles(resolve(ROOT, dir));
  expect(files.length).toBeGreaterThan(0);
  const found = files.flatMap((file) =>
    findLiteralMessages(readFileSync(file, 'utf8')).map((f) => `${relative(ROOT, file)}:${f.line} ${f.where} "${f.text}"`),
  );
  expect(found).toEqual([]);
});

describe('the check itself', () => {
  it.each([
    ['ctx.out("Imported.")', 'out()'],
    ['ctx.err(`Failed: ${file}`)', 'err()'],
    ['io.stderr.write("Unknown command " + name)', 'write()'],
    ['throw new CliFailure("Story not found", 1)', 'new CliFailure()'],
    ['dialog.showErrorBox("Error", message)', 'showErrorBox()'],
    ['const item = { label: "Open…", click }', 'label:'],
    ['dialog.showMessageBox({ message: `Deleted ${n}` })', 'message:'],
  ])('catches %s', (code, where) => {
    expect(findLiteralMessages(code).map((f) => f.where)).toEqual([where]);
  });

  it.each([
    'ctx.out(ctx.t("cli.imported", i))',
    'ctx.out(`── ${heading} ──`)',
    'ctx.out(`${String(s.id).padStart(6)}  [${langs}]  ${headline}`)',
    'ctx.out("")',
    'throw new CliFailure(ctx.t("cli.notANumber", { value }), 2)',
    'const item = { label: t("menu.quit"), role: "quit" }',
    'io.stdout.write(`${usage()}\\n`)',
    "t('cli.optionNeedsValue', { option: '--db' })",
  ])('allows %s', (code) => {
    expect(findLiteralMessages(code)).toEqual([]);
  });
});
