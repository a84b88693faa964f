// A quiet line in the header while the archive catches up after imports (the search index made
// again, paragraphs paired): the window stays usable meanwhile, and this says what is going on.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackgroundProgressEvent } from '../../../shared/api';
import { onEvent } from '../api/client';

export function BackgroundStatus(): React.JSX.Element | null {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<BackgroundProgressEvent | null>(null);
  useEffect(() => onEvent('backgroundProgress', (event) => setProgress(event.phase === 'idle' ? null : event)), []);
  if (!progress) return null;
  const values = { done: progress.done, count: progress.total };
  return (
    <p className="background-status" role="status" aria-label={t('background.label')}>
      {progress.phase === 'index' ? t('background.indexing', values) : t('background.aligning', values)}
    </p>
  );
}
