// Search results: a virtualized list of stories (smooth at tens of thousands), facets that filter
// by editing the query, the order, and hints about what in the query could not be read.
// Keyboard: ↓/↑ through results, Enter opens, Esc back to the search box.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ErrorMessage } from '../app/ErrorMessage';
import { formatNumber, languageName } from '../../../shared/i18n/format';
import { SEARCH_SORTS, type SearchHit, type SearchSort, type SearchStoryResult } from '../../../shared/api/search';
import { SearchResultCard } from './SearchResultCard';
import { FOCUS_RESULTS_EVENT, SEARCH_INPUT_ID } from './SearchBox';
import { hasFacet, toggleFacet, type FacetKind } from './query-filters';
import { useSearchPages } from './useSearchPages';
import { useSettings } from '../settings/SettingsProvider';
import './search.css';

export interface OpenTarget {
  storyId: number;
  lang?: string;
  block?: number;
  counterpartLang?: string;
  /** Words to highlight in the reader: the forms that matched on both sides, and the query's words. */
  terms: string[];
}

/** The words the reader should light up for a story: what matched, as written, on either side. */
export function highlightTerms(story: SearchStoryResult, query: string): string[] {
  const forms = new Set<string>();
  for (const hit of story.hits) {
    for (const m of hit.matches) forms.add(m.text);
    if (hit.counterpart) for (const [s, e] of hit.counterpart.highlights) forms.add(hit.counterpart.snippet.slice(s, e));
  }
  for (const phrase of query.match(/"[^"]+"/gu) ?? []) forms.add(phrase.slice(1, -1));
  return [...forms].filter((f) => f.trim().length > 0);
}

export function SearchView({
  query,
  sort,
  onQueryChange,
  onSortChange,
  onOpen,
}: {
  query: string;
  sort: SearchSort;
  onQueryChange: (query: string) => void;
  onSortChange: (sort: SearchSort) => void;
  onOpen: (target: OpenTarget) => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { settings } = useSettings();
  // Counterparts in the reader's first reading language where a story has it (settings).
  const { first, stories, error, ensureLoaded } = useSearchPages(query, sort, settings?.readingLanguages[0]);
  const [active, setActive] = useState(-1);
  const scroller = useRef<HTMLDivElement>(null);
  const total = first?.total ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => 220,
    overscan: 4,
  });
  const items = virtualizer.getVirtualItems();

  useEffect(() => {
    for (const item of items) if (!stories[item.index]) ensureLoaded(item.index);
  }, [items, stories, ensureLoaded]);
  useEffect(() => setActive(-1), [query, sort]);

  useEffect(() => {
    const focus = (): void => {
      scroller.current?.focus();
      setActive((a) => (a < 0 ? 0 : a));
    };
    window.addEventListener(FOCUS_RESULTS_EVENT, focus);
    return () => window.removeEventListener(FOCUS_RESULTS_EVENT, focus);
  }, []);

  const open = useCallback(
    (story: SearchStoryResult, hit: SearchHit | undefined) =>
      onOpen({
        storyId: story.id,
        lang: hit?.lang,
        block: hit?.block,
        counterpartLang: hit?.counterpart?.lang,
        terms: highlightTerms(story, query),
      }),
    [onOpen, query],
  );

  const move = (to: number): void => {
    const next = Math.max(0, Math.min(total - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.key === 'ArrowDown') move(active + 1);
    else if (e.key === 'ArrowUp') {
      if (active <= 0) document.getElementById(SEARCH_INPUT_ID)?.focus();
      else move(active - 1);
    } else if (e.key === 'PageDown') move(active + 5);
    else if (e.key === 'PageUp') move(active - 5);
    else if (e.key === 'Enter') {
      const story = stories[active];
      if (story) open(story, story.hits[0]);
    } else if (e.key === 'Escape') document.getElementById(SEARCH_INPUT_ID)?.focus();
    else return;
    e.preventDefault();
  };

  const uiLang = i18n.language;
  const facetLabel = (kind: FacetKind, value: string): string =>
    kind === 'lang' ? languageName(value, uiLang, { capitalize: true }) : value;

  return (
    <section className="search" aria-labelledby="search-title">
      <div className="search-heading">
        <h1 id="search-title">{t('search.label')}</h1>
        <span className="search-count" role="status">
          {first === null ? t('search.searching') : t('search.resultCount', { count: total })}
        </span>
        <label className="search-sort">
          <span>{t('search.sortLabel')}</span>
          <select value={sort} onChange={(e) => onSortChange(e.target.value as SearchSort)}>
            {SEARCH_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`search.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {first?.hints.length ? (
        <ul className="search-hints">
          {first.hints.map((h, i) => (
            <li key={i}>{t(`search.hint.${h.code}`, { text: h.text ?? '' })}</li>
          ))}
        </ul>
      ) : null}
      {first?.ranking === 'bm25-headlines' && sort === 'relevance' && <p className="search-note">{t('search.broadRanking')}</p>}
      {error && <ErrorMessage error={error} />}
      <div className="search-body">
        <aside className="search-facets" aria-label={t('search.facetsLabel')}>
          {(['lang', 'agency', 'year'] as FacetKind[]).map((kind) =>
            first && first.facets[kind].length > 0 ? (
              <div className="search-facet" key={kind}>
                <h2>{t(`search.facet.${kind}`)}</h2>
                <ul>
                  {first.facets[kind].map((f) => {
                    const on = hasFacet(query, kind, f.value);
                    return (
                      <li key={f.value}>
                        <button
                          type="button"
                          aria-pressed={on}
                          className={on ? 'on' : undefined}
                          onClick={() => onQueryChange(toggleFacet(query, kind, f.value))}
                        >
                          <span>{facetLabel(kind, f.value)}</span>
                          <span className="search-facet-count">{formatNumber(f.count, uiLang)}</span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ) : null,
          )}
        </aside>
        <div
          ref={scroller}
          className="search-scroller"
          role="listbox"
          aria-label={t('search.resultsLabel')}
          tabIndex={0}
          aria-activedescendant={active >= 0 ? `search-result-${active}` : undefined}
          onKeyDown={onKeyDown}
        >
          {first && total === 0 && query.trim() && <p className="empty">{t('search.noResults', { query })}</p>}
          <div className="search-list" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const story = stories[item.index];
              return (
                <div
                  key={item.key}
                  id={`search-result-${item.index}`}
                  role="option"
                  aria-selected={item.index === active}
                  className="search-item"
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  style={{ transform: `translateY(${item.start}px)` }}
                  onMouseDown={() => setActive(item.index)}
                >
                  {story ? (
                    <SearchResultCard story={story} active={item.index === active} onOpen={(hit) => open(story, hit)} />
                  ) : (
                    <div className="search-result placeholder" />
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
