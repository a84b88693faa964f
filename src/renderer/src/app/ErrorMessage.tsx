import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';

/** An API error in the reader's language. */
export function ErrorMessage({ error }: { error: ApiError }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <p className="error" role="alert">
      {t(`errors.${error.code}`, { ...error.params, detail: error.detail ?? '' })}
    </p>
  );
}
