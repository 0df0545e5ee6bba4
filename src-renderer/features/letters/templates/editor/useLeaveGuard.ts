import type { TFunction } from 'i18next';
import { useEffect, useMemo, useRef } from 'react';
import { navigate } from '../../../../app/router';
import { confirmDiscard } from '../../../customers/page/confirmDiscard';

/** The parts of the Navigation API (Chromium, so Electron) this guard uses; not yet in lib.dom. */
interface NavigateEventLike extends Event {
  readonly cancelable: boolean;
  readonly hashChange: boolean;
  readonly destination: { readonly url: string };
}
interface NavigationLike {
  addEventListener(type: 'navigate', listener: (event: NavigateEventLike) => void): void;
  removeEventListener(type: 'navigate', listener: (event: NavigateEventLike) => void): void;
}

/**
 * While the editor holds unsaved changes, leaving by any link (the navigation, a deep link) asks
 * first. The Navigation API's `navigate` event comes before the address changes, so cancelling it
 * keeps the editor on screen untouched; agreeing goes on to where the salesperson was heading.
 * (A `hashchange` listener would come too late: the router re-renders on the new address first.)
 */
export function useLeaveGuard(dirty: boolean, t: TFunction): LeaveGuard {
  const dirtyRef = useRef(dirty);
  const leavingRef = useRef(false);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  useEffect(() => {
    const navigation = (window as unknown as { navigation?: NavigationLike }).navigation;
    if (!navigation) return;
    const onNavigate = (event: NavigateEventLike) => {
      if (leavingRef.current || !dirtyRef.current || !event.hashChange || !event.cancelable) return;
      const target = new URL(event.destination.url).hash;
      if (target === window.location.hash) return;
      event.preventDefault();
      confirmDiscard(true, t, () => {
        leavingRef.current = true;
        window.location.hash = target;
      });
    };
    navigation.addEventListener('navigate', onNavigate);
    return () => navigation.removeEventListener('navigate', onNavigate);
  }, [t]);

  return useMemo(
    () => ({
      leave: (path) =>
        confirmDiscard(dirtyRef.current, t, () => {
          leavingRef.current = true;
          navigate(path);
        }),
      leaveNow: (path) => {
        leavingRef.current = true;
        navigate(path);
      },
    }),
    [t],
  );
}

export interface LeaveGuard {
  /** Goes to `path`, asking first when there are unsaved changes. */
  leave(path: string): void;
  /** Goes to `path` without asking (the changes were just saved). */
  leaveNow(path: string): void;
}
