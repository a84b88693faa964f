// An ApiError in the user's language, as one line.
import type { TFunction } from 'i18next';
import type { ApiError } from '../../shared/errors';

export function translateError(t: TFunction, error: ApiError): string {
  return t(`errors.${error.code}`, { ...error.params, detail: error.detail ?? '' });
}
