import { useHotkeys } from '@mantine/hooks';
import { navigate } from './router';

/** The search box listens for this; the shortcut may fire from any screen. */
export const FOCUS_SEARCH_EVENT = 'tradewind:focus-search';

export function requestSearchFocus(): void {
  navigate('/customers');
  // Let the customers screen mount first when the shortcut came from another screen.
  window.setTimeout(() => window.dispatchEvent(new Event(FOCUS_SEARCH_EVENT)), 0);
}

/** Global shortcuts: mod+K searches, mod+N opens a new customer. Active inside inputs too. */
export function useGlobalShortcuts(): void {
  useHotkeys(
    [
      ['mod+K', requestSearchFocus],
      ['mod+N', () => navigate('/customers/new')],
    ],
    [],
  );
}

export const modKeyLabel = (): string => (/Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl');
