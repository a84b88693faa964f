// Deleting a story from the library: asks first, inline. The list refreshes on the core's
// archiveChanged, like every screen showing the story.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import { asApiError, call } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';

export function DeleteStoryButton({ storyId, versions }: { storyId: number; versions: number }): React.JSX.Element {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (!confirming) {
    return (
      <button type="button" className="story-delete" onClick={() => setConfirming(true)}>
        {t('library.delete')}
      </button>
    );
  }
  return (
    <div className="story-delete-confirm" role="alertdialog" aria-label={t('library.delete')}>
      <span>{t('library.deleteConfirm', { count: versions })}</span>
      {error && <ErrorMessage error={error} />}
      <button
        type="button"
        className="danger"
        autoFocus
        onClick={() => call('deleteStory', { id: storyId }).catch((e: unknown) => setError(asApiError(e)))}
      >
        {t('library.delete')}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        {t('library.cancel')}
      </button>
    </div>
  );
}
