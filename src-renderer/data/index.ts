/** The renderer's data layer: the only way features read and write the customer book. */
export { db, openDatabase, TradewindDB, DEFAULT_DATABASE_NAME, SCHEMA_V1, SCHEMA_V2, type SavedSegment, type SettingRecord } from './db';
export { DataError, isDataError, type DataErrorCode } from './errors';
export {
  loadBookIndex,
  reloadBookIndex,
  isBookReady,
  getBookVersion,
  subscribeBook,
  getBookIndex,
} from './bookIndex';
export { queryBook, queryBookIds, countFacets, getCustomersByIds } from './book';
export { createCustomer, updateCustomer, deleteCustomers, bulkUpdateCustomers, type BulkChange } from './customers';
export { findDuplicatesOf, mergeCustomerRecords, type DuplicateCandidateKeys } from './duplicates';
export { importCustomers, type ImportOptions } from './importCustomers';
export { loadSampleBook, removeSampleBook, countSampleCustomers } from './sampleBook';
export { addInteraction, deleteInteraction, readTimeline } from './interactions';
export { saveSegment, renameSegment, updateSegmentFilter, deleteSegment, SEGMENT_NAME_MAX } from './segments';
export { getSetting, setSetting, DEFAULT_RECENT_CONTACT_DAYS, type KnownSettings } from './settings';
export { useBook, useBookReady, useFacetCounts } from './bookHooks';
export { useCustomer, useCustomersWindow, useTimeline, useSegments, useSetting } from './recordHooks';
export { OUTBOX_STATUSES, type OutboxStatus, type OutboxMessage, type Suppression, type OutboxPause } from './letters/records';
export {
  listTemplates,
  getTemplate,
  saveTemplate,
  deleteTemplate,
  ensureDefaultTemplates,
  restoreDefaultTemplates,
  loadDefaultPack,
  type TemplateDraft,
} from './letters/templates';
export {
  queueLetters,
  recoverInterruptedSends,
  retryMessage,
  cancelMessage,
  cancelBatch,
  markMessageSent,
  resumeOutbox,
  type LetterToQueue,
  type QueueOptions,
} from './letters/outbox';
export { startSender, type Sender, type SenderOptions } from './letters/sender';
export { loadCalendar } from './letters/calendar';
export { addSuppression, removeSuppression, isSuppressed, getSuppressedSet } from './letters/suppressions';
export {
  listOutbox,
  countOutbox,
  countOpenOutbox,
  readBatchProgress,
  type OutboxFilter,
  type OutboxCounts,
  type OpenOutboxCounts,
  type BatchProgress,
} from './letters/queries';
export {
  useTemplates,
  useTemplate,
  useOutbox,
  useBatchProgress,
  useOutboxCounts,
  useOpenOutboxCounts,
  useSuppressions,
  useOutboxPaused,
} from './letters/hooks';
export {
  INQUIRY_STATUSES,
  CORRECTABLE_FIELDS,
  InquiryDataError,
  isInquiryDataError,
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
  confirmInquiry,
  compareForQueue,
  isOverdue,
  listInquiryQueue,
  REPLIED_IN_QUEUE_DAYS,
  listArchivedInquiries,
  countInquiries,
  readQualifySettings,
  saveQualifySettings,
  useInquiryQueue,
  useInquiry,
  useInquiryCounts,
  useCustomerInquiries,
  MAX_INQUIRIES_PER_ADD,
  ARCHIVE_REASON_MAX,
  type InquiryStatus,
  type InquiryInput,
  type InquiryRecord,
  type InquiryPatch,
  type InquiryConfirmation,
  type CorrectableField,
  type InquiryDataErrorCode,
  type ConfirmInquiryArgs,
  type InquiryCounts,
  type QualifySettingsChange,
} from './inquiries';
