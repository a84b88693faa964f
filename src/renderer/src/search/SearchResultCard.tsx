// One story in the results: its headline, where it comes from, and its matching paragraphs, each
// beside the corresponding paragraph of another version.
import { useTranslation } from 'react-i18next';
import { formatDate, languageName } from '../../../shared/i18n/format';
import type { SearchHit, SearchStoryResult } from '../../../shared/api/search';
import { Highlighted } from './Highlighted';

export function SearchResultCard({
  story,
  active,
  onOpen,
}: {
  story: SearchStoryResult;
  active: boolean;
  onOpen: (hit: SearchHit | undefined) => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const first = story.hits[0];
  const headline = story.versions.find((v) => v.lang === first?.lang)?.headline ?? story.versions[0]?.headline ?? '';
  const agency = story.versions.find((v) => v.original)?.agency ?? story.versions[0]?.agency;
  return (
    <article className={active ? 'search-result active' : 'search-result'} lang={first?.lang} dir="auto">
      <h3 className="search-result-title">
        <button type="button" onClick={() => onOpen(first)}>
          {headline}
        </button>
      </h3>
      <div className="search-result-meta" lang={lang}>
        <span>{story.versions.map((v) => v.lang).join(' · ')}</span>
        {agency && <span>{agency}</span>}
        {story.published && <span>{formatDate(story.published, lang)}</span>}
      </div>
      {story.hits.map((hit) => (
        <div className="search-hit" key={`${hit.versionId}:${hit.block}`}>
          <button
            type="button"
            className="search-hit-side"
            lang={hit.lang}
            dir="auto"
            aria-label={t('search.hitLabel', { language: languageName(hit.lang, lang), n: hit.block + 1 })}
            onClick={() => onOpen(hit)}
          >
            <span className="search-hit-where" lang={lang}>
              {hit.lang} ¶{hit.block + 1}
            </span>
            <span className="search-hit-text">
              <Highlighted text={hit.snippet} ranges={hit.highlights} />
            </span>
            {hit.matches.some((m) => m.kind !== 'exact') && (
              <span className="search-hit-how" lang={lang}>
                {hit.matches
                  .filter((m) => m.kind !== 'exact')
                  .map((m) => t(`search.match.${m.kind}`, { text: m.text }))
                  .join(' · ')}
              </span>
            )}
          </button>
          {hit.counterpart ? (
            <div
              className="search-hit-side counterpart"
              lang={hit.counterpart.lang}
              dir="auto"
              aria-label={t('search.counterpartLabel', { language: languageName(hit.counterpart.lang, lang) })}
            >
              <span className="search-hit-where" lang={lang}>
                {hit.counterpart.lang} ¶{hit.counterpart.block + 1}
              </span>
              <span className="search-hit-text">
                <Highlighted text={hit.counterpart.snippet} ranges={hit.counterpart.highlights} />
              </span>
            </div>
          ) : (
            <div className="search-hit-side counterpart empty" />
          )}
        </div>
      ))}
    </article>
  );
}
