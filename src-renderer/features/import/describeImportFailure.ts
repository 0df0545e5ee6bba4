import type { TFunction } from 'i18next';
import { describeError } from '../../app/describeError';
import { ImportRequestError } from './importClient';

/** A worker failure in words: file problems through the `validation` namespace, the rest as unexpected. */
export function describeImportFailure(err: unknown, t: TFunction): string {
  if (err instanceof ImportRequestError) {
    const { failure } = err;
    if (failure.kind === 'table') return t(`validation:${failure.code}`, failure.params);
    if (failure.kind === 'fileLost') return t('import:file.lost');
    return t('common:errors.unexpected', { message: failure.message });
  }
  return describeError(err, t);
}
