import { describe, expect, it } from 'vitest';
import { atLocalTime, nextWorkingMorning, weekendDays } from '../../../src-shared/letters';

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
    // Sunday 23:00 UTC is Monday 07:00 in Shanghai: 09:30 the same (local) Monday.
    expect(iso(nextWorkingMorning(utc('2026-05-31T23:00'), { country: 'CN', timeZone: 'Asia/Shanghai' }))).toBe('2026-06-01T01:30');
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
