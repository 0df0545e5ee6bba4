/**
 * The public functions of src-shared: what the app, the tests and the benchmarks call.
 * Everything here is pure: no DOM, no Node, no Electron, no Dexie.
 */
export * from './customer/customer';
export * from './customer/vocabulary';
export * from './customer/countries';
export * from './customer/derived';
export * from './customer/validateCustomer';
export * from './import';
export * from './export';
export * from './dedupe';
export * from './segment';
export * from './sample';
export * from './letters';
export * from './calendar';
export * from './inquiry';
export * from './mail/types';
export { newMessageId } from './mail/messageId';
export { nextAttempt } from './mail/retryPolicy';
export * from './ipc/contract';
