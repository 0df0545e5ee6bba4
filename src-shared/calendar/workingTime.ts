import { wallClockFormat } from '../letters/intlCache';
import { type PublicHoliday, publicHolidayOn } from './publicHolidays';

/**
 * Times in the customer's own clock and week: "09:30 on their next working day" for scheduled
 * letters. Offsets come from Intl (the platform's tz database), so DST changes are handled
 * without a time-zone library; a working day is one outside the country's weekend that is not
 * one of its public holidays (publicHolidays.ts).
 */

const DAY = 86_400_000;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2}):(\d{2})$/;

/**
 * Weekends where Intl cannot tell (no weekInfo): Friday-Saturday in most of the Arab world and
 * Israel, Friday alone in Iran, Thursday-Friday in Afghanistan. Days are ISO: 1 Monday … 7 Sunday.
 */
const WEEKEND_TABLE: Record<string, readonly number[]> = {
  ...Object.fromEntries(['SA', 'KW', 'QA', 'BH', 'OM', 'JO', 'EG', 'DZ', 'IQ', 'IL', 'YE', 'SY', 'LY', 'SD'].map((c) => [c, [5, 6]])),
  IR: [5],
  AF: [4, 5],
};
const DEFAULT_WEEKEND: readonly number[] = [6, 7];
const weekendCache = new Map<string, readonly number[]>();

type WeekInfo = { weekend?: number[] };

/** The weekend days (ISO 1-7) of a country, from Intl.Locale week info when the runtime has it. */
export function weekendDays(country: string): readonly number[] {
  const code = country.toUpperCase();
  const hit = weekendCache.get(code);
  if (hit) return hit;
  let days: readonly number[] | undefined;
  try {
    const locale = new Intl.Locale(`und-${code}`) as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
    const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
    if (info?.weekend && info.weekend.length > 0) days = [...info.weekend];
  } catch {
    // Not a region code, or no week info: the table below.
  }
  days ??= WEEKEND_TABLE[code] ?? DEFAULT_WEEKEND;
  weekendCache.set(code, days);
  return days;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock in a time zone at an instant. */
export function wallClock(at: number, timeZone: string): WallClock {
  const clock: WallClock = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of wallClockFormat(timeZone).formatToParts(at)) {
    if (part.type in clock) clock[part.type as keyof WallClock] = Number(part.value);
  }
  return clock;
}

/**
 * wallClock for the instants a batch asks about for every recipient (the review's "now", a send
 * time chosen for all): the same few instant-and-zone pairs, remembered (bounded, frozen).
 */
function wallClockOf(at: number, timeZone: string): Readonly<WallClock> {
  const key = `${at}|${timeZone}`;
  let clock = clocks.get(key);
  if (!clock) {
    clock = Object.freeze(wallClock(at, timeZone));
    if (clocks.size >= 1_000) clocks.clear();
    clocks.set(key, clock);
  }
  return clock;
}

const clocks = new Map<string, Readonly<WallClock>>();

