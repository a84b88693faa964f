// `diptych search QUERY…`: the archive's query language from the command line. `--json` prints
// the foundation's shape ({total, stories:[{id, hits:[{lang, block, snippet}]}]}) with each hit's
// matched forms and counterpart paragraph, and the facets.
import { SEARCH_SORTS, type SearchHintCode, type SearchHit, type SearchSort } from '../../../shared/api/search';
import { formatNumber, languageName } from '../../../shared/i18n/format';
import { pendingIndexCount } from '../../core/search/index-maintenance';
import { search } from '../../core/search/search';
import { SearchConnection } from '../../core/search/search-connection';
import { CliFailure, type CliCommand, type CliContext } from '../context';
import { parseLanguageOption } from './arguments';
import type { Spans } from '../terminal-text';

function intOption(ctx: CliContext, name: string, fallback: number, min: number, max: number): number {
  const raw = ctx.options[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(n) || n < min || n > max) {
    throw new CliFailure(ctx.t('cli.searchBadNumber', { option: `--${name}`, value: String(raw), min, max }), 2);
  }
  return n;
}

/** Prints `prefix` then `snippet`, its highlights in bold on a terminal, plain elsewhere (pipes, files). */
function outSnippet(ctx: CliContext, prefix: string, snippet: string, ranges: Spans, tty: boolean): void {
  const bold = tty ? ranges.map(([s, e]) => [prefix.length + s, prefix.length + e] as const) : [];
  ctx.out(`${prefix}${snippet}`, bold);
}

export const searchCommand: CliCommand = {
  freeText: true,
  options: {
    sort: { type: 'string' },
    limit: { type: 'string' },
    offset: { type: 'string' },
    hits: { type: 'string' },
    'counterpart-lang': { type: 'string' },
  },
  run(ctx) {
    const query = ctx.positionals.join(' ');
    if (!query.trim()) throw new CliFailure(ctx.t('cli.missingArgument', { command: 'search', what: 'QUERY' }), 2);
    const sortRaw = ctx.options.sort ?? 'relevance';
    if (typeof sortRaw !== 'string' || !(SEARCH_SORTS as readonly string[]).includes(sortRaw)) {
      throw new CliFailure(ctx.t('cli.searchBadSort', { value: String(sortRaw), sorts: SEARCH_SORTS.join(', ') }), 2);
    }
    // One search a run: what it keeps between queries is made for it and goes with it.
    const result = search(new SearchConnection(ctx.db()), query, {
      sort: sortRaw as SearchSort,
      limit: intOption(ctx, 'limit', 20, 1, 500),
      offset: intOption(ctx, 'offset', 0, 0, Number.MAX_SAFE_INTEGER),
      hitsPerStory: intOption(ctx, 'hits', 3, 1, 50),
      counterpartLang: parseLanguageOption(ctx, 'counterpart-lang'),
    });
    const hint = (h: { code: SearchHintCode; text?: string; count?: number }): string =>
      ctx.t(`search.hint.${h.code}`, { text: h.text ?? '', ...(h.count === undefined ? {} : { count: h.count }) });
    // A search reads the index as it is; versions waiting to be indexed again are said, not indexed.
    const indexPending = pendingIndexCount(ctx.db());
    if (ctx.json) {
      ctx.printJson({
        total: result.total,
        totalAtLeast: result.totalAtLeast,
        offset: result.offset,
        ranking: result.ranking,
        stories: result.stories.map((s) => ({
          id: s.id,
          score: s.score,
          date: s.date,
          published: s.published,
          headline: s.versions[0]?.headline ?? '',
          versions: s.versions.map((v) => ({ lang: v.lang, original: v.original, headline: v.headline })),
          hits: s.hits.map((h) => ({
            lang: h.lang,
            block: h.block,
            kind: h.kind,
            snippet: h.snippet,
            highlights: h.highlights,
            matched: h.matched,
            matches: h.matches,
            counterpart: h.counterpart
              ? { lang: h.counterpart.lang, block: h.counterpart.block, snippet: h.counterpart.snippet, highlights: h.counterpart.highlights }
              : null,
          })),
        })),
        facets: result.facets,
        hints: result.hints.map((h) => ({ ...h, message: hint(h) })),
        indexPending,
      });
      return;
    }
    for (const h of result.hints) ctx.err(hint(h));
    if (indexPending > 0) ctx.err(ctx.t('cli.indexPending', { count: indexPending }));
    ctx.err(ctx.t(result.totalAtLeast ? 'cli.searchTotalAtLeast' : 'cli.searchTotal', { count: result.total }));
    const tty = (process.stdout as { isTTY?: boolean }).isTTY === true;
    const n = (v: number): string => formatNumber(v, ctx.uiLang);
    for (const s of result.stories) {
      const langs = s.versions.map((v) => (v.original ? `${v.lang}*` : v.lang)).join(' ');
      ctx.out(`${String(s.id).padStart(6)}  [${langs}]  ${s.versions[0]?.headline ?? ''}`);
      for (const h of s.hits) printHit(ctx, h, tty);
    }
    const shown = result.offset + result.stories.length;
    if (result.stories.length === 0 && result.total > 0) {
      ctx.err(ctx.t('cli.searchPastEnd', { offset: n(result.offset), total: n(result.total) }));
    } else if (shown < result.total) {
      ctx.err(ctx.t('cli.searchMore', { from: n(result.offset + 1), to: n(shown), total: n(result.total), next: shown }));
    }
  },
};

function printHit(ctx: CliContext, h: SearchHit, tty: boolean): void {
  // Paragraphs are numbered from 1 for people (the JSON's `block` is the 0-based index).
  const how = h.matches
    .filter((m) => m.kind !== 'exact')
    .map((m) => ctx.t(`search.match.${m.kind}`, { text: m.text, query: m.query ?? '', language: m.lang ? languageName(m.lang, ctx.uiLang) : '' }))
    .join('; ');
  outSnippet(ctx, `        ${h.lang} ¶${h.block + 1}  `, h.snippet, h.highlights, tty);
  if (how) ctx.out(`              ${how}`);
  if (h.counterpart) {
    const c = h.counterpart;
    outSnippet(ctx, `          ↔ ${c.lang} ¶${c.block + 1}  `, c.snippet, c.highlights, tty);
  }
}
