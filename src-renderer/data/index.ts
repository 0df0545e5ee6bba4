/** The renderer's data layer: the only way features read and write the customer book. */
export { db, openDatabase, TradewindDB, DEFAULT_DATABASE_NAME, SCHEMA_V1, type SavedSegment, type SettingRecord } from './db';
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
export { addInteraction, deleteInteraction } from './interactions';
export { saveSegment, renameSegment, updateSegmentFilter, deleteSegment, SEGMENT_NAME_MAX } from './segments';
export { getSetting, setSetting, type KnownSettings } from './settings';
export { useBook, useBookReady, useFacetCounts } from './bookHooks';
export { useCustomer, useCustomersWindow, useTimeline, useSegments, useSetting } from './recordHooks';
