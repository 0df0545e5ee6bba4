/** Inquiries: the inbox's records, the qualify-before-reply step, the queue. See README.md. */
export {
  INQUIRY_STATUSES,
  CORRECTABLE_FIELDS,
  type InquiryStatus,
  type InquiryInput,
  type InquiryRecord,
  type InquiryPatch,
  type InquiryConfirmation,
  type CorrectableField,
} from './records';
export { InquiryDataError, isInquiryDataError, type InquiryDataErrorCode } from './errors';
export {
  addInquiries,
  updateInquiry,
  requalifyInquiries,
  archiveInquiry,
  restoreInquiry,
  markInquiryReplied,
  findKnownForInquiry,
  findRepeatedInquiries,
  type InquiryRepeat,
  getInquiry,
  MAX_INQUIRIES_PER_ADD,
  ARCHIVE_REASON_MAX,
} from './inquiries';
export { confirmInquiry, type ConfirmInquiryArgs } from './confirm';
export { compareForQueue, isOverdue, listInquiryQueue, REPLIED_IN_QUEUE_DAYS, listArchivedInquiries, countInquiries, type InquiryCounts } from './queue';
export { readQualifySettings, type QualifySettingsChange } from './qualifySettings';
export { saveQualifySettings } from './saveSettings';
export { useInquiryQueue, useInquiry, useInquiryCounts, useCustomerInquiries } from './hooks';
