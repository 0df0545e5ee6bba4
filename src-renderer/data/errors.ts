import type { ZodError } from 'zod';

/** What went wrong, as a code the UI translates under the `data` namespace (data.<lang>.json). */
export type DataErrorCode =
  | 'invalidCustomer'
  | 'invalidChange'
  | 'invalidInteraction'
  | 'notFound'
  | 'customerExists'
  | 'mergeSameCustomer'
  | 'segmentNameMissing'
  | 'segmentNameTooLong'
  | 'segmentNameTaken'
  | 'importFailed'
  | 'importRowInvalid'
  | 'invalidTemplate'
  | 'templatePackInvalid'
  | 'invalidLetter'
  | 'outboxCannotRetry'
  | 'outboxCannotCancel'
  | 'outboxCannotMarkSent';

/**
 * The data layer's errors are values: a code, the parameters the translated sentence needs, and
 * an English message for logs. Nothing is written when one is thrown.
 */
export class DataError extends Error {
  readonly code: DataErrorCode;
  readonly params?: Record<string, string | number>;

  constructor(code: DataErrorCode, message: string, params?: Record<string, string | number>) {
    super(message);
    // Not 'DataError': Dexie re-wraps any rejection whose name is an IndexedDB error name, and
    // IndexedDB has a DataError of its own.
    this.name = 'TradewindDataError';
    this.code = code;
    if (params) this.params = params;
  }
}

export function isDataError(error: unknown): error is DataError {
  return error instanceof DataError;
}

/** The first problem zod found, as a field path ("contacts.0.emails.1") and its message. */
export function invalidInput(code: 'invalidCustomer' | 'invalidChange', error: ZodError, extra: Record<string, string | number> = {}): DataError {
  const issue = error.issues[0];
  const field = issue ? issue.path.map(String).join('.') || 'customer' : 'customer';
  const problem = issue?.message ?? 'invalid';
  return new DataError(code, `Invalid ${field}: ${problem}`, { ...extra, field, problem });
}
