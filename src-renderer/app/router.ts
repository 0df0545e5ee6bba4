import { useSyncExternalStore } from 'react';

/**
 * Hash routes ("#/customers/abc") keep deep links working under file:// and survive a reload,
 * without a router dependency for eight screens.
 */
export type ScreenKey = 'today' | 'inquiries' | 'customers' | 'letters' | 'quotes' | 'calendar' | 'outbox' | 'settings';

export interface Route {
  screen: ScreenKey;
  /** Path segments after the screen, e.g. ['abc'] for #/customers/abc. */
  params: string[];
  /** Query string values, e.g. #/customers?segment=xyz. */
  query: URLSearchParams;
}

const SCREENS: readonly ScreenKey[] = ['today', 'inquiries', 'customers', 'letters', 'quotes', 'calendar', 'outbox', 'settings'];

/** A malformed link (#/customers/%E0%A4%A) must not take the window down. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [head, ...params] = path.split('/').filter(Boolean).map(safeDecode);
  const screen = SCREENS.includes(head as ScreenKey) ? (head as ScreenKey) : 'customers';
  return { screen, params, query: new URLSearchParams(search) };
}

export function navigate(path: string): void {
  const target = path.startsWith('#') ? path : `#${path.startsWith('/') ? path : `/${path}`}`;
  if (window.location.hash !== target) window.location.hash = target;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  // parseRoute is cheap; memoising would only add state.
  return parseRoute(hash);
}
