// `diptych index`: catches up what imports leave for later — versions queued for indexing (an
// older Diptych's index, text changed by hand) and stories waiting for their paragraphs to be
// paired — as the app does in the background. Ctrl-C stops it between two transactions.
import { catchUp } from '../../core/pipeline/catch-up';
import type { CliCommand } from '../context';

export const indexCommand: CliCommand = {
  maxArguments: 0,
  run(ctx) {
    let stop = false;
    const interrupt = (): void => {
      stop = true;
    };
    process.once('SIGINT', interrupt);
    let last = 0;
    try {
      const result = catchUp(ctx.db(), {
        isCancelled: () => stop,
        onProgress: (p) => {
          const now = Date.now();
          if (ctx.json || (now - last < 1000 && p.done < p.total)) return;
          last = now;
          const values = { done: p.done, count: p.total };
          ctx.err(p.phase === 'index' ? ctx.t('background.indexing', values) : ctx.t('background.aligning', values));
        },
      });
      if (ctx.json) ctx.printJson(result);
      else ctx.err(result.cancelled ? ctx.t('cli.indexStopped') : ctx.t('cli.indexDone', { indexed: result.indexed, aligned: result.aligned }));
    } finally {
      process.off('SIGINT', interrupt);
    }
  },
};
