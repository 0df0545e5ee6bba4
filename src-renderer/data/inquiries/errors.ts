/**
 * Why an inquiry operation was refused, as a code the UI translates under the `inquiryData`
 * namespace (i18n/locales/inquiryData.<lang>.json) with `params`; `message` is English, for logs.
 * Nothing is written when one is thrown. (A separate class from DataError, whose codes belong to
 * the customer book; `isInquiryDataError` tells them apart.)
 */
export type InquiryDataErrorCode =
  | 'invalidInquiry'
  | 'emptyText'
  | 'invalidInquiryChange'
  | 'inquiryNotFound'
  | 'customerNotFound'
  | 'inquiryArchived'
  | 'inquiryNotQualified'
  | 'archiveReasonMissing'
  | 'invalidConfirmation'
  | 'countryNeeded'
  | 'invalidQualifySettings';

export class InquiryDataError extends Error {
  readonly code: InquiryDataErrorCode;
  readonly params: Record<string, string | number>;
  /** The i18n namespace of `code`. */
  readonly namespace = 'inquiryData';

  constructor(code: InquiryDataErrorCode, message: string, params: Record<string, string | number> = {}) {
    super(message);
    // Not a name IndexedDB uses, so Dexie passes the error through unwrapped.
    this.name = 'TradewindInquiryError';
    this.code = code;
    this.params = params;
  }
}

export function isInquiryDataError(error: unknown): error is InquiryDataError {
  return error instanceof InquiryDataError;
}
