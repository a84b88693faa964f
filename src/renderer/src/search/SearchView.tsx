// Search results: a virtualized listbox of stories (smooth at tens of thousands), each a group of
// its hits; facets that filter by editing the query's tree; the order; and hints about what in the
// query could not be read. Keyboard: ↓/↑ hit by hit, PageDown/PageUp by five stories, Enter opens
// the hit, Esc back to the search box. Coming back from a story lands on the hit that was opened.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ErrorMessage } from '../app/ErrorMessage';
import { call } from '../api/client';
import { ExportDialog } from '../export/ExportDialog';
import { exportLanguageOrder } from '../export/export-options';
import type { SearchRoute } from '../app/route';
import { SEARCH_SORTS, type SearchSort, type SearchStoryResult } from '../../../shared/api/search';
import { printQuery, toggleFacet } from '../../../shared/search';
import { FacetPanel } from '../facets/FacetPanel';
import { queryTree } from '../facets/query-tree';
import { HintList } from './HintList';
import { useSettings } from '../settings/SettingsProvider';
import { FOCUS_RESULTS_EVENT, SEARCH_INPUT_ID } from './SearchBox';
import { hitId, SearchResult } from './SearchResult';
import { nextHit, previousHit, stepStories, type HitRef } from './hit-steps';
import { useSearchPages } from './useSearchPages';
import './search.css';

export interface OpenTarget {
  storyId: number;
  lang?: string;
  block?: number;
  counterpartLang?: string;
  /** Where in the results it was opened from. */
  at: HitRef;
}

