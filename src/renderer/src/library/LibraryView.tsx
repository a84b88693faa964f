// The library: every story, newest additions first (the guide after the reader's own), in a
// virtualized list that stays smooth with a hundred thousand stories, narrowed by language,
// agency, year and tag — the search's facets, on the same tree of filters, kept in the route.
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { LIBRARY_ORDERS, type LibraryOrder } from '../../../shared/api/library';
import { printQuery, toggleFacet, type FacetKind } from '../../../shared/search';
import { ErrorMessage } from '../app/ErrorMessage';
import type { LibraryRoute } from '../app/route';
import { useApi, valueOf } from '../data/useApi';
import { FacetPanel } from '../facets/FacetPanel';
import { queryTree } from '../facets/query-tree';
import { HintList } from '../search/HintList';
import { StoryRow } from './StoryRow';
import { DeleteStoryButton } from './DeleteStoryButton';
import { useStoryPages } from './useStoryPages';

const rowId = (index: number): string => `library-story-${index}`;

export function LibraryView({
  route,
  onChange,
  onOpen,
}: {
  route: LibraryRoute;
  onChange: (route: LibraryRoute) => void;
  /** A story opened, and where it is in the list (to come back to). */
  onOpen: (id: number, at: number) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { filter, order } = route;
  const { total, items: stories, error, ensureLoaded } = useStoryPages(order, filter);
  const facets = valueOf(useApi('libraryFacets', { filter }));
  const tree = useMemo(() => queryTree(filter), [filter]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => 112,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();

  useEffect(() => {
    for (const item of items) ensureLoaded(item.index);
  }, [items, ensureLoaded]);

  // Back from a story: the row it was opened from, in view and focused.
  const arrived = useRef(route.at);
  useEffect(() => {
    const at = arrived.current;
    if (at === undefined || total === null) return;
    if (total === 0) {
      arrived.current = undefined;
      return;
    }
    const index = Math.min(at, total - 1);
    virtualizer.scrollToIndex(index, { align: 'center' });
    const row = document.getElementById(rowId(index));
    if (!row) return; // drawn on a later render
    arrived.current = undefined;
    row.focus();
  }, [total, stories, items, virtualizer]);

  const setFilter = (next: string): void => onChange({ view: 'library', filter: next, order });
  const toggle = (kind: FacetKind, value: string): void => setFilter(printQuery(toggleFacet(tree, kind, value)));

  if (error) return <ErrorMessage error={error} />;
  return (
    <section className="library" aria-labelledby="library-title">
      <div className="library-heading">
        <h1 id="library-title">{t('library.title')}</h1>
        {total !== null && <span className="library-count">{t('library.storyCount', { count: total })}</span>}
        <label className="library-order">
          <span>{t('library.sortLabel')}</span>
          <select value={order} onChange={(e) => onChange({ view: 'library', filter, order: e.target.value as LibraryOrder })}>
            {LIBRARY_ORDERS.map((o) => (
              <option key={o} value={o}>
                {t(`library.sort.${o}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <HintList hints={filter.trim() ? (facets?.hints ?? []) : []} />
      <div className="library-body">
        <FacetPanel
          facets={facets ?? {}}
          kinds={['lang', 'agency', 'year', 'tag']}
          tree={tree}
          label={t('library.filtersLabel')}
          onToggle={toggle}
          onClear={() => setFilter('')}
        />
        <div className="library-results">
          {total === 0 && !filter.trim() && <p className="empty">{t('library.empty')}</p>}
          {total === 0 && filter.trim() && (
            <p className="empty">
              {t('library.noneFiltered')}{' '}
              <button type="button" onClick={() => setFilter('')}>
                {t('facets.clear')}
              </button>
            </p>
          )}
          {total === null && <p className="loading">{t('app.loading')}</p>}
          <div ref={scroller} className="library-scroller">
            {(total ?? 0) > 0 && (
              <ul className="library-list" aria-label={t('library.listLabel')} style={{ height: virtualizer.getTotalSize() }}>
                {items.map((item) => {
                  const story = stories[item.index];
                  return (
                    <li
                      key={item.key}
                      data-index={item.index}
                      ref={virtualizer.measureElement}
                      className="library-item"
                      style={{ transform: `translateY(${item.start}px)` }}
                    >
                      {story ? (
                        // Keyed by story: a delete asked for one story never stays open on the next.
                        <div className="story-row-frame" key={story.id}>
                          <StoryRow id={rowId(item.index)} story={story} onOpen={() => onOpen(story.id, item.index)} />
                          <DeleteStoryButton storyId={story.id} versions={story.versions.length} />
                        </div>
                      ) : (
                        <div className="story-row placeholder" aria-hidden="true" />
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
