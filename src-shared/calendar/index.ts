export { atLocalTime, closedAt, nextWorkingMorning, OFFICE_HOURS, weekendDays, workingMorning, type OfficeClosed, type WorkingMorning, type WorkingMorningOptions } from './workingTime';
export { publicHolidayOn, publicHolidaysIn, type PublicHoliday } from './publicHolidays';
