// `diptych align STORY_ID --from TAG --to TAG [--sentences]`: the stored alignment of two
// versions; `diptych align FILE_A FILE_B`: two files aligned in memory, nothing stored.
import { DiptychError } from '../../../shared/errors';
import { LOW_CONFIDENCE } from '../../../shared/api/align';
import { alignLoaded, loadFile } from '../../core/align/align-files';
import { getStoryAlignment } from '../../core/align/story-alignment';
import { normalizeLangTag } from '../../core/import/lang-tag';
import { getVersionBlocks } from '../../core/stories/repository';
import { CliFailure, type CliCommand, type CliContext } from '../context';
import { translateError } from '../translate-error';
import { parseStoryId } from './arguments';

interface Ref {
  block: number;
  start: number;
  end: number;
}
interface PrintablePair {
  from: number[];
  to: number[];
  confidence: number;
  byReader?: boolean;
  elsewhere?: number;
  sentences?: { from: Ref[]; to: Ref[]; confidence: number }[];
}

const fail = (ctx: CliContext, e: unknown): never => {
  if (e instanceof DiptychError) throw new CliFailure(translateError(ctx.t, { code: e.code, params: e.params }));
  throw e;
};

/** A file to align, or a failure that says which of the two files it was. */
function loadNamed(ctx: CliContext, file: string, lang: string | undefined): ReturnType<typeof loadFile> {
  try {
    return loadFile(file, lang);
  } catch (e) {
    if (!(e instanceof DiptychError)) throw e;
    throw new CliFailure(ctx.t('cli.alignFileFailed', { file, reason: translateError(ctx.t, { code: e.code, params: e.params }) }));
  }
}

function langOption(ctx: CliContext, name: 'from' | 'to'): string | undefined {
  const raw = ctx.options[name];
  if (typeof raw !== 'string') return undefined;
  const lang = normalizeLangTag(raw);
  if (!lang) throw new CliFailure(translateError(ctx.t, { code: 'unknownLanguage', params: { lang: raw } }), 2);
  return lang;
}

function print(
  ctx: CliContext,
  head: Record<string, unknown>,
  pairs: PrintablePair[],
  textA: string[],
  textB: string[],
  withSentences: boolean,
): void {
  const cut = (s: string, n = 60): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  if (ctx.json) {
    const ref = (texts: string[]) => (r: Ref) => ({ ...r, text: texts[r.block]!.slice(r.start, r.end) });
    ctx.printJson({
      ...head,
      pairs: pairs.map((p) => ({
        from: p.from,
        to: p.to,
        confidence: Math.round(p.confidence * 100) / 100,
        ...(p.byReader !== undefined ? { byReader: p.byReader } : {}),
        ...(p.elsewhere !== undefined ? { elsewhere: p.elsewhere } : {}),
        ...(withSentences
          ? {
              sentences: (p.sentences ?? []).map((s) => ({
                from: s.from.map(ref(textA)),
                to: s.to.map(ref(textB)),
                confidence: Math.round(s.confidence * 100) / 100,
              })),
            }
          : {}),
      })),
    });
    return;
  }
  // Numbered from 1 for reading, as search prints ¶ numbers; --json and exports count from 0.
  const side = (xs: number[]): string => (xs.length ? xs.map((i) => i + 1).join('+') : '—');
  const fmt = new Intl.NumberFormat(ctx.uiLang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  for (const p of pairs) {
    const mark = p.byReader ? '✎' : p.confidence < LOW_CONFIDENCE ? '?' : ' ';
    // A moved paragraph: the block that holds its counterpart, on the other side.
    const other = p.elsewhere !== undefined ? pairs[p.elsewhere] : undefined;
    const moved = other ? ` ⇢ ${side(p.from.length ? other.to : other.from)}` : '';
    ctx.out(`${side(p.from).padStart(7)} ↔ ${side(p.to).padEnd(7)} ${fmt.format(p.confidence)} ${mark}${moved}`);
    ctx.out(`          ${cut(p.from.map((i) => textA[i]).join(' ¶ ')) || '—'}`);
    ctx.out(`          ${cut(p.to.map((i) => textB[i]).join(' ¶ ')) || '—'}`);
    if (withSentences) {
      for (const s of p.sentences ?? []) {
        const text = (texts: string[], refs: Ref[]): string =>
          cut(refs.map((r) => texts[r.block]!.slice(r.start, r.end)).join(' '), 50) || '—';
        ctx.out(`            · ${text(textA, s.from)}  ↔  ${text(textB, s.to)}  ${fmt.format(s.confidence)}`);
      }
    }
  }
  const low = pairs.filter((p) => !p.byReader && p.confidence < LOW_CONFIDENCE).length;
  const mine = pairs.filter((p) => p.byReader).length;
  ctx.err(ctx.t('cli.alignSummary', { count: pairs.length, low, mine }));
}

/** Both languages of a stored story's pair, or bad usage: the help names both as required. */
function requiredLanguages(ctx: CliContext): [string, string] {
  const from = langOption(ctx, 'from');
  const to = langOption(ctx, 'to');
  if (!from || !to) {
    throw new CliFailure(ctx.t('cli.missingArgument', { command: 'align', what: '--from TAG --to TAG' }), 2);
  }
  return [from, to];
}

export const alignCommand: CliCommand = {
  maxArguments: 2,
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    sentences: { type: 'boolean' },
  },
  run(ctx) {
    const withSentences = ctx.options.sentences === true;
    const [first, second] = ctx.positionals;
    if (first !== undefined && second !== undefined) {
      const a = loadNamed(ctx, first, langOption(ctx, 'from'));
      const b = loadNamed(ctx, second, langOption(ctx, 'to'));
      const pairs = alignLoaded(a, b, withSentences);
      const texts = (f: typeof a) => f.blocks.map((x) => x.text);
      print(ctx, { files: [a.file, b.file], from: a.lang, to: b.lang }, pairs, texts(a), texts(b), withSentences);
      return;
    }
    const id = parseStoryId(ctx, first);
    const [from, to] = requiredLanguages(ctx);
    try {
      const db = ctx.db();
      const al = getStoryAlignment(db, id, from, to);
      const texts = (versionId: number) => getVersionBlocks(db, versionId).map((x) => x.text);
      // The tags of the versions found (`en` asked, en-GB stored), as the file mode says them.
      print(
        ctx,
        { story: id, from: al.from.lang, to: al.to.lang },
        al.pairs,
        texts(al.from.versionId),
        texts(al.to.versionId),
        withSentences,
      );
    } catch (e) {
      fail(ctx, e);
    }
  },
};
