import type * as CalendarModule from '../../../src-shared/calendar/workingTime';

/**
 * The customer calendar (src-shared/calendar: weekends, office hours, every country's public
 * holiday rules, about 1 MB), loaded on first need rather than at start-up: by the review, and by
 * the sender when a scheduled letter turns out late. Once loaded it can be used synchronously,
 * which the sender needs inside an IndexedDB transaction (an await on anything but the database
 * there would let the transaction commit early).
 */

export type Calendar = typeof CalendarModule;

let loaded: Calendar | null = null;
let loading: Promise<Calendar> | null = null;

export function loadCalendar(): Promise<Calendar> {
  loading ??= import('../../../src-shared/calendar/workingTime').then(
    (calendar) => (loaded = calendar),
    (error: unknown) => {
      // A later call tries again (a chunk that failed to load may load next time).
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The calendar if it has been loaded, else null. */
export function calendarIfLoaded(): Calendar | null {
  return loaded;
}
