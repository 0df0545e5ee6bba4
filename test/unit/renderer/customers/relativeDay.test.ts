import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ListFormatters, calendarDaysBetween, useFormatters } from '../../../../src-renderer/features/customers/list/useFormatters';
import { type UiLanguage, i18nFor, inTimeZone } from '../fixtures';

/**
 * useFormatters is a hook, but the list's "3 days ago" wording is plain arithmetic inside it.
 * Rendering once on the server (no DOM) hands the formatters to the test.
 */
inTimeZone('America/New_York', afterAll);

async function formatters(language: UiLanguage): Promise<ListFormatters> {
  const i18n = await i18nFor(language);
  let out: ListFormatters | undefined;
  function Probe() {
    out = useFormatters();
    return null;
  }
  renderToString(createElement(I18nextProvider, { i18n }, createElement(Probe)));
  if (!out) throw new Error('useFormatters did not run');
  return out;
}

const local = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
const NOW = local(2025, 3, 12, 9); // Wednesday morning

describe('the list\'s relative days', () => {
  let en: ListFormatters;
  let zh: ListFormatters;
  beforeAll(async () => {
    en = await formatters('en');
    zh = await formatters('zh-CN');
  });

  it.each([
    ['2025-03-12T23:00', 'today', '今天'],
    ['2025-03-12T00:00', 'today', '今天'],
    ['2025-03-11T23:00', 'yesterday', '昨天'],
    ['2025-03-13T00:00', 'tomorrow', '明天'],
    ['2025-03-09T12:00', '3 days ago', '3天前'],
    ['2025-03-18T12:00', 'in 6 days', '6天后'],
    ['2025-03-05T12:00', 'last week', '上周'],
    ['2025-03-19T12:00', 'next week', '下周'],
    ['2025-02-14T12:00', '3 weeks ago', '3周前'],
    ['2025-04-15T12:00', 'in 4 weeks', '4周后'],
    ['2025-02-05T12:00', 'last month', '上个月'],
    ['2024-10-01T12:00', '5 months ago', '5个月前'],
    ['2024-03-13T12:00', '11 months ago', '11个月前'],
    ['2023-03-12T12:00', '2 years ago', '2年前'],
    ['2022-03-12T12:00', '3 years ago', '3年前'],
  ])('%s, seen on 2025-03-12T09:00: "%s" / "%s"', (when, english, chinese) => {
    const at = new Date(when).getTime(); // no zone in the text: local time
    expect(en.relativeDay(at, NOW)).toBe(english);
    expect(zh.relativeDay(at, NOW)).toBe(chinese);
  });

  // BUG (useFormatters.ts, relativeDay): `Math.trunc(days / 365.25)` is 0 for exactly 365 days, so
  // the same date a (non-leap) year ago reads "this year" / "今年", and trunc(730 / 365.25) = 1.
  it('says "last year" for the same date a year ago', () => {
    expect(calendarDaysBetween(NOW, local(2024, 3, 12))).toBe(-365);
    expect(en.relativeDay(local(2024, 3, 12), NOW)).toBe('last year');
    expect(zh.relativeDay(local(2024, 3, 12), NOW)).toBe('去年');
    expect(en.relativeDay(local(2026, 3, 12), local(2025, 3, 12))).toBe('next year');
    // The same happens at every anniversary whose span has too few leap days: 730 days is "last year".
    expect(en.relativeDay(local(2021, 3, 12), local(2023, 3, 12))).toBe('2 years ago');
  });

  // BUG (useFormatters.ts, relativeDay): months are `Math.trunc(days / 30.44)`, so whole calendar
  // months spanning short months come out one short: 12 Sep 2024 → 12 Mar 2025 is 181 days, "5
  // months ago"; 12 Jan → 12 Mar is 59 days, "last month".
  it('counts whole calendar months as that many months', () => {
    expect(en.relativeDay(local(2024, 9, 12), NOW)).toBe('6 months ago');
    expect(en.relativeDay(local(2025, 1, 12), NOW)).toBe('2 months ago');
    expect(zh.relativeDay(local(2025, 1, 12), NOW)).toBe('2个月前');
  });

  it('counts a 23-hour day (DST start) as one day', () => {
    expect(en.relativeDay(local(2025, 3, 10, 9), local(2025, 3, 9, 9))).toBe('tomorrow');
    expect(en.relativeDay(local(2025, 3, 8, 9), local(2025, 3, 10, 1))).toBe('2 days ago');
  });

  it('formats numbers and full dates in the UI language', () => {
    expect(en.number(100_000)).toBe('100,000');
    expect(zh.number(100_000)).toBe('100,000');
    expect(en.dateTime(local(2025, 3, 12, 14))).toBe('Mar 12, 2025, 2:00 PM');
    expect(zh.dateTime(local(2025, 3, 12, 14))).toBe('2025年3月12日 14:00');
  });
});
