export { AppShell, NOT_BUILT, SCREEN_KEYS } from './AppShell';
export type { ScreenKey } from './AppShell';
export { CustomerPage } from './CustomerPage';
export type { NewCustomer } from './CustomerPage';
export { CustomersPage } from './CustomersPage';
export type { Facet, RowView } from './CustomersPage';
export { ImportWizardPage } from './ImportWizardPage';
export { SettingsPage } from './SettingsPage';
export {
  ACTION_TIMEOUT,
  countryName,
  dismissNotifications,
  formatCount,
  LONG,
  notification,
  numberIn,
  recordDialogs,
  scrollSettled,
  storedCustomerCount,
} from './waits';
export { ComposePage } from './ComposePage';
export type { ReviewRowView } from './ComposePage';
export { OutboxPage } from './OutboxPage';
export type { BatchView, OutboxRowView } from './OutboxPage';
export { TemplatesPage } from './TemplatesPage';
export { MailSettingsPage } from './MailSettingsPage';
export type { SmtpSettings } from './MailSettingsPage';
export { InquiriesPage } from './InquiriesPage';
export type { PastedInquiry, StoredInquiry } from './InquiriesPage';
