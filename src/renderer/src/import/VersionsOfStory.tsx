// Putting versions where they belong by hand: detach a version of the open story into a story of
// its own, or move it into another story, chosen by its headline.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../shared/i18n/format';
import type { ApiError } from '../../../shared/errors';
import { asApiError, call } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { useApi } from '../data/useApi';
import { useImport } from './ImportProvider';
import { StoryPicker } from './StoryPicker';

export function VersionsOfStory({ storyId }: { storyId: number }): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const { openStory } = useImport();
  // Refreshed when the archive changes (a version moved here, an import added one).
  const story = useApi('getStory', { id: storyId });
  const [error, setError] = useState<ApiError | null>(null);
  const [moving, setMoving] = useState<number | null>(null);
  const [target, setTarget] = useState<number | null>(null);
  if (story?.status !== 'ready') return null;

  const act = async (run: () => Promise<{ storyId: number }>): Promise<void> => {
    setError(null);
    try {
      const { storyId: next } = await run();
      openStory(next);
    } catch (e) {
      setError(asApiError(e));
    }
  };

  return (
    <section className="import-section" aria-labelledby="import-versions-title" data-testid="import-versions">
      <h3 id="import-versions-title">{t('import.versionsTitle')}</h3>
      {error && <ErrorMessage error={error} />}
      <ul className="import-versions">
        {story.value.versions.map((v) => (
          <li key={v.id}>
            <span className="import-version-name" lang={v.lang}>
              {t('import.versionLine', { language: languageName(v.lang, i18n.language, { capitalize: true }), headline: v.headline })}
            </span>
            <span className="import-version-actions">
              <button type="button" disabled={story.value.versions.length < 2} onClick={() => void act(() => call('detachVersion', { versionId: v.id }))}>
                {t('import.detach')}
              </button>
              <button
                type="button"
                aria-expanded={moving === v.id}
                onClick={() => {
                  setMoving(moving === v.id ? null : v.id);
                  setTarget(null);
                }}
              >
                {t('import.moveTo')}
              </button>
            </span>
            {moving === v.id && (
              <div className="import-move">
                <StoryPicker label={t('import.moveInto')} except={storyId} value={target} onChange={setTarget} />
                <button type="button" disabled={target === null} onClick={() => target !== null && void act(() => call('moveVersion', { versionId: v.id, storyId: target }))}>
                  {t('import.move')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
