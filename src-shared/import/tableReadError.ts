import { validationMessage, type ValidationCode, type ValidationParams } from './validationCodes';

export type TableReadErrorCode = Extract<
  ValidationCode,
  'fileEmpty' | 'fileTooBig' | 'fileBinary' | 'csvMalformed' | 'unsupportedType' | 'xlsxInvalid' | 'vcardEmpty' | 'noDataRows'
>;

/**
 * Why a file could not be read as a table at all. Carries the i18n code and its params so the UI
 * can say it in the salesperson's language; `message` is the English text for logs.
 */
export class TableReadError extends Error {
  readonly code: TableReadErrorCode;
  readonly params: ValidationParams;

  constructor(code: TableReadErrorCode, params: ValidationParams = {}) {
    super(validationMessage(code, params));
    this.name = 'TableReadError';
    this.code = code;
    this.params = params;
  }
}
