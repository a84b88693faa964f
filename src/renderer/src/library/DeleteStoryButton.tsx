// Deleting a story from the library: asks first, inline, then reports back so the list reloads.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';

export function DeleteStoryButton({
  storyId,
  versions,
  onDeleted,
}: {
  storyId: number;
  versions: number;
  onDeleted: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
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
      <button
        type="button"
        className="danger"
        autoFocus
        onClick={() => void call('deleteStory', { id: storyId }).then(onDeleted)}
      >
        {t('library.delete')}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        {t('library.cancel')}
      </button>
    </div>
  );
}
