// The application frame: a header (title, search, import, settings), the current screen, and the
// window's commands from the native menu. Screens refresh in place when the archive changes.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchiveChangesProvider } from '../data/archive-changes';
import { LibraryView } from '../library/LibraryView';
import { StoryView } from '../reader/StoryView';
import { SettingsButton } from '../settings/SettingsButton';
import { BackgroundStatus } from '../import/BackgroundStatus';
import { ImportButton } from '../import/ImportButton';
import { ImportProvider, useImport } from '../import/ImportProvider';
import { SearchBox, focusSearchBox } from '../search/SearchBox';
import { SearchView, type OpenTarget } from '../search/SearchView';
import { LIBRARY, type Route, type Router, type StoryRoute } from './route';
import { ArchiveUnavailable } from './ArchiveUnavailable';
import { useRoute } from './route';
import { useMenuCommands } from './useMenuCommands';

export function App(): React.JSX.Element {
  const router = useRoute();
  const { navigate } = router;
  const openStory = useCallback((id: number) => navigate({ view: 'story', id }), [navigate]);
  return (
    <ArchiveChangesProvider>
      <ImportProvider openStoryId={router.route.view === 'story' ? router.route.id : undefined} onOpenStory={openStory}>
        <AppFrame router={router} />
      </ImportProvider>
    </ArchiveChangesProvider>
  );
}

/** Where Esc and Back lead from a story: the search it was opened from, else the library. */
export function backFrom(route: StoryRoute): Route {
  return route.q ? { view: 'search', q: route.q, sort: route.sort ?? 'relevance' } : LIBRARY;
}

function AppFrame({ router }: { router: Router }): React.JSX.Element {
  const { t } = useTranslation();
  const { route, navigate, goBack } = router;
  const { openDialog } = useImport();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  useEscapeBack(route, goBack);

  useMenuCommands('app', {
    import: openDialog,
    openSettings: () => setSettingsOpen(true),
    showLibrary: () => navigate(LIBRARY),
    focusSearch: focusSearchBox,
    searchHelp: () => setHelpOpen(true),
  });

  const search = (q: string): void => {
    if (!q.trim()) navigate(LIBRARY);
    else navigate({ view: 'search', q, sort: route.view === 'search' ? route.sort : 'relevance' }, { replace: route.view === 'search' });
  };
  const openResult = (target: OpenTarget): void => {
    if (route.view !== 'search') return;
    // Remember the hit in the results' own entry, so coming back lands on it.
    navigate({ ...route, at: target.at }, { replace: true });
    navigate({
      view: 'story',
      id: target.storyId,
      lang: target.lang,
      block: target.block,
      left: target.lang,
      right: target.counterpartLang,
      q: route.q,
      sort: route.sort,
    });
  };
  const query = route.view === 'library' ? '' : (route.q ?? '');

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <button type="button" className="app-title" onClick={() => navigate(LIBRARY)}>
          {t('app.name')}
        </button>
        <SearchBox query={query} onSearch={search} helpOpen={helpOpen} onHelpOpenChange={setHelpOpen} />
        <div className="app-header-tools">
          <BackgroundStatus />
          <ImportButton />
          <SettingsButton open={settingsOpen} onOpenChange={setSettingsOpen} />
        </div>
      </header>
      <ArchiveUnavailable />
      <main id="main" className="app-main">
        {route.view === 'search' ? (
          <SearchView
            route={route}
            onQueryChange={search}
            onSortChange={(sort) => navigate({ ...route, sort, at: undefined }, { replace: true })}
            onOpen={openResult}
          />
        ) : route.view === 'story' ? (
          <StoryView route={route} navigate={navigate} onBack={() => goBack(backFrom(route))} />
        ) : (
          <LibraryView
            route={route}
            onChange={(next) => navigate(next, { replace: true })}
            onOpen={(id, at) => {
              navigate({ ...route, at }, { replace: true });
              navigate({ view: 'story', id });
            }}
          />
        )}
      </main>
    </div>
  );
}

/** Esc in a story goes back where it was opened from (a field, a dialog or the reader's own use of Esc aside). */
function useEscapeBack(route: Route, goBack: (to: Route) => void): void {
  useEffect(() => {
    if (route.view !== 'story') return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [role="dialog"], dialog')) return;
      e.preventDefault();
      goBack(backFrom(route));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [route, goBack]);
}
