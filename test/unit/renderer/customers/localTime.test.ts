import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  type CallWindow,
  cityOfTimeZone,
  customerClock,
  isValidTimeZone,
  weekendOf,
  zoneOffsetMinutes,
} from '../../../../src-renderer/features/customers/page/localTime';
import { inTimeZone } from '../fixtures';

// The salesperson sits in China (no DST), so differenceMinutes has a fixed reference.
inTimeZone('Asia/Shanghai', afterAll);
const SHANGHAI = 480;

const utc = (iso: string) => new Date(`${iso}Z`);
const clock = (iso: string, timeZone: string, country: string, uiLanguage = 'en', city = '') =>
  customerClock(utc(iso), { timeZone, country, city, uiLanguage });

describe('customerClock: what the badge says', () => {
  // Tuesday 11 March 2025, 17:05 UTC.
  const at = '2025-03-11T17:05:00';

  it('reads "Tue 14:05 in São Paulo" in English and "周二 14:05" in Chinese', () => {
    expect(clock(at, 'America/Sao_Paulo', 'BR', 'en', 'São Paulo')).toEqual({
      weekday: 'Tue',
      time: '14:05',
      city: 'São Paulo',
      window: 'office',
      differenceMinutes: -180 - SHANGHAI,
    });
    expect(clock(at, 'America/Sao_Paulo', 'BR', 'zh-CN', 'São Paulo')).toEqual({
      weekday: '周二',
      time: '14:05',
      city: 'São Paulo',
      window: 'office',
      differenceMinutes: -660,
    });
  });

  it.each([
    // zone, country, en weekday, zh weekday, time, window, offset
    ['Asia/Shanghai', 'CN', 'Wed', '周三', '01:05', 'night', 480],
    ['Asia/Tokyo', 'JP', 'Wed', '周三', '02:05', 'night', 540],
    ['Europe/Berlin', 'DE', 'Tue', '周二', '18:05', 'outside', 60],
    ['America/New_York', 'US', 'Tue', '周二', '13:05', 'office', -240], // DST began on 9 March
    ['America/Los_Angeles', 'US', 'Tue', '周二', '10:05', 'office', -420],
    ['Asia/Kolkata', 'IN', 'Tue', '周二', '22:35', 'night', 330],
    ['Asia/Kathmandu', 'NP', 'Tue', '周二', '22:50', 'night', 345],
    ['Pacific/Chatham', 'NZ', 'Wed', '周三', '06:50', 'night', 825],
    ['Pacific/Kiritimati', 'KI', 'Wed', '周三', '07:05', 'outside', 840],
    ['Pacific/Pago_Pago', 'AS', 'Tue', '周二', '06:05', 'night', -660],
  ] as const)('%s: %s %s', (zone, country, en, zh, time, window, offset) => {
    const inEnglish = clock(at, zone, country, 'en');
    const inChinese = clock(at, zone, country, 'zh-CN');
    expect(inEnglish).toMatchObject({ weekday: en, time, window, differenceMinutes: offset - SHANGHAI });
    expect(inChinese).toMatchObject({ weekday: zh, time, window, differenceMinutes: offset - SHANGHAI });
  });

  it('writes the time with 24 hours and two digits in both languages, midnight included', () => {
    for (const lang of ['en', 'zh-CN']) {
      expect(clock('2025-03-12T00:05:00', 'UTC', 'US', lang)?.time).toBe('00:05');
      expect(clock('2025-03-12T09:00:00', 'UTC', 'US', lang)?.time).toBe('09:00');
      expect(clock('2025-03-12T23:59:59', 'UTC', 'US', lang)?.time).toBe('23:59');
    }
  });

  it('names the city after the zone when none was typed', () => {
    expect(clock(at, 'America/Sao_Paulo', 'BR', 'en', '')?.city).toBe('Sao Paulo');
    expect(clock(at, 'America/Sao_Paulo', 'BR', 'en', '   ')?.city).toBe('Sao Paulo');
    expect(clock(at, 'America/Sao_Paulo', 'BR', 'en', '  Campinas ')?.city).toBe('Campinas');
    expect(clock(at, 'America/Argentina/Buenos_Aires', 'AR')?.city).toBe('Buenos Aires');
  });

  it('returns null for a zone the engine does not know, instead of throwing', () => {
    for (const zone of ['', 'Mars/Olympus_Mons', 'America/New York', 'GMT+25', 'Asia', 'not a zone']) {
      expect(() => clock(at, zone, 'US'), zone).not.toThrow();
      expect(clock(at, zone, 'US'), zone).toBeNull();
    }
  });

  it('accepts zone names in any case and old aliases', () => {
    expect(clock(at, 'utc', 'US')).toMatchObject({ time: '17:05', differenceMinutes: -SHANGHAI });
    expect(clock(at, 'Asia/Calcutta', 'IN')).toMatchObject({ time: '22:35', city: 'Calcutta' });
  });
});

