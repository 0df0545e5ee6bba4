/**
 * The customer's own clock: what time and weekday it is where they sit, and whether that is a
 * good moment to call. Pure functions over Intl, so they follow the UI language without tables.
 */

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

// Friday-Saturday weekends (DOMAIN.md), for engines without Intl.Locale weekInfo.
const FRIDAY_SATURDAY = new Set(['SA', 'KW', 'QA', 'BH', 'OM', 'JO', 'EG', 'DZ', 'IQ', 'IL', 'YE', 'LY', 'SD', 'SY']);

interface WeekInfoLocale {
  getWeekInfo?: () => { weekend: number[] };
  weekInfo?: { weekend: number[] };
}

/** The weekend days of a country, from Intl when the engine knows it. */
export function weekendOf(country: string): IsoWeekday[] {
  if (/^[A-Z]{2}$/.test(country)) {
    try {
      const locale = new Intl.Locale(`und-${country}`) as unknown as WeekInfoLocale;
      const info = locale.getWeekInfo?.() ?? locale.weekInfo;
      if (info?.weekend?.length) return info.weekend as IsoWeekday[];
    } catch {
      // Fall through to the built-in list.
    }
  }
  return FRIDAY_SATURDAY.has(country) ? [5, 6] : [6, 7];
}

/** "Sao_Paulo" out of "America/Sao_Paulo", made readable. */
export function cityOfTimeZone(timeZone: string): string {
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const WEEKDAY_INDEX: Record<string, IsoWeekday> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Wall-clock fields of an instant in a zone (language-neutral, for arithmetic). */
function wallClock(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    weekday: WEEKDAY_INDEX[get('weekday')] ?? 1,
  };
}

/** Minutes the zone is ahead of UTC at that instant (negative when behind). */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const w = wallClock(at, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  const instant = Math.floor(at.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - instant) / 60_000);
}

export type CallWindow = 'office' | 'outside' | 'night' | 'weekend';

export interface CustomerClock {
  /** "Tue" / "周二" in the UI language. */
  weekday: string;
  /** "14:05", always 24-hour: unambiguous in both UI languages. */
  time: string;
  /** The city shown next to the time. */
  city: string;
  window: CallWindow;
  /** Customer's offset minus the salesperson's, in minutes (positive: they are ahead). */
  differenceMinutes: number;
}

/**
 * What time it is for the customer. Office hours are 9-18 on a working day of the customer's
 * own week (Friday-Saturday weekends included); 22-7 counts as night.
 */
export function customerClock(
  now: Date,
  opts: { timeZone: string; country: string; city: string; uiLanguage: string },
): CustomerClock | null {
  if (!isValidTimeZone(opts.timeZone)) return null;
  const w = wallClock(now, opts.timeZone);
  const weekday = new Intl.DateTimeFormat(opts.uiLanguage, { timeZone: opts.timeZone, weekday: 'short' }).format(now);
  const time = new Intl.DateTimeFormat(opts.uiLanguage, {
    timeZone: opts.timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(now);
  const weekend = weekendOf(opts.country).includes(w.weekday);
  let window: CallWindow;
  if (w.hour >= 22 || w.hour < 7) window = 'night';
  else if (weekend) window = 'weekend';
  else if (w.hour >= 9 && w.hour < 18) window = 'office';
  else window = 'outside';
  const ownOffset = -now.getTimezoneOffset();
  return {
    weekday,
    time,
    city: opts.city.trim() || cityOfTimeZone(opts.timeZone),
    window,
    differenceMinutes: zoneOffsetMinutes(now, opts.timeZone) - ownOffset,
  };
}
