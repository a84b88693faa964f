// Every word the renderer shows goes through i18next; this fails on text written straight into
// the components, naming file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLiteralUiText } from '../support/find-literal-ui-text';

const RENDERER = resolve(__dirname, '../../src/renderer/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/u.test(e.name) && !/\.d\.ts$/u.test(e.name) ? [path] : [];
  });
}

it('the renderer has no user-visible text that bypasses i18next', () => {
  const files = sourceFiles(RENDERER);
  expect(files.length).toBeGreaterThan(0);
  const found = files.flatMap((file) =>
    findLiteralUiText(readFileSync(file, 'utf8'), file).map((f) => `${relative(RENDERER, file)}:${f.line} ${f.where} "${f.text}"`),
  );
  expect(found).toEqual([]);
});

describe('the check itself', () => {
  it.each([
    ['<p>Hello there</p>', 'JSX text'],
    ['<p>{"Loading…"}</p>', 'JSX child'],
    ['<p>{ok ? "Saved" : t("x")}</p>', 'JSX child'],
    ['<p>{`${n} stories`}</p>', 'JSX child'],
    ['<button aria-label="Close" />', 'aria-label='],
    ['<input placeholder={"Search"} />', 'placeholder='],
    ['<img alt="Cover" />', 'alt='],
    ['<span title={`Open ${name}`} />', 'title='],
    ['<p>Пошук</p>', 'JSX text'],
  ])('catches %s', (jsx, where) => {
    const found = findLiteralUiText(`const x = ${jsx};`, 'x.tsx');
    expect(found.map((f) => f.where)).toEqual([where]);
  });

  it('catches alert() and document.title', () => {
    expect(findLiteralUiText('alert("Done"); document.title = "Diptych library";', 'x.ts')).toHaveLength(2);
  });

  it.each([
    '<p>{t("library.title")}</p>',
    '<button aria-label={t("reader.back")} />',
    '<span className="chip" lang="uk" />',
    '<span>{v.lang}{v.original ? "•" : ""}</span>',
    '<span> · </span>',
    '<p>{count}</p>',
    '<input type="search" />',
  ])('allows %s', (jsx) => {
    expect(findLiteralUiText(`const x = ${jsx};`, 'x.tsx')).toEqual([]);
  });
});
