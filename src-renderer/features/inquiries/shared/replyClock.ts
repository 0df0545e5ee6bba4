/**
 * The reply-by instant on two clocks: the salesperson's (the computer's zone) and the buyer's
 * (the UTC offset their mail carried). Intl has no zone for a bare offset in every engine, so the
 * buyer's clock is the instant shifted by the offset and read as UTC.
 */

const HOUR = 3_600_000;

export interface ClockText {
  /** "Thu 14:05" in the UI language, 24-hour. */
  time: string;
  /** "UTC−5", "UTC+5:30". */
  zone: string;
}

/** "UTC+8", "UTC−3:30" (a real minus sign). */
export function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

function format(at: number, lang: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(lang, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}

/** The instant on the salesperson's own clock. */
export function myClock(at: number, lang: string): ClockText {
  return { time: format(at, lang), zone: offsetLabel(-new Date(at).getTimezoneOffset()) };
}

/** The instant on the buyer's clock, when their offset is known. */
export function buyerClockText(at: number, offsetMinutes: number | undefined, lang: string): ClockText | null {
  if (offsetMinutes === undefined || !Number.isFinite(offsetMinutes)) return null;
  return { time: format(at + offsetMinutes * 60_000, lang, 'UTC'), zone: offsetLabel(offsetMinutes) };
}

export type Urgency = 'overdue' | 'soon' | 'later';

/** Overdue once past; "soon" in the last six hours, when it should be at the top of the day. */
export function urgencyOf(replyByMs: number, now: number): Urgency {
  if (replyByMs <= now) return 'overdue';
  return replyByMs - now <= 6 * HOUR ? 'soon' : 'later';
}

export const URGENCY_COLOR: Record<Urgency, string> = { overdue: 'red', soon: 'orange', later: 'gray' };

/** "in 5 hours", "2 hours ago": hour granularity, which is what a 24-hour reply rule needs. */
export function relativeHours(at: number, now: number, lang: string): string {
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const minutes = Math.round((at - now) / 60_000);
  if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return rtf.format(hours, 'hour');
  return rtf.format(Math.round(hours / 24), 'day');
}