/** Local time minus UTC at an instant, in ms (Europe/Berlin in summer: +2 h). */
function offsetAt(at: number, timeZone: string): number {
  const c = wallClock(at, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return asUtc - Math.floor(at / 1000) * 1000;
}

function zoneOrUtc(timeZone: string): string {
  try {
    wallClockFormat(timeZone);
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/**
 * The instant that a calendar day and time ("2026-03-30", "09:30") has in a time zone. A time in
 * the hour skipped by a spring-forward change gives the instant after the change (02:30 → 03:30);
 * a time in the repeated autumn hour gives its first occurrence.
 */
export function atLocalTime(dateISO: string, time: string, timeZone: string): number {
  // A batch asks for the same few days and zones thousands of times, and each answer costs four
  // Intl formatToParts calls: remembered (bounded; only valid inputs get this far and are kept).
  const key = `${dateISO}|${time}|${timeZone}`;
  const known = localTimes.get(key);
  if (known !== undefined) return known;
  const at = computeAtLocalTime(dateISO, time, timeZone);
  if (localTimes.size >= 5_000) localTimes.clear();
  localTimes.set(key, at);
  return at;
}

const localTimes = new Map<string, number>();

function computeAtLocalTime(dateISO: string, time: string, timeZone: string): number {
  const d = DATE_ISO.exec(dateISO);
  const t = TIME.exec(time);
  if (!d || !t) throw new RangeError(`Not a date and time: ${dateISO} ${time}`);
  const zone = zoneOrUtc(timeZone);
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // The offsets in force half a day either side cover any single DST change near this time.
  const before = offsetAt(wall - DAY / 2, zone);
  const after = offsetAt(wall + DAY / 2, zone);
  const candidates = [wall - before, wall - after].filter((at) => wall - offsetAt(at, zone) === at);
  // No candidate: the wall time does not exist (skipped hour); the old offset lands after the jump.
  return candidates.length > 0 ? Math.min(...candidates) : wall - before;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export interface WorkingMorning {
  /** The instant the letter goes. */
  at: number;
  /** Public holidays passed over on the way (days that would otherwise have been chosen), in order. */
  skipped: PublicHoliday[];
}

export interface WorkingMorningOptions {
  /** Local time, HH:MM; default 09:30. */
  time?: string;
  /** Languages for the skipped holidays' names, in order of preference; default English. */
  languages?: readonly string[];
}

/**
 * The next `time` (default 09:30) on a working day in the customer's time zone: today when it is
 * still before that time on a working day, else the next day that is neither in their weekend nor
 * a public holiday of their country. Says which holidays it passed over, for the review.
 */
export function workingMorning(now: number, customer: { country: string; timeZone: string }, options: WorkingMorningOptions = {}): WorkingMorning {
  const { time = '09:30', languages = ['en'] } = options;
  const zone = zoneOrUtc(customer.timeZone);
  const country = customer.country || '';
  const weekend = weekendDays(country);
  const today = wallClockOf(now, zone);
  const skipped: PublicHoliday[] = [];
  // Walk calendar days as UTC dates: only the day count matters, not the zone. Three weeks covers
  // the longest run of closed days (China's Spring Festival week with the weekends around it).
  let day = Date.UTC(today.year, today.month - 1, today.day);
  for (let i = 0; i < 21; i++, day += DAY) {
    const date = new Date(day);
    const iso = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    const isoWeekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
    if (weekend.includes(isoWeekday)) continue;
    const at = atLocalTime(iso, time, zone);
    if (at <= now) continue;
    const holiday = publicHolidayOn(country, iso, languages);
    // A half-day holiday that starts after the send time leaves a working morning.
    if (holiday && holiday.from <= time.padStart(5, '0')) {
      skipped.push(holiday);
      continue;
    }
    return { at, skipped };
  }
  // Only a country whose every day is closed gets here; fall back to tomorrow at this time.
  return { at: now + DAY, skipped };
}

/**
 * Why a customer's office is likely closed at an instant: a public holiday, their weekend, or
 * outside office hours (with the local time, HH:MM).
 */
export type OfficeClosed = { kind: 'holiday'; holiday: PublicHoliday } | { kind: 'weekend' } | { kind: 'afterHours'; localTime: string };

/** Office hours, local time: a letter that lands outside them waits in the inbox under the night's mail. */
export const OFFICE_HOURS = { opens: '08:00', closes: '18:00' } as const;

/**
 * Whether the customer's office is likely closed at an instant, by their calendar and clock: a
 * public holiday under way there (a half-day one from its start), a day of their weekend, or a
 * time outside OFFICE_HOURS. For a letter that goes now, or at one time chosen for everybody, so
 * the review can say whom it reaches at the wrong moment.
 */
export function closedAt(at: number, customer: { country: string; timeZone: string }, languages: readonly string[] = ['en']): OfficeClosed | null {
  const local = wallClockOf(at, zoneOrUtc(customer.timeZone));
  const iso = `${local.year}-${pad(local.month)}-${pad(local.day)}`;
  // Intl may write midnight as 24:00 under some hour cycles.
  const localTime = `${pad(local.hour % 24)}:${pad(local.minute)}`;
  const holiday = publicHolidayOn(customer.country || '', iso, languages);
  if (holiday && holiday.from <= localTime) return { kind: 'holiday', holiday };
  const weekday = new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay() || 7;
  if (weekendDays(customer.country || '').includes(weekday)) return { kind: 'weekend' };
  return localTime < OFFICE_HOURS.opens || localTime >= OFFICE_HOURS.closes ? { kind: 'afterHours', localTime } : null;
}

/** workingMorning's instant alone. */
export function nextWorkingMorning(now: number, customer: { country: string; timeZone: string }, time = '09:30'): number {
  return workingMorning(now, customer, { time }).at;
}
