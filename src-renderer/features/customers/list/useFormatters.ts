import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The current time, ticking once a minute so "today" turns into "yesterday" on its own. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), MINUTE);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

function startOfDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Whole calendar days from `now` to `at` (negative in the past), in the local zone. */
export function calendarDaysBetween(now: number, at: number): number {
  return Math.round((startOfDay(at) - startOfDay(now)) / DAY);
}

/**
 * Whole calendar months from `now` to `at` (negative in the past): 12 Jan → 12 Mar is 2 months,
 * 12 Jan → 11 Mar is 1. Counting by 30.44-day months got anniversaries wrong.
 */
export function calendarMonthsBetween(now: number, at: number): number {
  const [a, b] = [new Date(now), new Date(at)];
  const sign = at >= now ? 1 : -1;
  const [from, to] = sign > 0 ? [a, b] : [b, a];
  let months = (to.getFullYear() - from.getFullYear()) * 12 + (to.getMonth() - from.getMonth());
  if (to.getDate() < from.getDate()) months -= 1;
  return sign * months;
}

export interface ListFormatters {
  number(n: number): string;
  /** "today", "3 days ago", "in 2 weeks": day granularity, which is what follow-ups need. */
  relativeDay(at: number, now: number): string;
  /** Full date and time for tooltips. */
  dateTime(at: number): string;
}

/** Number and date formatting in the UI language, through Intl (no hand-made plurals). */
export function useFormatters(): ListFormatters {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(lang);
    const relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      number: (n) => numbers.format(n),
      relativeDay: (at, now) => {
        const days = calendarDaysBetween(now, at);
        const abs = Math.abs(days);
        if (abs < 7) return relative.format(days, 'day');
        if (abs < 35) return relative.format(Math.trunc(days / 7), 'week');
        const months = calendarMonthsBetween(now, at);
        if (Math.abs(months) < 12) return relative.format(months === 0 ? Math.sign(days) : months, 'month');
        return relative.format(Math.trunc(months / 12), 'year');
      },
      dateTime: (at) => dates.format(at),
    };
  }, [lang]);
}
