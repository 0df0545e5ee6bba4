import { describe, expect, it } from 'vitest';
import { useApp } from './harness/fixture';
import { buyer, followUpTemplate, hamburgBuyer, seedOneBuyerBook } from './harness/oneBuyer';
import { storedOutbox } from './harness/records';
import { tr } from './harness/strings';
import { ACTION_TIMEOUT, ComposePage, dismissNotifications, LONG, OutboxPage, SettingsPage } from './pages';

/**
 * The review reads each customer's calendar and clock. The page clock starts on Christmas Eve
 * (Thursday 24 December 2026, noon in Berlin, 06:00 in New York, 19:00 for the salesperson in
 * Shanghai):
 * 1. "09:30 on their next working day" passes over public holidays, not only the weekend: a German
 *    buyer's letter goes on Monday the 28th, not on Christmas Day, and the review says so;
 * 2. a time chosen for everybody that is Christmas Day for the buyer is flagged, not held back;
 * 3. a letter sent now that reaches New York at 06:00 is flagged, with one click to 09:30 there;
 * 4. that letter, scheduled for 09:30 in New York, is missed while Tradewind is closed; opened at
 *    02:00 there on Christmas Day, the app moves it to Monday 09:30 and the outbox says why.
 */

const TEMPLATE = followUpTemplate('e2e-holiday-morning', 'After the holidays, {{customer.company}}');
const CUSTOMER = hamburgBuyer('holiday-morning-customer');
/** A second buyer, in New York: 06:00 there when the page clock starts. */
const NEW_YORK = buyer({
  id: 'holiday-morning-new-york',
  company: 'Hudson Home Supply Inc.',
  country: 'US',
  city: 'New York',
  timeZone: 'America/New_York',
  contact: { name: 'Dana Brooks', email: 'dana@hudsonhome.example.com' },
});

