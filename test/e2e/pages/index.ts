export { AppShell, NOT_BUILT, SCREEN_KEYS } from './AppShell';
export type { ScreenKey } from './AppShell';
export { SettingsPage } from './SettingsPage';
