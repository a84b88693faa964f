// One story in the results: a group of the listbox, labelled by its headline, holding one plain
// option per hit — the paragraph that matched, and beside it the same paragraph in another
// version. Hits come grouped by language (the language named once, over its hits) in document
// order; an option's name is the text it shows, and nothing inside it is interactive.
import { useTranslation } from 'react-i18next';
import { formatDate, languageName } from '../../../shared/i18n/format';
import type { SearchHit, SearchStoryResult } from '../../../shared/api/search';
import { Highlighted } from './Highlighted';

export const hitId = (story: number, hit: number): string => `search-hit-${story}-${hit}`;

/** Consecutive hits in one language, with the counterpart language most of them show. */
function languageRuns(hits: readonly SearchHit[]): { lang: string; counterpart: string | null; hits: [SearchHit, number][] }[] {
  const runs: { lang: string; counterpart: string | null; hits: [SearchHit, number][] }[] = [];
  hits.forEach((hit, i) => {
    const last = runs[runs.length - 1];
    if (last && last.lang === hit.lang) last.hits.push([hit, i]);
    else runs.push({ lang: hit.lang, counterpart: hit.counterpart?.lang ?? null, hits: [[hit, i]] });
  });
  return runs;
}

export function SearchResult({
  story,
  index,
  active,
  onOpen,
  onActivate,
}: {
  story: SearchStoryResult;
  index: number;
  /** The active hit's index in this story, or null. */
  active: number | null;
  onOpen: (hit: number) => void;
  onActivate: (hit: number) => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const uiLang = i18n.language;
  const first = story.hits[0];
  const headlineVersion = story.versions.find((v) => v.lang === first?.lang) ?? story.versions[0];
  const agency = story.versions.find((v) => v.original)?.agency ?? story.versions[0]?.agency;
  const titleId = `search-result-${index}-title`;
  const name = (lang: string): string => languageName(lang, uiLang, { capitalize: true });
  return (
    <div role="group" aria-labelledby={titleId} className={story.guide ? 'search-result guide' : 'search-result'}>
      {/* The headline opens the story at its first hit for the mouse; the keyboard has the options. */}
      <div className="search-result-head" onClick={() => onOpen(0)}>
        {/* Not a heading: a listbox holds groups and options only; the group is named by this. */}
        <div id={titleId} className="search-result-title" lang={headlineVersion?.lang} dir="auto">
          {headlineVersion?.headline ?? ''}
        </div>
        <div className="search-result-meta">
          {story.guide && <span className="badge">{t('app.guideBadge')}</span>}
          <span>{story.versions.map((v) => v.lang).join(' · ')}</span>
          {agency && <span>{agency}</span>}
          {story.published && <span>{formatDate(story.published, uiLang)}</span>}
        </div>
      </div>
      {languageRuns(story.hits).map((run, r) => {
        const runId = `search-result-${index}-lang-${r}`;
        return (
          <div className="search-hit-run" key={r}>
            <div className="search-hit-langs" id={runId} aria-hidden="true">
              <span>{name(run.lang)}</span>
              {run.counterpart && <span>{name(run.counterpart)}</span>}
            </div>
            {run.hits.map(([hit, i]) => (
              <div
                key={`${hit.versionId}:${hit.block}`}
                id={hitId(index, i)}
                role="option"
                aria-selected={active === i}
                aria-describedby={runId}
                className={active === i ? 'search-hit active' : 'search-hit'}
                onMouseDown={() => onActivate(i)}
                onClick={() => onOpen(i)}
              >
                <div className="search-hit-side" lang={hit.lang} dir="auto">
                  <span className="search-hit-text">
                    <Highlighted text={hit.snippet} ranges={hit.highlights} />
                  </span>
                  <span className="search-hit-where" lang={uiLang}>
                    {t('search.paragraph', { n: hit.block + 1 })}
                    {hit.matches.some((m) => m.kind !== 'exact') &&
                      ` · ${hit.matches
                        .filter((m) => m.kind !== 'exact')
                        .map((m) => t(`search.match.${m.kind}`, { text: m.text, query: m.query ?? '', language: m.lang ? languageName(m.lang, uiLang) : '' }))
                        .join(' · ')}`}
                  </span>
                </div>
                {hit.counterpart ? (
                  <div className="search-hit-side counterpart" lang={hit.counterpart.lang} dir="auto">
                    <span className="search-hit-text">
                      <Highlighted text={hit.counterpart.snippet} ranges={hit.counterpart.highlights} />
                    </span>
                    <span className="search-hit-where" lang={uiLang}>
                      {hit.counterpart.lang === run.counterpart
                        ? t('search.paragraph', { n: hit.counterpart.block + 1 })
                        : t('search.paragraphIn', { n: hit.counterpart.block + 1, language: name(hit.counterpart.lang) })}
                    </span>
                  </div>
                ) : (
                  <div className="search-hit-side counterpart empty" />
                )}
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}