export function SearchView({
  route,
  onQueryChange,
  onSortChange,
  onOpen,
}: {
  route: SearchRoute;
  onQueryChange: (query: string) => void;
  onSortChange: (sort: SearchSort) => void;
  onOpen: (target: OpenTarget) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { q: query, sort } = route;
  const { settings } = useSettings();
  // Counterparts in the reader's first reading language where a story has it (settings).
  const { total: shownTotal, items: stories, meta, error, ensureLoaded } = useSearchPages(query, sort, settings?.readingLanguages[0]);
  const total = shownTotal ?? 0;
  const [active, setActive] = useState<HitRef | null>(route.at ?? null);
  // The export dialog's languages once it is open: the archive's (a search for English words
  // finds stories whose other versions matched nothing), the likeliest pair first.
  const [exportLanguages, setExportLanguages] = useState<string[] | null>(null);
  const openExport = (): void => {
    const found = (meta?.facets.lang ?? []).map((f) => f.value);
    const order = (archive: string[]): void => setExportLanguages(exportLanguageOrder(settings?.readingLanguages ?? [], found, archive));
    call('stats').then((stats) => order(stats.languages.map((l) => l.lang)), () => order([]));
  };
  const scroller = useRef<HTMLDivElement>(null);
  const tree = useMemo(() => queryTree(query), [query]);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => 220,
    overscan: 4,
  });
  const items = virtualizer.getVirtualItems();

  useEffect(() => {
    for (const item of items) ensureLoaded(item.index);
  }, [items, ensureLoaded]);

  // A new query or order starts at the top; coming back (route.at) lands where the reader was.
  const arrived = useRef(route.at);
  useEffect(() => {
    if (arrived.current) return;
    setActive(null);
  }, [query, sort]);
  useEffect(() => {
    const at = arrived.current;
    if (!at || shownTotal === null) return;
    arrived.current = undefined;
    virtualizer.scrollToIndex(Math.min(at.story, Math.max(0, shownTotal - 1)), { align: 'center' });
    scroller.current?.focus({ preventScroll: true });
  }, [shownTotal, virtualizer]);

  useEffect(() => {
    const focus = (): void => {
      scroller.current?.focus();
      setActive((a) => a ?? nextHit(null, total, () => undefined));
    };
    window.addEventListener(FOCUS_RESULTS_EVENT, focus);
    return () => window.removeEventListener(FOCUS_RESULTS_EVENT, focus);
  }, [total]);

  const open = useCallback(
    (story: SearchStoryResult, index: number, hit: number) => {
      const h = story.hits[hit] ?? story.hits[0];
      onOpen({ storyId: story.id, lang: h?.lang, block: h?.block, counterpartLang: h?.counterpart?.lang, at: { story: index, hit } });
    },
    [onOpen],
  );

  const hitsOf = (story: number): number | undefined => stories[story]?.hits.length;
  const move = (to: HitRef | null): void => {
    if (!to) {
      document.getElementById(SEARCH_INPUT_ID)?.focus();
      return;
    }
    setActive(to);
    virtualizer.scrollToIndex(to.story, { align: 'auto' });
    // Within a tall story, bring the hit itself into view once it is drawn.
    requestAnimationFrame(() => document.getElementById(hitId(to.story, to.hit))?.scrollIntoView({ block: 'nearest' }));
  };
  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.key === 'ArrowDown') move(nextHit(active, total, hitsOf));
    else if (e.key === 'ArrowUp') move(previousHit(active, hitsOf));
    else if (e.key === 'PageDown') move(stepStories(active, 5, total));
    else if (e.key === 'PageUp') move(stepStories(active, -5, total));
    else if (e.key === 'Home') move(stepStories(null, 1, total) ? { story: 0, hit: 0 } : active);
    else if (e.key === 'End') move(stepStories(null, total, total));
    else if (e.key === 'Enter' && active) {
      const story = stories[active.story];
      if (story) open(story, active.story, active.hit);
    } else if (e.key === 'Escape') document.getElementById(SEARCH_INPUT_ID)?.focus();
    else return;
    e.preventDefault();
  };

  const activeStory = active ? stories[active.story] : undefined;
  const activeId = active && activeStory && active.hit < activeStory.hits.length ? hitId(active.story, active.hit) : undefined;
  const toggle = (kind: Parameters<typeof toggleFacet>[1], value: string): void => onQueryChange(printQuery(toggleFacet(tree, kind, value)));

  return (
    <section className="search" aria-labelledby="search-title">
      <div className="search-heading">
        <h1 id="search-title">{t('search.label')}</h1>
        <span className="search-count" role="status">
          {shownTotal === null ? t('search.searching') : t(meta?.totalAtLeast ? 'search.resultCountAtLeast' : 'search.resultCount', { count: total })}
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
        <button type="button" className="search-export" onClick={openExport} disabled={!shownTotal}>
          {t('search.exportResults')}
        </button>
      </div>
      <ExportDialog
        open={exportLanguages !== null}
        target={{ kind: 'results', query, sort, total, languages: exportLanguages ?? [] }}
        onClose={() => setExportLanguages(null)}
      />
      <HintList hints={meta?.hints ?? []} />
      {meta?.ranking === 'bm25-headlines' && sort === 'relevance' && <p className="search-note">{t('search.broadRanking')}</p>}
      {error && <ErrorMessage error={error} />}
      <div className="search-body">
        <FacetPanel facets={meta?.facets ?? {}} kinds={['lang', 'agency', 'year']} tree={tree} label={t('search.facetsLabel')} onToggle={toggle} />
        <div className="search-results">
          {shownTotal === 0 && query.trim() && <p className="empty">{t('search.noResults', { query })}</p>}
          <div
            ref={scroller}
            className="search-scroller"
            role={total > 0 ? 'listbox' : undefined}
            aria-label={total > 0 ? t('search.resultsLabel') : undefined}
            tabIndex={total > 0 ? 0 : -1}
            aria-activedescendant={activeId}
            onKeyDown={onKeyDown}
          >
            <div className="search-list" role="presentation" style={{ height: virtualizer.getTotalSize() }}>
              {items.map((item) => {
                const story = stories[item.index];
                return (
                  <div
                    key={item.key}
                    role="presentation"
                    className="search-item"
                    data-index={item.index}
                    ref={virtualizer.measureElement}
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    {story ? (
                      <SearchResult
                        story={story}
                        index={item.index}
                        active={active?.story === item.index ? active.hit : null}
                        onActivate={(hit) => setActive({ story: item.index, hit })}
                        onOpen={(hit) => open(story, item.index, hit)}
                      />
                    ) : (
                      <div className="search-result placeholder" aria-hidden="true" />
                    )}
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}
