import { DiptychError } from '../../../shared/errors';
import { languageName } from '../../../shared/i18n/format';
import { pickVersion, type LangCandidate } from '../../core/stories/version-match';
import { getStory } from '../../core/stories/repository';
import { CliFailure, type CliCommand, type CliContext } from '../context';
import { translateError } from '../translate-error';
import { parseLanguageOption, parseStoryId } from './arguments';

/** All versions, or with --lang the one `export --from` would take (`en` finds en-GB). */
function chosenVersions<V extends LangCandidate>(ctx: CliContext, id: number, versions: V[], wanted?: string): V[] {
  if (!wanted) return versions;
  const version = pickVersion(versions, wanted);
  if (!version) throw new CliFailure(ctx.t('cli.noVersionInLang', { id, lang: wanted }));
  return [version];
}

export const showCommand: CliCommand = {
  maxArguments: 1,
  options: { lang: { type: 'string' } },
  run(ctx) {
    const id = parseStoryId(ctx, ctx.positionals[0]);
    const wanted = parseLanguageOption(ctx, 'lang');
    let story;
    try {
      story = getStory(ctx.db(), id);
    } catch (e) {
      if (e instanceof DiptychError) throw new CliFailure(translateError(ctx.t, { code: e.code, params: e.params }));
      throw e;
    }
    const versions = chosenVersions(ctx, id, story.versions, wanted);
    if (ctx.json) {
      ctx.printJson({
        id: story.id,
        tags: story.tags,
        versions: versions.map((v) => ({
          id: v.id,
          lang: v.lang,
          original: v.original,
          provenance: v.provenance,
          agency: v.agency,
          place: v.place,
          publishedAt: v.publishedAt,
          url: v.url,
          sourceFile: v.sourceFile,
          blocks: v.blocks.map((b) => ({ kind: b.kind, text: b.text })),
        })),
      });
      return;
    }
    versions.forEach((v, i) => {
      if (i > 0) ctx.out('');
      const role = v.original ? ctx.t('reader.original') : ctx.t('reader.translation');
      const heading = ctx.t('cli.versionHeading', {
        language: languageName(v.lang, ctx.uiLang, { capitalize: true }),
        role,
        provenance: ctx.t(`reader.provenance.${v.provenance}`),
      });
      ctx.out(`── ${heading} ──`);
      for (const b of v.blocks) {
        if (b.kind === 'headline') ctx.out(`# ${b.text}`);
        else if (b.kind === 'heading') ctx.out(`\n## ${b.text}`);
        else ctx.out(b.text);
      }
    });
  },
};
