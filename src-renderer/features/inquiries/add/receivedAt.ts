/** UTC offsets in use around the world, in minutes (−12:00 … +14:00, with the half and quarter hours). */
export const UTC_OFFSETS: readonly number[] = [
  -720, -660, -600, -570, -540, -480, -420, -360, -300, -240, -210, -180, -120, -60, 0, 60, 120, 180, 210, 240, 270, 300, 330, 345, 360,
  390, 420, 480, 525, 540, 570, 600, 630, 660, 720, 765, 780, 840,
];

/** The computer's own offset now, in minutes east of UTC. */
export function localOffsetMinutes(): number {
  return -new Date().getTimezoneOffset();
}

/**
 * "2026-11-26T03:12" (a datetime-local value, the buyer's wall clock) and the buyer's offset →
 * "2026-11-26T03:12:00-05:00". null when the text is not such a value.
 */
export function toReceivedAt(local: string, offsetMinutes: number): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!match) return null;
  const [, date, h, m, s = '00'] = match;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  const iso = `${date}T${h}:${m}:${s}${offset}`;
  return Number.isFinite(Date.parse(iso)) ? iso : null;
}
