import Holidays from 'date-holidays';

/**
 * Public holidays per country, from date-holidays: the days a buyer's office is closed by law
 * (type "public" only; bank, school, optional and observance days are working days for a buyer).
 * Country-wide rules only: a regional holiday (a German Land, a US state) is not known here,
 * because the book does not record the customer's region.
 */

export interface PublicHoliday {
  /** The calendar day, YYYY-MM-DD, in the country's own calendar. */
  date: string;
  /** Its name in the language asked for, else the country's own or English. */
  name: string;
  /**
   * Local time it starts, HH:MM: "00:00" for a whole day, later for a half day (China's Youth Day
   * and Army Day start at 12:00: the morning is a working one).
   */
  from: string;
}

const COUNTRY = /^[A-Z]{2}$/;

/** One date-holidays instance per country and language list (building one parses its rules). */
const calendars = new Map<string, Holidays>();
/** Holidays by country, language list and year: a batch asks for the same few again and again. */
const years = new Map<string, ReadonlyMap<string, PublicHoliday>>();
const MAX_CACHED = 2_000;

function calendarOf(country: string, languages: readonly string[]): Holidays {
  const key = `${country}|${languages.join(',')}`;
  let calendar = calendars.get(key);
  if (calendar === undefined) {
    // A country date-holidays does not know gives an empty calendar, not an error.
    calendar = new Holidays(country, { types: ['public'], languages: [...languages] });
    if (calendars.size >= MAX_CACHED) calendars.clear();
    calendars.set(key, calendar);
  }
  return calendar;
}

/**
 * The public holidays of a country in a year, by day (YYYY-MM-DD). Empty for an unknown or
 * malformed country code. `languages`: the names' languages in order of preference.
 */
export function publicHolidaysIn(country: string, year: number, languages: readonly string[] = ['en']): ReadonlyMap<string, PublicHoliday> {
  const code = country.trim().toUpperCase();
  const key = `${code}|${languages.join(',')}|${year}`;
  let days = years.get(key);
  if (days === undefined) {
    const found = new Map<string, PublicHoliday>();
    const calendar = COUNTRY.test(code) && Number.isInteger(year) ? calendarOf(code, languages) : null;
    for (const holiday of calendar?.getHolidays(year) ?? []) {
      if (holiday.type !== 'public') continue;
      // date-holidays' date is "YYYY-MM-DD hh:mm:ss" in the country's own time.
      const date = holiday.date.slice(0, 10);
      const from = holiday.date.slice(11, 16) || '00:00';
      // Two holidays on one day (a feast and a substitute day) read as one: the names joined, from the earlier start.
      const before = found.get(date);
      found.set(
        date,
        before
          ? { date, name: before.name === holiday.name ? before.name : `${before.name} / ${holiday.name}`, from: before.from < from ? before.from : from }
          : { date, name: holiday.name, from },
      );
    }
    days = found;
    if (years.size >= MAX_CACHED) years.clear();
    years.set(key, days);
  }
  return days;
}

/** The public holiday on a day (YYYY-MM-DD) in a country, or null when it is not one. */
export function publicHolidayOn(country: string, date: string, languages: readonly string[] = ['en']): PublicHoliday | null {
  return publicHolidaysIn(country, Number(date.slice(0, 4)), languages).get(date) ?? null;
}
