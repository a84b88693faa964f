// The layers import only downward: src/shared is pure TypeScript, the archive core never touches
// Electron, the renderer reaches main only through the API contract.
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

  it('keeps the preload to electron and the contract', () => {
    expect(
      violations('src/preload', (spec, file) => spec !== 'electron' && !reaches(spec, file, 'src/shared')),
    ).toEqual([]);
  });
});
