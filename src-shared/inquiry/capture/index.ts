/** Capture: inquiries from .eml files and spreadsheets, for addInquiries. See README.md. */
export { parseEml, emlToInquiryInput, MAX_EML_BYTES, type ParsedEml } from './parseEml';
export { dateHeaderToIso } from './dateHeader';
export { readInquiryTable, rowsToInquiries, type InquiryTable, type SkippedRow } from './readInquiryTable';
export { INQUIRY_FIELDS, INQUIRY_HEADER_SYNONYMS, mapInquiryColumns, type InquiryField } from './inquiryFields';
export { CaptureError, isCaptureError, CAPTURE_ERROR_MESSAGES, type CaptureErrorCode } from './errors';
