import { listStories } from '../../core/stories/repository';
import type { CliCommand } from '../context';

export const listCommand: CliCommand = {
  maxArguments: 0,
  run(ctx) {
    const page = listStories(ctx.db(), { offset: 0, limit: Number.MAX_SAFE_INTEGER, order: 'recentlyAdded' });
    if (ctx.json) {
      ctx.printJson({
        total: page.total,
        stories: page.stories.map((s) => ({
          id: s.id,
          versions: s.versions.map((v) => ({
            id: v.id,
            lang: v.lang,
            original: v.original,
            headline: v.headline,
            agency: v.agency,
            publishedAt: v.publishedAt,
          })),
        })),
      });
      return;
    }
    if (page.total === 0) ctx.err(ctx.t('cli.noStories'));
    for (const s of page.stories) {
      const langs = s.versions.map((v) => (v.original ? `${v.lang}*` : v.lang)).join(' ');
      ctx.out(`${String(s.id).padStart(6)}  [${langs}]  ${s.versions[0]?.headline ?? ''}`);
    }
  },
};
