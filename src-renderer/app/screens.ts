import type { Icon } from '@tabler/icons-react';
import {
  IconCalendarEvent,
  IconFileInvoice,
  IconInbox,
  IconMail,
  IconMailForward,
  IconSettings,
  IconSun,
  IconUsers,
} from '@tabler/icons-react';
import type { ScreenKey } from './router';

export interface ScreenEntry {
  key: ScreenKey;
  icon: Icon;
  /** False for screens that later versions bring; they say so plainly. */
  built: boolean;
}

export const SCREENS: readonly ScreenEntry[] = [
  { key: 'today', icon: IconSun, built: true },
  { key: 'inquiries', icon: IconInbox, built: true },
  { key: 'customers', icon: IconUsers, built: true },
  { key: 'letters', icon: IconMail, built: true },
  { key: 'quotes', icon: IconFileInvoice, built: false },
  { key: 'calendar', icon: IconCalendarEvent, built: false },
  { key: 'outbox', icon: IconMailForward, built: true },
  { key: 'settings', icon: IconSettings, built: true },
];
