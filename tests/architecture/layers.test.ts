// The layers import only downward: src/shared is pure TypeScript, the archive core never touches
// Electron, the renderer reaches main only through the API contract; inside the core, storing goes
// one way (pipeline → stories, search, align → db) with no loop between modules.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/u.test(entry) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gmu)];
  return specs.map((m) => m[1] ?? m[2] ?? m[3]!).filter(Boolean);
}

function violations(dir: string, forbidden: (spec: string, file: string) => boolean): string[] {
  return sourceFiles(resolve(ROOT, dir)).flatMap((file) =>
    importsOf(file)
      .filter((spec) => forbidden(spec, file))
      .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
  );
}

const reaches = (spec: string, file: string, target: string): boolean =>
  spec.startsWith('.') && resolve(file, '..', spec).startsWith(resolve(ROOT, target));

/** Imports that exist at run time (`import type` and `export type` do not). */
function runtimeImportsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^(?:import|export)\s+(?!type\s)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gmu)];
  return specs.map((m) => m[1] ?? m[2] ?? m[3]!).filter((s) => s.startsWith('.'));
}

/** The module a relative import names, as a path from the root. */
function moduleOf(file: string, spec: string): string | null {
  const base = resolve(file, '..', spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base]) {
    try {
      if (statSync(candidate).isFile()) return relative(ROOT, candidate);
    } catch {
      // Not this one.
    }
  }
  return null;
}

/** Every cycle of run-time imports among the modules under `dir`, each as the chain that closes it. */
function importCycles(dir: string): string[] {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(resolve(ROOT, dir))) {
    graph.set(relative(ROOT, file), runtimeImportsOf(file).map((spec) => moduleOf(file, spec)).filter((m): m is string => m !== null));
  }
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

const CORE = 'src/main/core';
const inCore = (spec: string, file: string, folders: string[]): boolean => folders.some((f) => reaches(spec, file, `${CORE}/${f}`));

describe('architecture', () => {
  it('keeps src/shared free of electron, node and the main process', () => {
    expect(
      violations('src/shared', (spec, file) =>
        spec === 'electron' || spec.startsWith('node:') || reaches(spec, file, 'src/main') || reaches(spec, file, 'src/renderer'),
      ),
    ).toEqual([]);
  });

  it('keeps the archive core free of electron', () => {
    expect(
      violations('src/main/core', (spec, file) => spec === 'electron' || spec.startsWith('@electron') || reaches(spec, file, 'src/main/electron')),
    ).toEqual([]);
  });

  it('lets the renderer reach main only through the contract in src/shared', () => {
    expect(
      violations('src/renderer', (spec, file) =>
        spec === 'electron' || spec.startsWith('node:') || reaches(spec, file, 'src/main') || reaches(spec, file, 'src/preload'),
      ),
    ).toEqual([]);
  });

  it('has no loop of imports anywhere in main: storing a version triggers nothing behind the caller', () => {
    expect(importCycles('src/main')).toEqual([]);
  });

  it('keeps no cache of a connection in any module of the core: whoever holds the connection holds its caches', () => {
    // A module-level WeakMap keyed by a connection is state no caller sees (search used to keep
    // its statements and document cache so); search/'s live in the SearchConnection its caller passes.
    const keyedByConnection = sourceFiles(resolve(ROOT, 'src/main/core'))
      .filter((file) => /new WeakMap<\s*Database\b/u.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(keyedByConnection).toEqual([]);
  });

  it('keeps stories/ to plain SQL: it reaches neither the index, nor alignment, nor the pipeline', () => {
    expect(
      violations(`${CORE}/stories`, (spec, file) => runtimeImportsOf(file).includes(spec) && inCore(spec, file, ['search', 'align', 'pipeline', 'import', 'api'])),
    ).toEqual([]);
  });

  it('lets only those that import (the API, the import worker, the first-run guide) call the pipeline, never align/, search/ or stories/', () => {
    expect(
      violations(CORE, (spec, file) => {
        const from = relative(resolve(ROOT, CORE), file).split('/')[0]!;
        return !['pipeline', 'api', 'import', 'sample'].includes(from) && inCore(spec, file, ['pipeline']);
      }),
    ).toEqual([]);
  });

  it('freezes the migrations: they never call the search, pipeline, align or stories code', () => {
    expect(violations(`${CORE}/db/migrations`, (spec, file) => inCore(spec, file, ['search', 'pipeline', 'align', 'stories', 'import']))).toEqual([]);
  });

  it('keeps opening and migrating an archive free of the capabilities above db/ (recovery alone rebuilds the index)', () => {
    const lowLevel = (file: string): boolean => !/[\\/]recover\.ts$/u.test(file);
    expect(violations(`${CORE}/db`, (spec, file) => lowLevel(file) && inCore(spec, file, ['search', 'pipeline', 'align', 'stories']))).toEqual([]);
  });

  it('keeps the preload to electron and the contract', () => {
    expect(
      violations('src/preload', (spec, file) => spec !== 'electron' && !reaches(spec, file, 'src/shared')),
    ).toEqual([]);
  });
});
