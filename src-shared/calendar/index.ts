export { atLocalTime, closedAt, nextWorkingMorning, weekendDays, workingMorning, type ClosedDay, type WorkingMorning, type WorkingMorningOptions } from './workingTime';
export { publicHolidayOn, publicHolidaysIn, type PublicHoliday } from './publicHolidays';
