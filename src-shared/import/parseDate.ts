/**
 * Dates as spreadsheets hold them: ISO 8601 (with or without a time and offset), 2024-03-05,
 * 2024/03/05, 2024.03.05, 2024年3月5日, or an Excel serial number (45356). A date or time without an
 * offset is read in local time, which is what the person who typed it meant; a "Z" or offset is
 * exact, so our own ISO export comes back to the same millisecond. Returns null when it is no date.
 */
const SERIAL = /^\d{1,5}(\.\d+)?$/;
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL_DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export function parseDateCell(value: string): number | null {
  const text = value.trim();
  if (!text) return null;

  if (SERIAL.test(text)) return excelSerialToTime(Number(text));

  const iso = ISO_WITH_OFFSET.exec(text);
  if (iso) {
    const t = Date.parse(text);
    return Number.isNaN(t) || !isRealDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? null : t;
  }

  const local = LOCAL_DATE.exec(text);
  if (!local) return null;
  // Number(undefined) would be NaN: an absent time part is 0.
  const year = Number(local[1]);
  const month = Number(local[2]);
  const day = Number(local[3]);
  const hour = local[4] === undefined ? 0 : Number(local[4]);
  const minute = local[5] === undefined ? 0 : Number(local[5]);
  const second = local[6] === undefined ? 0 : Number(local[6]);
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  return new Date(year, month - 1, day, hour, minute, second).getTime();
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31));
}

/**
 * Excel counts days from 1899-12-30 (its 1900 leap-year bug is why not the 31st). Only serials from
 * 1900 to 2200 are dates; anything else in a date column is a mistake.
 */
function excelSerialToTime(serial: number): number | null {
  if (serial < 1 || serial > 120_000) return null;
  const days = Math.floor(serial);
  const ms = Math.round((serial - days) * 86_400_000);
  const date = new Date(1899, 11, 30 + days);
  return date.getTime() + ms;
}
