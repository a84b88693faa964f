// npm run lint:security [-- DIR]
// Electronegativity (Doyensec's checker for Electron's security checklist) over src/: prints every
// finding, and fails on any above LOW, or on a file it could not parse (an unparsed file is an
// unchecked one). Findings that are false positives are silenced where they fire, with an
// `eng-disable CHECK_ID` comment saying why.
//
// Two things stand between the tool and this repository, and both are mended here, not patched
// in node_modules:
// - its TypeScript parser (@typescript-eslint/typescript-estree 4) loads the `typescript` package
//   npm hoisted beside it — ours, 7.x, which has no JavaScript API — so it is pointed at the
//   TypeScript the tool pins for itself (4.2.4, nested under the tool);
// - it goes online, for translations of its messages and for Electron's release list. The
//   translations are skipped (English is built in) and the release check is left out: whether a
//   newer Electron exists is a dependency update, not a property of src/, and the check would make
//   the verdict depend on the day and on the network.
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rootRequire = createRequire(join(ROOT, 'package.json'));
const TOOL_DIR = dirname(rootRequire.resolve('@doyensec/electronegativity/package.json'));
const toolRequire = createRequire(join(TOOL_DIR, 'package.json'));

/** Checks that need the network and judge the Electron release, not the code. */
const OFFLINE_EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

interface Level {
  value: number;
  name: string;
}
export interface Finding {
  id: string;
  severity: Level;
  confidence: Level;
  file: string;
  location: { line: number; column: number };
  description: string;
  manualReview: boolean;
}
export interface ScanResult {
  findings: Finding[];
  /** Files the tool could not parse, and so did not check. */
  unparsed: { file: string; message: string }[];
}

type Resolve = (request: string, parent: { filename?: string } | undefined, ...rest: unknown[]) => string;
interface ModuleInternals {
  _resolveFilename: Resolve & { forElectronegativity?: true };
}

/** Makes the tool loadable (its own TypeScript) and quiet on the network (no translation download). */
function prepareTool(): void {
  const Module = rootRequire('node:module') as ModuleInternals;
  if (Module._resolveFilename.forElectronegativity) return;
  const pinnedTypescript = toolRequire.resolve('typescript');
  const estree = join('node_modules', '@typescript-eslint', 'typescript-estree');
  const original = Module._resolveFilename;
  Module._resolveFilename = Object.assign(
    function resolveForTool(this: unknown, request: string, parent: { filename?: string } | undefined, ...rest: unknown[]) {
      if (request === 'typescript' && parent?.filename?.includes(estree)) return pinnedTypescript;
      return original.call(this, request, parent, ...rest);
    },
    { forElectronegativity: true as const },
  );
  // The translation download, answered at once with "not available": the tool falls back to English.
  const got = createRequire(join(TOOL_DIR, 'dist', 'locales', 'i18n.js')).resolve('got');
  const offline = (): Promise<never> => Promise.reject(new Error('offline'));
  rootRequire.cache[got] = { id: got, filename: got, loaded: true, exports: offline } as NodeJS.Module;
}

function installedElectronVersion(): string {
  return (rootRequire('electron/package.json') as { version: string }).version;
}

/** Runs every check of the tool (but the release check) over `dir`. */
export async function scanForFindings(dir: string): Promise<ScanResult> {
  prepareTool();
  const run = toolRequire('./dist/runner.js') as (options: object) => Promise<{
    issues: Finding[];
    errors: { file: string; message: string; tolerable: boolean }[];
  }>;
  const silent = console.log;
  console.log = () => {};
  try {
    const result = await run({
      input: resolve(dir),
      customScan: [],
      excludeFromScan: OFFLINE_EXCLUDED_CHECKS.map((c) => c.toLowerCase()),
      // src/ holds no package.json the tool could read the version from; without it the tool
      // assumes Electron 0.1 and reports defaults that changed long ago (the remote module).
      electronVersionOverride: installedElectronVersion(),
      parserPlugins: [],
      isRelative: true,
    });
    return {
      findings: result.issues,
      unparsed: result.errors.filter((e) => !e.tolerable).map(({ file, message }) => ({ file, message })),
    };
  } finally {
    console.log = silent;
  }
}

/** What fails the lint: any finding above LOW, whatever its confidence. */
export const failsLint = (finding: Finding): boolean => finding.severity.value > 1;

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? join(ROOT, 'src'));
  const { findings, unparsed } = await scanForFindings(dir);
  const where = (f: Finding): string => `${relative(ROOT, resolve(dir, f.file))}:${f.location.line}`;
  for (const f of [...findings].sort((a, b) => b.severity.value - a.severity.value)) {
    const review = f.manualReview ? ' (review)' : '';
    console.log(`${f.severity.name.padEnd(13)} ${f.id.padEnd(32)} ${where(f)}${review}\n  ${f.description}`);
  }
  for (const u of unparsed) console.log(`UNPARSED      ${relative(ROOT, resolve(dir, u.file))}: ${u.message}`);
  const failing = findings.filter(failsLint);
  const electron = installedElectronVersion();
  console.log(
    `electronegativity: ${findings.length} finding(s) in ${relative(ROOT, dir) || '.'} (Electron ${electron}), ${failing.length} above LOW, ${unparsed.length} file(s) unparsed`,
  );
  if (failing.length > 0 || unparsed.length > 0) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
