export { atLocalTime, nextWorkingMorning, weekendDays, workingMorning, type WorkingMorning, type WorkingMorningOptions } from './workingTime';
export { publicHolidayOn, publicHolidaysIn, type PublicHoliday } from './publicHolidays';
