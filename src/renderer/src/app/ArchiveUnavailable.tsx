// Said once the archive's worker has stopped for good (main restarts it once): the page stays as
// it is, so what the reader was looking at is not lost, and this line says why nothing answers.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onEvent } from '../api/client';

export function ArchiveUnavailable(): React.JSX.Element | null {
  const { t } = useTranslation();
  const [stopped, setStopped] = useState(false);
  useEffect(() => onEvent('archiveUnavailable', () => setStopped(true)), []);
  if (!stopped) return null;
  return (
    <p className="archive-unavailable" role="alert">
      {t('errors.archiveUnavailable')}
    </p>
  );
}
