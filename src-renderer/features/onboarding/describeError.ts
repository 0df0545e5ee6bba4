import type { TFunction } from 'i18next';
import { MainError } from '../../app/mainApi';

/**
 * A translated sentence for a failure. Main's MainError is translated under `common:errors`; the
 * data layer's DataError carries a code and params that the `data` namespace translates; anything
 * else is unexpected and shows its message.
 */
export function describeError(err: unknown, t: TFunction): string {
  const message = err instanceof Error ? err.message : String(err);
  const unexpected = t('common:errors.unexpected', { message });
  if (err instanceof MainError) return t(`common:errors.${err.code}`, { message, defaultValue: unexpected });
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') {
    const params = 'params' in err && err.params && typeof err.params === 'object' ? (err.params as Record<string, unknown>) : {};
    return t(`data:${err.code}`, { ...params, defaultValue: unexpected });
  }
  return unexpected;
}
