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
