import type { TFunction } from 'i18next';
import { isCaptureError } from '../../../../src-shared/inquiry/capture';
import { TableReadError } from '../../../../src-shared/import/tableReadError';
import { describeError } from '../../../app/describeError';
import { isInquiryDataError } from '../../../data';
import { i18next } from '../../../i18n';

/**
 * One sentence in the UI language for a failure of an inquiry operation: the data layer's
 * (namespace inquiryData), a file that is no email (CaptureError carries both languages), a table
 * that cannot be read (the customer import's messages), else the app's usual description.
 */
export function describeInquiryError(error: unknown, t: TFunction): string {
  if (isInquiryDataError(error)) {
    return t(`inquiryData:${error.code}`, { ...error.params, defaultValue: describeError(new Error(error.message), t) });
  }
  if (isCaptureError(error)) return i18next.language === 'zh-CN' ? error.texts['zh-CN'] : error.texts.en;
  if (error instanceof TableReadError) return t(`validation:${error.code}`, { ...error.params, defaultValue: error.message });
  return describeError(error, t);
}
