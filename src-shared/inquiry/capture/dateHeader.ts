/**
 * The Date header as the sender's clock wrote it: RFC 5322 ("Thu, 26 Nov 2026 03:12:00 -0500",
 * obsolete zone names, no weekday, no seconds) → ISO 8601 with that same offset
 * ("2026-11-26T03:12:00-05:00"), so the inbox knows the buyer's local time at sending. postal-mime
 * gives the instant in UTC only, which loses exactly that. Returns null when it is no date.
 */
const RFC5322 = /^(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 5322 §4.3 obsolete zones; military letters and unknown names are "-0000" (unknown). */
const ZONES: Record<string, number> = { ut: 0, gmt: 0, utc: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420 };

export function dateHeaderToIso(header: string): string | null {
  const m = RFC5322.exec(header.trim().replace(/\s+/g, ' '));
  if (!m) return null;
  const day = Number(m[1]);
  const month = MONTHS.indexOf((m[2] ?? '').toLowerCase());
  let year = Number(m[3]);
  if ((m[3] ?? '').length === 2) year += year < 50 ? 2000 : 1900;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 0 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const offset = offsetMinutes(m[7]);
  if (new Date(Date.UTC(year, month, day)).getUTCDate() !== day) return null; // 31 February
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(Math.min(second, 59))}${formatOffset(offset)}`;
}

/** null: the zone is unknown ("-0000", a military letter, none), so the time is given as UTC ("Z"): no buyer clock. */
function offsetMinutes(zone: string | undefined): number | null {
  if (!zone || zone === '-0000') return null;
  if (/^[+-]\d{4}$/.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1;
    return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  }
  return ZONES[zone.toLowerCase()] ?? null;
}

function formatOffset(minutes: number | null): string {
  if (minutes === null) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
