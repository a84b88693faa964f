// The application frame: a header (title, search), and the current screen.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { onEvent } from '../api/client';
import { LibraryView } from '../library/LibraryView';
import { StoryView } from '../reader/StoryView';
import { SettingsButton } from '../settings/SettingsButton';
import { BackgroundStatus } from '../import/BackgroundStatus';
import { ImportButton } from '../import/ImportButton';
import { ImportProvider, ImportRefresh } from '../import/ImportProvider';
import { SearchBox } from '../search/SearchBox';
import { SearchView } from '../search/SearchView';
import { markOpenedFromSearch, useEscapeBackToSearch } from '../search/return-to-search';
import { useRoute } from './route';

export function App(): React.JSX.Element {
  const { t } = useTranslation();
  const [route, navigate] = useRoute();
  useEscapeBackToSearch(route);
  const search = (q: string): void => {
    if (!q.trim()) navigate({ view: 'library' });
    else navigate({ view: 'search', q, sort: route.view === 'search' ? route.sort : 'relevance' }, { replace: route.view === 'search' });
  };

  useEffect(
    () =>
      onEvent('menuCommand', ({ command }) => {
        if (command === 'showLibrary') navigate({ view: 'library' });
      }),
    [navigate],
  );

  return (
    <ImportProvider
      openStoryId={route.view === 'story' ? route.id : undefined}
      onOpenStory={(id) => navigate({ view: 'story', id })}
    >
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <button type="button" className="app-title" onClick={() => navigate({ view: 'library' })}>
          {t('app.name')}
        </button>
        <SearchBox query={route.view === 'search' ? route.q : ''} onSearch={search} />
        <div className="app-header-tools">
          <BackgroundStatus />
          <ImportButton />
          <SettingsButton />
        </div>
      </header>
      <main id="main" className="app-main">
        <ImportRefresh>
        {route.view === 'search' ? (
          <SearchView
            query={route.q}
            sort={route.sort}
            onQueryChange={search}
            onSortChange={(sort) => navigate({ ...route, sort }, { replace: true })}
            onOpen={(target) => {
              markOpenedFromSearch();
              navigate({
                view: 'story',
                id: target.storyId,
                lang: target.lang,
                block: target.block,
                left: target.lang,
                right: target.counterpartLang,
                terms: target.terms,
              });
            }}
          />
        ) : route.view === 'story' ? (
          <StoryView route={route} navigate={navigate} />
        ) : (
          <LibraryView onOpen={(id) => navigate({ view: 'story', id })} />
        )}
        </ImportRefresh>
      </main>
    </div>
    </ImportProvider>
  );
}