describe('the review reads the customer’s calendar and clock', () => {
  const app = useApp({ locale: 'en-US', timezoneId: 'Asia/Shanghai', startTime: '2026-12-24T11:00:00Z' });
  const compose = new ComposePage(app);
  const settings = new SettingsPage(app);
  const outbox = new OutboxPage(app);

  it('schedules a German buyer’s letter for Monday 28 December, says Christmas Day was avoided, in both languages', async () => {
    app.context.setDefaultTimeout(ACTION_TIMEOUT);
    await seedOneBuyerBook(app, TEMPLATE, [CUSTOMER, NEW_YORK]);

    await settings.open();
    await settings.setLanguage('zh-CN');
    await compose.reviewFor(CUSTOMER.id, TEMPLATE.id);
    await compose.timing(tr('zh-CN', 'compose:timing.nextMorning'));
    const holidays = app.page.getByTestId('review-preview-holidays');
    await expect.poll(() => holidays.count(), LONG).toBe(1);
    const zh = await holidays.innerText();
    expect(zh).toContain('避开对方的公共假日');
    expect(zh).toContain('Christmas Day');
    expect(zh).toMatch(/12月25日/);
    await dismissNotifications(app.page);
    await app.screenshot('review-holiday-morning');

    await settings.open();
    await settings.setLanguage('en');
    await compose.reviewFor(CUSTOMER.id, TEMPLATE.id);
    await compose.timing(tr('en', 'compose:timing.nextMorning'));
    await expect.poll(() => holidays.count(), LONG).toBe(1);
    expect(await holidays.innerText()).toBe('Not on Christmas Day (Fri, Dec 25): a public holiday there.');
    // Monday 28 December, 09:30 in Berlin (08:30 UTC): their time, then the salesperson's (Shanghai).
    const when = await app.page.getByTestId('review-preview-when').innerText();
    expect(when).toContain('Dec 28, 2026, 9:30');
    expect(when).toContain('Dec 28, 2026, 4:30');
    await dismissNotifications(app.page);
    await app.screenshot('review-holiday-morning');
    await compose.send();

    await expect.poll(async () => (await storedOutbox(app)).length, LONG).toBe(1);
    const [letter] = await storedOutbox(app);
    expect(letter).toMatchObject({ status: 'scheduled', sendAt: Date.parse('2026-12-28T08:30:00Z') });
    expect(app.errors).toEqual([]);
  });

  it('a date and time chosen for everybody that is Christmas Day for the buyer: flagged in the list and the letter, not held back', async () => {
    // 25 December, 09:30 in Shanghai (the salesperson's zone) is 02:30 on Christmas Day in Berlin.
    const composeAtChristmas = async (language: 'en' | 'zh-CN') => {
      await settings.open();
      await settings.setLanguage(language);
      await compose.reviewFor(CUSTOMER.id, TEMPLATE.id);
      await compose.timing(tr(language, 'compose:timing.at'));
      await app.page.getByTestId('compose-timing-at').click();
      await app.page.getByRole('button', { name: language === 'en' ? '25 December 2026' : '25 十二月 2026', exact: true }).click();
      await app.page.locator('.mantine-DateTimePicker-submitButton').click();
      await expect.poll(() => app.page.getByTestId('review-closed').count(), LONG).toBe(1);
      // A warning, not a hold: the letter can still be scheduled.
      expect(await app.page.getByTestId('review-row').getAttribute('data-status')).toBe('ready');
      await dismissNotifications(app.page);
      await app.screenshot('review-holiday-at');
    };

    await composeAtChristmas('zh-CN');
    expect(await app.page.getByTestId('review-closed').innerText()).toBe('对方假日：Christmas Day');
    expect(await app.page.getByTestId('review-closed-summary').innerText()).toBe('其中 1 封会在对方的公共假日、周末或下班时间送达。');
    expect(await app.page.getByTestId('review-preview-closed').innerText()).toMatch(/^对方当天是公共假日：Christmas Day \(12月25日周五\)，办公室可能不上班。$/);

    await composeAtChristmas('en');
    expect(await app.page.getByTestId('review-closed').innerText()).toBe('Christmas Day there');
    expect(await app.page.getByTestId('review-closed-summary').innerText()).toBe('1 of them reaches the customer on a public holiday, a weekend or outside office hours there.');
    expect(await app.page.getByTestId('review-preview-closed').innerText()).toBe(
      'That is Christmas Day (Fri, Dec 25) there: a public holiday, their office is likely closed.',
    );
    await compose.send();
    await expect.poll(async () => (await storedOutbox(app)).length, LONG).toBe(2);
    const letters = await storedOutbox(app);
    expect(letters.map((l) => l.sendAt).sort()).toEqual([Date.parse('2026-12-25T01:30:00Z'), Date.parse('2026-12-28T08:30:00Z')]);
    expect(app.errors).toEqual([]);
  });

  it('a letter sent now that reaches a New York buyer at 06:00 says so; the Berlin buyer at noon gets no note', async () => {
    await compose.reviewFor(NEW_YORK.id, TEMPLATE.id);
    await expect.poll(() => app.page.getByTestId('review-closed').count(), LONG).toBe(1);
    expect(await app.page.getByTestId('review-closed').innerText()).toBe('06:00 there');
    expect(await app.page.getByTestId('review-preview-closed').innerText()).toBe('It arrives at 06:00 their time: outside office hours.');
    expect(await app.page.getByTestId('review-row').getAttribute('data-status')).toBe('ready');
    await dismissNotifications(app.page);
    await app.screenshot('review-after-hours');
    // One click to the customer's next working morning: the note goes, and the letter is scheduled.
    await app.page.getByTestId('review-closed-switch').click();
    await expect.poll(() => compose.sendButton().innerText(), LONG).toBe(tr('en', 'compose:send.schedule', { count: 1, formatted: '1' }));
    await expect.poll(() => app.page.getByTestId('review-closed').count(), LONG).toBe(0);
    // Thursday 24 December, 06:00 in New York: 09:30 the same morning.
    expect(await app.page.getByTestId('review-preview-when').innerText()).toContain('Dec 24, 2026, 9:30 AM their time');

    await settings.open();
    await compose.reviewFor(CUSTOMER.id, TEMPLATE.id);
    await app.page.getByTestId('review-row').waitFor();
    expect(await app.page.getByTestId('review-closed').count()).toBe(0);
    expect(await app.page.getByTestId('review-closed-summary').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('the New York letter, missed while Tradewind was closed, moves to their next working morning', async () => {
    await settings.open();
    await compose.reviewFor(NEW_YORK.id, TEMPLATE.id);
    await compose.timing(tr('en', 'compose:timing.nextMorning'));
    await expect.poll(() => compose.sendButton().innerText(), LONG).toBe(tr('en', 'compose:send.schedule', { count: 1, formatted: '1' }));
    await compose.send();
    const dueAt = Date.parse('2026-12-24T14:30:00Z');
    await expect.poll(async () => (await storedOutbox(app)).find((l) => l.customerId === NEW_YORK.id)?.sendAt, LONG).toBe(dueAt);

    // Tradewind is closed through the morning; it opens at 02:00 on Christmas Day in New York.
    await app.context.clock.setSystemTime(new Date('2026-12-25T07:00:00Z'));
    await app.reload();
    const moved = async () => (await storedOutbox(app)).find((l) => l.customerId === NEW_YORK.id);
    // Christmas on Friday, then the weekend: Monday 28 December, 09:30 in New York.
    await expect.poll(async () => (await moved())?.sendAt, LONG).toBe(Date.parse('2026-12-28T14:30:00Z'));
    expect(await moved()).toMatchObject({ status: 'scheduled' });
    // Nothing was handed to main: the Berlin letter set for 02:30 on Christmas Day moved too.
    expect(app.ipc.filter((call) => call.channel.startsWith('mail:send'))).toEqual([]);

    await outbox.open();
    await outbox.showTab('scheduled');
    const row = outbox.rowByMessageId((await moved())!.messageId);
    await row.waitFor();
    expect(await row.getByTestId('outbox-when-customer').innerText()).toMatch(/^Dec 28, 0?9:30 AM their time$/);
    const note = row.getByTestId('outbox-when-moved');
    expect(await note.innerText()).toMatch(/^Moved from Dec 24, 0?9:30 AM$/);
    // The why, on hover.
    const why = (await note.getAttribute('title')) ?? '';
    const [before, after] = tr('en', 'outbox:time.moved.holiday', { time: '|' }).split('|');
    expect(why.startsWith(before!) && why.endsWith(after!)).toBe(true);
    expect(why).toMatch(/Dec 24, 0?9:30 AM/);
    await dismissNotifications(app.page);
    await app.screenshot('outbox-moved');
    expect(app.errors).toEqual([]);
  });
});
