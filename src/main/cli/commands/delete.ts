import { deleteStory } from '../../core/stories/repository';
import type { CliCommand } from '../context';
import { parseStoryId } from './arguments';

export const deleteCommand: CliCommand = {
  maxArguments: 1,
  run(ctx) {
    const id = parseStoryId(ctx, ctx.positionals[0]);
    const { versions } = deleteStory(ctx.db(), id);
    if (ctx.json) ctx.printJson({ deleted: id, versions });
    else ctx.err(ctx.t('cli.deleted', { id, count: versions }));
  },
};
