import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ApiError } from '../../../shared/errors';

/**
 * An API error in the reader's words. The core's messages are the CLI's too; where one speaks of
 * a command-line option ("give it with --lang"), the window says what to do in the window.
 */
export function errorText(t: TFunction, exists: (key: string) => boolean, error: ApiError): string {
  const inApp = `app.errors.${error.code}`;
  const params = { ...error.params, detail: error.detail ?? '' };
  return exists(inApp) ? t(inApp as 'app.name', params) : t(`errors.${error.code}`, params);
}

/** An API error in the reader's language. */
export function ErrorMessage({ error }: { error: ApiError }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  return (
    <p className="error" role="alert">
      {errorText(t, (key) => i18n.exists(key), error)}
    </p>
  );
}
