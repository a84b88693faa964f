// .github/workflows/release.yml, read as GitHub reads it: on a tag and by hand, on Linux, macOS and
// Windows, it installs, prepares Electron, runs the whole suite (under xvfb on Linux), packages,
// runs the Electron tests against the packaged app, and uploads the installers.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '../..');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  needs?: string;
  if?: string;
  strategy?: { matrix: { include: { os: string; installers: string }[] } };
  defaults?: { run?: { shell?: string } };
  steps: Step[];
}
interface Workflow {
  on: { push?: { tags?: string[] }; workflow_dispatch?: unknown };
  jobs: Record<string, Job>;
}

const workflow = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')) as Workflow;
const job = workflow.jobs.installers!;
const steps = job.steps;
/** Whether a step runs on `os`: steps limited by `runner.os == / != '…'` run where that says. */
function runsOn(step: Step, os: 'Linux' | 'macOS' | 'Windows'): boolean {
  const limit = /runner\.os (==|!=) '(\w+)'/u.exec(step.if ?? '');
  if (!limit) return true;
  return limit[1] === '==' ? limit[2] === os : limit[2] !== os;
}
/** Index of the first step doing `what` (among those that run on `os`, if given). */
const stepIndex = (what: (s: Step) => boolean, os?: 'Linux' | 'macOS' | 'Windows'): number =>
  steps.findIndex((s) => what(s) && (!os || runsOn(s, os)));
const runs = (command: string) => (s: Step): boolean => (s.run ?? '').split('\n').some((line) => line.trim() === command);

describe('the release workflow', () => {
  it('runs on a version tag and by hand', () => {
    expect(workflow.on.push?.tags).toEqual(['v*']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('builds on Linux, macOS and Windows runners, in bash so that any failing command fails', () => {
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    expect(job.strategy!.matrix.include.map((m) => m.os)).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
    expect(job.defaults?.run?.shell).toBe('bash');
  });

  it.each(['Linux', 'macOS', 'Windows'] as const)('on %s: npm ci, setup:app, the full suite, dist, the packaged-app tests, then the upload', (os) => {
    const order = [
      stepIndex(runs('npm ci --no-audit --no-fund'), os),
      stepIndex(runs('npm run setup:app'), os),
      stepIndex((s) => /(^|\s)npm test$/u.test(s.run ?? '') && s.env?.DIPTYCH_ELECTRON_REQUIRED === 'checkout', os),
      stepIndex(runs('npm run dist'), os),
      stepIndex((s) => (s.run ?? '').endsWith('npx vitest run tests/electron') && s.env?.DIPTYCH_ELECTRON_REQUIRED === 'checkout,packaged', os),
      stepIndex((s) => (s.uses ?? '').startsWith('actions/upload-artifact@') && (s.with?.path ?? '').includes('matrix.installers'), os),
    ];
    expect(order.every((i) => i >= 0), JSON.stringify(order)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('runs the Electron tests under xvfb on Linux, where there is no display', () => {
    const electronRuns = steps.filter((s) => /npm test|tests\/electron/u.test(s.run ?? ''));
    for (const s of electronRuns.filter((s) => s.if === "runner.os == 'Linux'")) expect(s.run).toMatch(/^xvfb-run /u);
    expect(electronRuns.filter((s) => s.if === "runner.os == 'Linux'")).toHaveLength(2);
  });

  it('uploads each system’s installers, failing when there are none', () => {
    const installers = Object.fromEntries(job.strategy!.matrix.include.map((m) => [m.os, m.installers.trim().split('\n')]));
    expect(installers).toEqual({
      'ubuntu-latest': ['dist/*.AppImage', 'dist/*.deb'],
      'macos-latest': ['dist/*.dmg'],
      'windows-latest': ['dist/*.exe'],
    });
    const upload = steps[stepIndex((s) => (s.with?.path ?? '').includes('matrix.installers'))]!;
    expect(upload.with?.['if-no-files-found']).toBe('error');
  });

  it('attaches the installers to a draft release on a tag only', () => {
    const release = workflow.jobs.release!;
    expect(release.if).toBe("startsWith(github.ref, 'refs/tags/')");
    expect(release.needs).toBe('installers');
    expect(release.steps.at(-1)!.run).toMatch(/^gh release create .* --draft/u);
  });
});
