import { afterAll, describe, expect, it } from 'vitest';
import { absoluteDate, absoluteTime, relativeTime } from '../../../../src-renderer/features/customers/page/timeFormat';
import { inTimeZone } from '../fixtures';

inTimeZone('Asia/Shanghai', afterAll);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2025, 2, 11, 9, 0);
const ago = (ms: number, lang = 'en') => relativeTime(NOW - ms, NOW, lang);
const ahead = (ms: number, lang = 'en') => relativeTime(NOW + ms, NOW, lang);

describe('relativeTime (timeline entries)', () => {
  it('says "now" for anything under a minute, either way', () => {
    for (const ms of [0, 1, 30_000, 59_999]) {
      expect(ago(ms)).toBe('this minute');
      expect(ahead(ms)).toBe('this minute');
      expect(ago(ms, 'zh-CN')).toBe('此刻');
    }
  });

  it.each([
    [MINUTE, '1 minute ago', 'in 1 minute', '1分钟前', '1分钟后'],
    [45 * MINUTE, '45 minutes ago', 'in 45 minutes', '45分钟前', '45分钟后'],
    [3 * HOUR, '3 hours ago', 'in 3 hours', '3小时前', '3小时后'],
    [DAY, 'yesterday', 'tomorrow', '昨天', '明天'],
    [3 * DAY, '3 days ago', 'in 3 days', '3天前', '3天后'],
    [7 * DAY, 'last week', 'next week', '上周', '下周'],
    [14 * DAY, '2 weeks ago', 'in 2 weeks', '2周前', '2周后'],
    [30 * DAY, 'last month', 'next month', '上个月', '下个月'],
    [90 * DAY, '3 months ago', 'in 3 months', '3个月前', '3个月后'],
    [365 * DAY, 'last year', 'next year', '去年', '明年'],
    [3 * 365 * DAY, '3 years ago', 'in 3 years', '3年前', '3年后'],
  ])('%i ms: "%s" / "%s" in English, "%s" / "%s" in Chinese', (ms, pastEn, futureEn, pastZh, futureZh) => {
    expect(ago(ms)).toBe(pastEn);
    expect(ahead(ms)).toBe(futureEn);
    expect(ago(ms, 'zh-CN')).toBe(pastZh);
    expect(ahead(ms, 'zh-CN')).toBe(futureZh);
  });

  it('picks the largest unit that fits and rounds within it', () => {
    expect(ago(100 * MINUTE)).toBe('2 hours ago');
    expect(ago(36 * HOUR + MINUTE)).toBe('2 days ago');
    expect(ago(10 * DAY)).toBe('last week');
    expect(ago(11 * DAY)).toBe('2 weeks ago');
  });
});

describe('absoluteTime and absoluteDate (local time of the salesperson)', () => {
  // 17:05 UTC is 01:05 the next day in Shanghai: the date must follow the local zone.
  const at = Date.UTC(2025, 2, 11, 17, 5);

  it('formats a medium date and short time in the UI language', () => {
    expect(absoluteTime(at, 'en')).toBe('Mar 12, 2025, 1:05 AM');
    expect(absoluteTime(at, 'zh-CN')).toBe('2025年3月12日 01:05');
    expect(absoluteDate(at, 'en')).toBe('Mar 12, 2025');
    expect(absoluteDate(at, 'zh-CN')).toBe('2025年3月12日');
  });

  it('throws on an invalid instant, which callers never pass', () => {
    expect(() => absoluteDate(Number.NaN, 'en')).toThrow(RangeError);
  });
});
