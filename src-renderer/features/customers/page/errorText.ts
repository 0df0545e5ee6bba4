import type { TFunction } from 'i18next';
import { MainError } from '../../../app/mainApi';

/**
 * One translated sentence for a failure: a refusal from main (`common:errors.<code>`), a book
 * error (DataError: code and params, namespace 'data'), or anything else with its own message.
 */
export function errorText(error: unknown, t: TFunction): string {
  const message = error instanceof Error ? error.message : String(error);
  const unexpected = t('common:errors.unexpected', { message });
  if (error instanceof MainError) {
    return t(`common:errors.${error.code}`, { message: error.details.join('; ') || message, defaultValue: unexpected });
  }
  // DataError is matched by shape: the data layer may hand over errors from a worker or a copy.
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const params = 'params' in error && error.params && typeof error.params === 'object' ? (error.params as Record<string, unknown>) : {};
    return t(`data:${error.code}`, { ...params, defaultValue: unexpected });
  }
  return unexpected;
}
