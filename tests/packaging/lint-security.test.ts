// `npm run lint:security` is Electronegativity with a verdict: it passes on src/ as written, and
// fails once the window gives up the renderer's isolation.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { failsLint, scanForFindings } from '../../scripts/lint-security';

const SRC = resolve(__dirname, '../../src');
const scratch = mkdtempSync(join(tmpdir(), 'diptych-eng-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('lint:security', () => {
  it('finds nothing above LOW in src/, and parses every file', async () => {
    const { findings, unparsed } = await scanForFindings(SRC);
    expect(unparsed).toEqual([]);
    expect(findings.filter(failsLint).map((f) => `${f.id} ${f.file}:${f.location.line}`)).toEqual([]);
  });

  it('fails when the window turns off context isolation and the sandbox', async () => {
    const copy = join(scratch, 'src');
    cpSync(SRC, copy, { recursive: true });
    const window = join(copy, 'main/electron/window.ts');
    const weakened = readFileSync(window, 'utf8')
      .replace('contextIsolation: true', 'contextIsolation: false')
      .replace('sandbox: true', 'sandbox: false');
    writeFileSync(window, weakened);
    const failing = (await scanForFindings(copy)).findings.filter(failsLint);
    expect(failing.map((f) => f.id)).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
    expect(failing.every((f) => f.file.endsWith('window.ts'))).toBe(true);
  });
});
