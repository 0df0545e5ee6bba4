import { describe, expect, it } from 'vitest';
import { atLocalTime, closedAt, nextWorkingMorning, OFFICE_HOURS, publicHolidayOn, publicHolidaysIn, weekendDays, workingMorning } from '../../../src-shared/calendar';

const utc = (iso: string) => Date.parse(`${iso}Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 16);

describe('atLocalTime', () => {
  it('gives the instant of a wall-clock time in a zone', () => {
    expect(iso(atLocalTime('2026-06-01', '09:30', 'America/New_York'))).toBe('2026-06-01T13:30');
    expect(iso(atLocalTime('2026-01-15', '09:30', 'America/New_York'))).toBe('2026-01-15T14:30');
    expect(iso(atLocalTime('2026-06-01', '09:30', 'Asia/Kolkata'))).toBe('2026-06-01T04:00');
    expect(iso(atLocalTime('2026-06-01', '09:30', 'Asia/Shanghai'))).toBe('2026-06-01T01:30');
    expect(iso(atLocalTime('2026-06-01', '09:30', 'Pacific/Chatham'))).toBe('2026-05-31T20:45');
  });
  it('is right on both sides of a DST change', () => {
    expect(iso(atLocalTime('2026-03-28', '09:30', 'Europe/Berlin'))).toBe('2026-03-28T08:30');
    expect(iso(atLocalTime('2026-03-29', '09:30', 'Europe/Berlin'))).toBe('2026-03-29T07:30');
    expect(iso(atLocalTime('2026-10-25', '09:30', 'Europe/Berlin'))).toBe('2026-10-25T08:30');
    // The repeated autumn hour: its first occurrence (still CEST).
    expect(iso(atLocalTime('2026-10-25', '02:30', 'Europe/Berlin'))).toBe('2026-10-25T00:30');
    // The skipped spring hour: the instant after the jump (03:30 CEST; 03:30 EDT).
    expect(iso(atLocalTime('2026-03-29', '02:30', 'Europe/Berlin'))).toBe('2026-03-29T01:30');
    expect(iso(atLocalTime('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:30');
  });
  it('uses UTC for an unknown zone and refuses a malformed date or time', () => {
    expect(iso(atLocalTime('2026-06-01', '09:30', 'Mars/Olympus'))).toBe('2026-06-01T09:30');
    expect(() => atLocalTime('1/6/2026', '09:30', 'UTC')).toThrow(RangeError);
    expect(() => atLocalTime('2026-06-01', '9.30', 'UTC')).toThrow(RangeError);
  });
});

describe('weekendDays', () => {
  it('knows the weekends that are not Saturday-Sunday', () => {
    expect(weekendDays('SA')).toEqual([5, 6]);
    expect(weekendDays('AE')).toEqual([6, 7]);
    expect(weekendDays('IR')).toEqual([5]);
    expect(weekendDays('AF')).toEqual([4, 5]);
    expect(weekendDays('US')).toEqual([6, 7]);
    expect(weekendDays('de')).toEqual([6, 7]);
    expect(weekendDays('??')).toEqual([6, 7]);
  });
});

describe('nextWorkingMorning', () => {
  const us = { country: 'US', timeZone: 'America/New_York' };
  const sa = { country: 'SA', timeZone: 'Asia/Riyadh' };
  const de = { country: 'DE', timeZone: 'Europe/Berlin' };

  it('is today when it is still before 09:30 on a working day there', () => {
    // Monday 1 June 2026, 08:00 in New York.
    expect(iso(nextWorkingMorning(utc('2026-06-01T12:00'), us))).toBe('2026-06-01T13:30');
  });
  it('is the next working day once 09:30 has passed', () => {
    expect(iso(nextWorkingMorning(utc('2026-06-01T14:00'), us))).toBe('2026-06-02T13:30');
    expect(iso(nextWorkingMorning(utc('2026-06-01T13:30'), us))).toBe('2026-06-02T13:30');
  });
  it('skips the US weekend: Saturday → Monday, Friday afternoon → Monday', () => {
    expect(iso(nextWorkingMorning(utc('2026-06-06T15:00'), us))).toBe('2026-06-08T13:30');
    expect(iso(nextWorkingMorning(utc('2026-06-05T20:00'), us))).toBe('2026-06-08T13:30');
  });
  it('skips the Saudi weekend: Friday → Sunday, Thursday afternoon → Sunday', () => {
    expect(iso(nextWorkingMorning(utc('2026-06-05T05:00'), sa))).toBe('2026-06-07T06:30');
    expect(iso(nextWorkingMorning(utc('2026-06-04T12:00'), sa))).toBe('2026-06-07T06:30');
    // Sunday 08:00 in Riyadh is a working morning.
    expect(iso(nextWorkingMorning(utc('2026-06-07T05:00'), sa))).toBe('2026-06-07T06:30');
  });
  it("uses the customer's date, not UTC's: late Sunday in Shanghai is already Monday", () => {
    // Sunday 23:00 UTC is Monday 07:00 in Shanghai: 09:30 the same (local) Monday. (Not 1 June:
    // date-holidays counts Children's Day as a public holiday in China.)
    expect(iso(nextWorkingMorning(utc('2026-06-07T23:00'), { country: 'CN', timeZone: 'Asia/Shanghai' }))).toBe('2026-06-08T01:30');
  });
  it('keeps 09:30 local across the European DST changes', () => {
    // Friday 27 March 2026, 10:00 in Berlin (CET); clocks go forward on Sunday 29 March.
    expect(iso(nextWorkingMorning(utc('2026-03-27T09:00'), de))).toBe('2026-03-30T07:30');
    // Friday 23 October 2026, 10:00 in Berlin (CEST); clocks go back on Sunday 25 October.
    expect(iso(nextWorkingMorning(utc('2026-10-23T08:00'), de))).toBe('2026-10-26T08:30');
  });
  it('takes another time of day', () => {
    expect(iso(nextWorkingMorning(utc('2026-06-01T12:00'), us, '14:00'))).toBe('2026-06-01T18:00');
  });
});

describe('workingMorning and public holidays', () => {
  const us = { country: 'US', timeZone: 'America/New_York' };
  const de = { country: 'DE', timeZone: 'Europe/Berlin' };
  const cn = { country: 'CN', timeZone: 'Asia/Shanghai' };
  const ae = { country: 'AE', timeZone: 'Asia/Dubai' };

  it('passes over Thanksgiving in the US, and says so', () => {
    // Wednesday 25 November 2026, 15:00 in New York: Thursday is Thanksgiving.
    const plan = workingMorning(utc('2026-11-25T20:00'), us);
    expect(iso(plan.at)).toBe('2026-11-27T14:30');
    expect(plan.skipped).toEqual([{ date: '2026-11-26', name: 'Thanksgiving Day', from: '00:00' }]);
    expect(nextWorkingMorning(utc('2026-11-25T20:00'), us)).toBe(plan.at);
  });
  it('passes over Christmas and Boxing Day in Germany, and the weekend after them', () => {
    // Thursday 24 December 2026, 11:00 in Berlin: 25th and 26th are holidays, 27th a Sunday.
    const plan = workingMorning(utc('2026-12-24T10:00'), de);
    expect(iso(plan.at)).toBe('2026-12-28T08:30');
    // Boxing Day is a Saturday in 2026: a weekend day, so only Christmas changed the answer.
    expect(plan.skipped.map((h) => h.date)).toEqual(['2026-12-25']);
  });
  it('passes over China’s National Day week', () => {
    // Wednesday 30 September 2026, 18:00 in Shanghai.
    const plan = workingMorning(utc('2026-09-30T10:00'), cn);
    expect(plan.skipped.map((h) => h.date)).toEqual(['2026-10-01', '2026-10-02']);
    expect(iso(plan.at)).toBe('2026-10-05T01:30');
  });
  it('passes over Eid al-Adha in the UAE', () => {
    // Eid al-Adha in the UAE: Wednesday 27 May 2026. Tuesday 26 May, 12:00 in Dubai.
    const plan = workingMorning(utc('2026-05-26T08:00'), ae);
    expect(plan.skipped.map((h) => h.date)).toEqual(['2026-05-27']);
    expect(iso(plan.at)).toBe('2026-05-28T05:30');
  });
  it('does not mention a holiday whose morning had passed anyway', () => {
    // Thanksgiving itself, 12:00 in New York: today's 09:30 is gone whatever the day.
    expect(workingMorning(utc('2026-11-26T17:00'), us)).toEqual({ at: utc('2026-11-27T14:30'), skipped: [] });
  });
  it('names the holiday in the language asked for, falling back to English', () => {
    const plan = workingMorning(utc('2026-09-30T10:00'), cn, { languages: ['zh', 'en'] });
    expect(plan.skipped[0]?.name).toBe('国庆节');
    const us2 = workingMorning(utc('2026-11-25T20:00'), us, { languages: ['zh', 'en'] });
    expect(us2.skipped[0]?.name).toBe('Thanksgiving Day');
  });
  it('falls back to the weekend alone for a country it has no holidays for, or no country', () => {
    // 1 January is a holiday nearly everywhere; not for an unknown code or an empty one.
    for (const country of ['XX', '', 'usa', '1']) {
      const plan = workingMorning(utc('2026-12-31T20:00'), { country, timeZone: 'UTC' });
      expect(plan).toEqual({ at: utc('2027-01-01T09:30'), skipped: [] });
    }
  });
  it('keeps the morning of a half-day holiday that starts at noon (China’s Youth Day)', () => {
    expect(publicHolidayOn('CN', '2026-05-04')).toMatchObject({ from: '12:00' });
    // Sunday 3 May 2026, 20:00 in Shanghai.
    const plan = workingMorning(utc('2026-05-03T12:00'), cn);
    expect(iso(plan.at)).toBe('2026-05-04T01:30');
    expect(plan.skipped).toEqual([]);
    // Asked for the afternoon, the holiday counts.
    expect(workingMorning(utc('2026-05-03T12:00'), cn, { time: '14:00' }).skipped.map((h) => h.date)).toEqual(['2026-05-04']);
  });
  it('takes a lower-case country code', () => {
    expect(workingMorning(utc('2026-11-25T20:00'), { ...us, country: 'us' }).skipped).toHaveLength(1);
  });
});

describe('publicHolidaysIn', () => {
  it('lists only public holidays, by day', () => {
    const de = publicHolidaysIn('DE', 2026);
    expect(de.get('2026-12-25')?.name).toBe('Christmas Day');
    expect(de.get('2026-10-03')).toBeDefined();
    // Christmas Eve is a bank holiday (afternoon) in Germany's rules, not a public one.
    expect(de.has('2026-12-24')).toBe(false);
    expect(publicHolidayOn('DE', '2026-12-24')).toBeNull();
    expect(publicHolidayOn('DE', '2026-12-25')).toEqual({ date: '2026-12-25', name: 'Christmas Day', from: '00:00' });
  });
  it('is empty for bad input instead of throwing', () => {
    expect(publicHolidaysIn('ZZ', 2026).size).toBe(0);
    expect(publicHolidaysIn('DE', Number.NaN).size).toBe(0);
    expect(publicHolidayOn('DE', 'not a date')).toBeNull();
  });
});

describe('closedAt', () => {
  const de = { country: 'DE', timeZone: 'Europe/Berlin' };
  const sa = { country: 'SA', timeZone: 'Asia/Riyadh' };
  const cn = { country: 'CN', timeZone: 'Asia/Shanghai' };

  it('names the public holiday under way in the customer’s own day', () => {
    // 25 December 2026, 01:30 UTC: already Christmas Day in Berlin (02:30).
    expect(closedAt(utc('2026-12-25T01:30'), de)).toEqual({ kind: 'holiday', holiday: { date: '2026-12-25', name: 'Christmas Day', from: '00:00' } });
    // 24 December, 10:00 in Berlin: Christmas Eve is a working day there.
    expect(closedAt(utc('2026-12-24T09:00'), de)).toBeNull();
    // 22:30 UTC on the 24th is still Christmas Eve in Berlin (23:30): not the holiday, but late.
    expect(closedAt(utc('2026-12-24T22:30'), de)).toEqual({ kind: 'afterHours', localTime: '23:30' });
  });
  it('is their weekend, not ours: Friday in Riyadh, Saturday in Berlin', () => {
    expect(closedAt(utc('2026-06-05T07:00'), sa)).toEqual({ kind: 'weekend' });
    expect(closedAt(utc('2026-06-05T07:00'), de)).toBeNull();
    expect(closedAt(utc('2026-06-06T07:00'), de)).toEqual({ kind: 'weekend' });
    expect(closedAt(utc('2026-06-07T07:00'), sa)).toBeNull();
  });
  it('counts a half-day holiday from its start only', () => {
    // China's Youth Day, Monday 4 May 2026, starts at noon: 09:30 is open, 14:00 is not.
    expect(closedAt(utc('2026-05-04T01:30'), cn)).toBeNull();
    expect(closedAt(utc('2026-05-04T06:00'), cn)).toMatchObject({ kind: 'holiday', holiday: { date: '2026-05-04' } });
  });
  it('is outside office hours before they open and from when they close, in their clock', () => {
    expect(OFFICE_HOURS).toEqual({ opens: '08:00', closes: '18:00' });
    const ny = { country: 'US', timeZone: 'America/New_York' };
    // Tuesday 2 June 2026: 07:59 and 18:00 in New York are closed, 08:00 and 17:59 open.
    expect(closedAt(utc('2026-06-02T11:59'), ny)).toEqual({ kind: 'afterHours', localTime: '07:59' });
    expect(closedAt(utc('2026-06-02T12:00'), ny)).toBeNull();
    expect(closedAt(utc('2026-06-02T21:59'), ny)).toBeNull();
    expect(closedAt(utc('2026-06-02T22:00'), ny)).toEqual({ kind: 'afterHours', localTime: '18:00' });
    // Midnight reads 00:00, not 24:00.
    expect(closedAt(utc('2026-06-02T04:00'), ny)).toEqual({ kind: 'afterHours', localTime: '00:00' });
    // The same instant is mid-afternoon in Shanghai: open.
    expect(closedAt(utc('2026-06-02T07:00'), { country: 'CN', timeZone: 'Asia/Shanghai' })).toBeNull();
  });
  it('knows only the weekend for an unknown country, and survives a bad zone', () => {
    expect(closedAt(utc('2026-12-25T12:00'), { country: 'XX', timeZone: 'UTC' })).toBeNull();
    expect(closedAt(utc('2026-12-26T12:00'), { country: '', timeZone: 'Not/AZone' })).toEqual({ kind: 'weekend' });
  });
});

