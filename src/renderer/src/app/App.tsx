// The application frame: a header (title, search), and the current screen.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { onEvent } from '../api/client';
import { LibraryView } from '../library/LibraryView';
import { StoryView } from '../reader/StoryView';
import { SettingsButton } from '../settings/SettingsButton';
import { ImportButton } from '../import/ImportButton';
import { ImportProvider, ImportRefresh } from '../import/ImportProvider';
import { useRoute } from './route';

export function App(): React.JSX.Element {
  const { t } = useTranslation();
  const [route, navigate] = useRoute();

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
        <div className="app-header-tools">
          <ImportButton />
          <SettingsButton />
        </div>
      </header>
      <main id="main" className="app-main">
        <ImportRefresh>
        {route.view === 'story' ? (
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