describe('customerClock: when to call', () => {
  // Wednesday 12 March 2025 in UTC, an ordinary working day.
  const windowAt = (hhmm: string, zone = 'UTC', country = 'GB', day = '2025-03-12') =>
    clock(`${day}T${hhmm}:00`, zone, country)?.window;

  it.each([
    ['00:00', 'night'],
    ['06:59', 'night'],
    ['07:00', 'outside'],
    ['08:59', 'outside'],
    ['09:00', 'office'],
    ['12:30', 'office'],
    ['17:59', 'office'],
    ['18:00', 'outside'],
    ['21:59', 'outside'],
    ['22:00', 'night'],
    ['23:59', 'night'],
  ] as [string, CallWindow][])('a weekday at %s is %s', (hhmm, window) => {
    expect(windowAt(hhmm)).toBe(window);
  });

  it('calls Saturday and Sunday the weekend where the week ends on Sunday', () => {
    expect(windowAt('12:00', 'UTC', 'GB', '2025-03-15')).toBe('weekend');
    expect(windowAt('12:00', 'UTC', 'GB', '2025-03-16')).toBe('weekend');
    expect(windowAt('12:00', 'UTC', 'GB', '2025-03-14')).toBe('office');
    expect(windowAt('12:00', 'UTC', 'GB', '2025-03-17')).toBe('office');
  });

  it('says night rather than weekend in the small hours of a Saturday', () => {
    expect(windowAt('23:30', 'UTC', 'GB', '2025-03-15')).toBe('night');
    expect(windowAt('03:00', 'UTC', 'GB', '2025-03-16')).toBe('night');
    expect(windowAt('08:00', 'UTC', 'GB', '2025-03-15')).toBe('weekend');
  });

  // 08:00 UTC on Friday 14, Saturday 15 and Sunday 16 March 2025 is late morning in the Middle East.
  it.each([
    ['SA', 'Asia/Riyadh', ['weekend', 'weekend', 'office']],
    ['EG', 'Africa/Cairo', ['weekend', 'weekend', 'office']],
    ['IL', 'Asia/Jerusalem', ['weekend', 'weekend', 'office']],
    ['KW', 'Asia/Kuwait', ['weekend', 'weekend', 'office']],
    ['QA', 'Asia/Qatar', ['weekend', 'weekend', 'office']],
    // The UAE moved to a Saturday-Sunday weekend in 2022 (CLDR follows): Friday is a working day.
    ['AE', 'Asia/Dubai', ['office', 'weekend', 'weekend']],
    ['DE', 'Europe/Berlin', ['office', 'weekend', 'weekend']],
  ] as const)('%s follows its own week (Fri, Sat, Sun)', (country, zone, expected) => {
    const days = ['2025-03-14', '2025-03-15', '2025-03-16'].map((day) => clock(`${day}T08:00:00`, zone, country)?.window);
    expect(days).toEqual(expected);
  });

  it('uses the country, not the zone, to decide the weekend', () => {
    // A Saudi buyer whose record carries a London zone still rests on Friday.
    expect(clock('2025-03-14T11:00:00', 'Europe/London', 'SA')?.window).toBe('weekend');
    expect(clock('2025-03-14T11:00:00', 'Europe/London', 'GB')?.window).toBe('office');
  });
});

describe('customerClock and zoneOffsetMinutes across DST (America/New_York, March and November 2025)', () => {
  const NY = 'America/New_York';

  it('jumps from 01:59 EST to 03:00 EDT on Sunday 9 March', () => {
    expect(zoneOffsetMinutes(utc('2025-03-09T06:59:00'), NY)).toBe(-300);
    expect(zoneOffsetMinutes(utc('2025-03-09T07:00:00'), NY)).toBe(-240);
    expect(clock('2025-03-09T06:59:00', NY, 'US')).toMatchObject({ weekday: 'Sun', time: '01:59', differenceMinutes: -780 });
    expect(clock('2025-03-09T07:00:00', NY, 'US')).toMatchObject({ weekday: 'Sun', time: '03:00', differenceMinutes: -720 });
  });

  it('opens the office an hour earlier in UTC once DST has begun', () => {
    // 13:30 UTC on a Monday: 08:30 EST the week before, 09:30 EDT the week after.
    expect(clock('2025-03-03T13:30:00', NY, 'US')).toMatchObject({ weekday: 'Mon', time: '08:30', window: 'outside' });
    expect(clock('2025-03-10T13:30:00', NY, 'US')).toMatchObject({ weekday: 'Mon', time: '09:30', window: 'office' });
  });

  it('shows 01:30 twice on Sunday 2 November, first in EDT then in EST', () => {
    expect(clock('2025-11-02T05:30:00', NY, 'US')).toMatchObject({ time: '01:30', differenceMinutes: -240 - SHANGHAI });
    expect(clock('2025-11-02T06:30:00', NY, 'US')).toMatchObject({ time: '01:30', differenceMinutes: -300 - SHANGHAI });
  });

  it('handles southern-hemisphere DST (Sydney ends it on 6 April 2025)', () => {
    expect(zoneOffsetMinutes(utc('2025-04-05T15:59:00'), 'Australia/Sydney')).toBe(660);
    expect(zoneOffsetMinutes(utc('2025-04-05T16:00:00'), 'Australia/Sydney')).toBe(600);
  });
});

