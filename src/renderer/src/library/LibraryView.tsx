// The library: every story, newest additions first, in a virtualized list that stays smooth
// with a hundred thousand stories.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ErrorMessage } from '../app/ErrorMessage';
import { StoryRow } from './StoryRow';
import { DeleteStoryButton } from './DeleteStoryButton';
import { useStoryPages, type LibraryOrder } from './useStoryPages';

const ORDERS: LibraryOrder[] = ['recentlyAdded', 'newest', 'oldest'];

export function LibraryView({ onOpen, reloadKey }: { onOpen: (id: number) => void; reloadKey?: unknown }): React.JSX.Element {
  const { t } = useTranslation();
  const [order, setOrder] = useState<LibraryOrder>('recentlyAdded');
  const [deletions, setDeletions] = useState(0);
  const { total, stories, error, ensureLoaded } = useStoryPages(order, `${String(reloadKey)}:${deletions}`);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => 112,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();

  useEffect(() => {
    for (const item of items) if (!stories[item.index]) ensureLoaded(item.index);
  }, [items, stories, ensureLoaded]);

  if (error) return <ErrorMessage error={error} />;
  return (
    <section className="library" aria-labelledby="library-title">
      <div className="library-heading">
        <h1 id="library-title">{t('library.title')}</h1>
        {total !== null && <span className="library-count">{t('library.storyCount', { count: total })}</span>}
        <label className="library-order">
          <span>{t('library.sortLabel')}</span>
          <select value={order} onChange={(e) => setOrder(e.target.value as LibraryOrder)}>
            {ORDERS.map((o) => (
              <option key={o} value={o}>
                {t(`library.sort.${o}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {total === 0 && <p className="empty">{t('library.empty')}</p>}
      {total === null && <p className="loading">{t('app.loading')}</p>}
      <div ref={scroller} className="library-scroller">
        <ul
          className="library-list"
          aria-label={t('library.listLabel')}
          style={{ height: virtualizer.getTotalSize() }}
        >
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
                  <div className="story-row-frame">
                    <StoryRow story={story} onOpen={() => onOpen(story.id)} />
                    <DeleteStoryButton
                      storyId={story.id}
                      versions={story.versions.length}
                      onDeleted={() => setDeletions((n) => n + 1)}
                    />
                  </div>
                ) : (
                  <div className="story-row placeholder" aria-hidden="true" />
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
