// `npm run dist` lets electron-builder rebuild better-sqlite3 for Electron in node_modules, then
// puts the Node build back — so tests and the CLI keep working after packaging, even a failed one.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepingNodeBuild, nodeBuildOf } from '../../scripts/dist';

const scratch = mkdtempSync(join(tmpdir(), 'diptych-dist-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function moduleWithNodeBuild(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(dirname(nodeBuildOf(dir)), { recursive: true });
  writeFileSync(nodeBuildOf(dir), 'node ABI 115');
  return dir;
}
const rebuildForElectron = (dir: string) => (): void => writeFileSync(nodeBuildOf(dir), 'electron ABI 140');

describe('keepingNodeBuild', () => {
  it('puts the Node build back after the packager rebuilt it for Electron', async () => {
    const dir = moduleWithNodeBuild('ok');
    await keepingNodeBuild(dir, rebuildForElectron(dir));
    expect(readFileSync(nodeBuildOf(dir), 'utf8')).toBe('node ABI 115');
  });

  it('puts it back when packaging fails half way, and passes the failure on', async () => {
    const dir = moduleWithNodeBuild('failing');
    await expect(
      keepingNodeBuild(dir, () => {
        rebuildForElectron(dir)();
        throw new Error('no network');
      }),
    ).rejects.toThrow('no network');
    expect(readFileSync(nodeBuildOf(dir), 'utf8')).toBe('node ABI 115');
  });

  it('just runs the packager where there is no Node build to keep', async () => {
    const dir = join(scratch, 'none');
    await expect(keepingNodeBuild(dir, () => 'packaged')).resolves.toBe('packaged');
  });
});