describe('zoneOffsetMinutes', () => {
  it('gives half- and quarter-hour offsets exactly', () => {
    const at = utc('2025-03-11T17:05:00');
    expect(zoneOffsetMinutes(at, 'UTC')).toBe(0);
    expect(zoneOffsetMinutes(at, 'Asia/Kolkata')).toBe(330);
    expect(zoneOffsetMinutes(at, 'Asia/Kathmandu')).toBe(345);
    expect(zoneOffsetMinutes(at, 'America/St_Johns')).toBe(-150);
    expect(zoneOffsetMinutes(at, 'Australia/Eucla')).toBe(525);
  });

  it('ignores seconds and milliseconds of the instant', () => {
    expect(zoneOffsetMinutes(new Date(Date.UTC(2025, 2, 11, 17, 5, 59, 999)), 'Asia/Kolkata')).toBe(330);
    expect(zoneOffsetMinutes(new Date(Date.UTC(2025, 2, 11, 17, 5, 0, 1)), 'America/Sao_Paulo')).toBe(-180);
  });

  it('works before 1970 and across the date line', () => {
    expect(zoneOffsetMinutes(utc('1969-07-20T20:17:40'), 'America/New_York')).toBe(-240);
    expect(zoneOffsetMinutes(utc('2025-03-11T23:30:00'), 'Pacific/Kiritimati')).toBe(840);
    expect(zoneOffsetMinutes(utc('2025-03-11T00:30:00'), 'Pacific/Pago_Pago')).toBe(-660);
  });
});

describe('weekendOf', () => {
  it('knows Friday-Saturday weekends', () => {
    for (const country of ['SA', 'EG', 'IL', 'KW', 'QA', 'BH', 'OM', 'JO', 'DZ']) expect(weekendOf(country), country).toEqual([5, 6]);
  });

  it('gives Saturday-Sunday elsewhere, the UAE included', () => {
    for (const country of ['AE', 'US', 'BR', 'CN', 'DE', 'GB', 'ZZ']) expect(weekendOf(country), country).toEqual([6, 7]);
  });

  it('falls back to Saturday-Sunday for anything that is not a country code', () => {
    for (const country of ['', 'sa', 'SAU', '12', 'S', ' SA']) expect(weekendOf(country), JSON.stringify(country)).toEqual([6, 7]);
  });

  describe('on an engine without Intl.Locale week data', () => {
    const RealLocale = Intl.Locale;
    const setLocale = (value: unknown) => Object.defineProperty(Intl, 'Locale', { value, configurable: true, writable: true });
    afterEach(() => setLocale(RealLocale));

    it('uses its own list of Friday-Saturday countries', () => {
      setLocale(function NoWeekInfo() {
        return {};
      });
      for (const country of ['SA', 'EG', 'IL', 'KW', 'QA', 'YE']) expect(weekendOf(country), country).toEqual([5, 6]);
      for (const country of ['AE', 'US', 'CN']) expect(weekendOf(country), country).toEqual([6, 7]);
    });

    it('survives an Intl.Locale that throws', () => {
      setLocale(function Broken() {
        throw new RangeError('no');
      });
      expect(weekendOf('SA')).toEqual([5, 6]);
      expect(weekendOf('FR')).toEqual([6, 7]);
    });
  });
});

describe('cityOfTimeZone and isValidTimeZone', () => {
  it('takes the last part of the zone name, with spaces', () => {
    expect(cityOfTimeZone('America/Sao_Paulo')).toBe('Sao Paulo');
    expect(cityOfTimeZone('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(cityOfTimeZone('America/Port_of_Spain')).toBe('Port of Spain');
    expect(cityOfTimeZone('UTC')).toBe('UTC');
    expect(cityOfTimeZone('Etc/GMT+3')).toBe('GMT+3');
    expect(cityOfTimeZone('')).toBe('');
  });

  it('accepts the zones Intl knows and refuses the rest', () => {
    for (const zone of ['UTC', 'utc', 'Europe/Berlin', 'Etc/GMT+3', 'Asia/Calcutta', 'America/Argentina/Buenos_Aires']) {
      expect(isValidTimeZone(zone), zone).toBe(true);
    }
    for (const zone of ['', ' ', 'Europe', 'Mars/Base', 'GMT+25', 'Europe/Berlin ', 'Berlin']) {
      expect(isValidTimeZone(zone), JSON.stringify(zone)).toBe(false);
    }
  });
});
