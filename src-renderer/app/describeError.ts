import type { TFunction } from 'i18next';
import { MainError } from './mainApi';

/**
 * One translated sentence for any failure a screen can meet: a refusal from main
 * ('common:errors'), a book error (the data layer's DataError: a code and params, translated in
 * namespace 'data'), or something unexpected, which shows its own message.
 */
export function describeError(error: unknown, t: TFunction): string {
  const message = error instanceof Error ? error.message : String(error);
  const unexpected = t('common:errors.unexpected', { message });
  if (error instanceof MainError) {
    return t(`common:errors.${error.code}`, { message: error.details.join('; ') || message, defaultValue: unexpected });
  }
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const params = 'params' in error && error.params && typeof error.params === 'object' ? (error.params as Record<string, unknown>) : {};
    return t(`data:${error.code}`, { ...params, defaultValue: unexpected });
  }
  return unexpected;
}
