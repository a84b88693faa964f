// `diptych ARGS` as a user runs it: a real process of bin/diptych.mjs, with PATH, HOME and only
// the variables given (nothing else inherited, so the machine's locale never leaks in).
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const BIN = resolve(__dirname, '../../bin/diptych.mjs');
const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runDiptych(args: string[], env: NodeJS.ProcessEnv = { LANG: 'C.UTF-8' }): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
