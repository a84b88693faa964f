// `diptych export [ID…] [--out FILE]`: stories as Diptych JSON, the format `import` reads back.
import { closeSync, openSync, writeSync } from 'node:fs';
import { exportJson } from '../../core/export/json-export';
import { CliFailure, type CliCommand } from '../context';
import { parseStoryId } from './arguments';

export const exportCommand: CliCommand = {
  options: { out: { type: 'string' } },
  run(ctx) {
    const ids = ctx.positionals.map((p) => parseStoryId(ctx, p));
    const out = ctx.options.out as string | undefined;
    if (out === undefined) {
      // The JSON document itself is what stdout carries.
      exportJson(ctx.db(), ids, (chunk) => ctx.out(chunk.replace(/\n$/u, "")));
      return;
    }
    let fd: number;
    try {
      fd = openSync(out, 'w');
    } catch (e) {
      throw new CliFailure(ctx.t('cli.cannotWrite', { file: out, reason: (e as Error).message }));
    }
    let count = 0;
    try {
      // Buffered: one write per ~1 MB rather than per story.
      let buffer = '';
      count = exportJson(ctx.db(), ids, (chunk) => {
        buffer += chunk;
        if (buffer.length > 1 << 20) {
          writeSync(fd, buffer);
          buffer = '';
        }
      });
      writeSync(fd, buffer);
    } finally {
      closeSync(fd);
    }
    if (ctx.json) ctx.printJson({ exported: count, file: out });
    else ctx.err(ctx.t('cli.exported', { count, file: out }));
  },
};
