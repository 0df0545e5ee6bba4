export { readCustomerTable, type CustomerTable, type ReadTableOptions } from './readCustomerTable';
export { MAX_IMPORT_BYTES, type TextEncodingName } from './decodeText';
export { TableReadError, type TableReadErrorCode } from './tableReadError';
export { mapCustomerColumns } from './mapCustomerColumns';
export { CUSTOMER_FIELDS, MULTI_COLUMN_FIELDS, type CustomerField } from './customerFields';
export {
  validateCustomerRows, type RowError, type RowValidationOptions, type RowValidationResult,
} from './validateCustomerRows';
export {
  VALIDATION_CODES, VALIDATION_MESSAGES, validationMessage, type ValidationCode, type ValidationParams,
} from './validationCodes';
export { VCARD_HEADERS } from './readVcard';
