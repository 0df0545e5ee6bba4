import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPTURE_ERROR_MESSAGES } from '../../src-shared/inquiry/capture';
import type { SenderProfile } from '../../src-shared/letters/types';
import { putRecord } from './harness/records';
import { useApp } from './harness/fixture';
import { type LocalSmtp, startLocalSmtp } from './harness/smtp';
import { tr } from './harness/strings';
import {
  ACTION_TIMEOUT,
  CustomerPage,
  CustomersPage,
  dismissNotifications,
  ImportWizardPage,
  InquiriesPage,
  LONG,
  OutboxPage,
  scrollSettled,
  SettingsPage,
} from './pages';

/**
 * The inquiry inbox end to end: a buyer of the book sends an inquiry; it is pasted, read and
 * scored; one misread value is corrected; the suggested level is confirmed and the inquiry linked
 * to the customer the book already has; the reply opens in the composer with the plan filled in,
 * goes to a real SMTP server on 127.0.0.1, and lands on the customer's timeline with the inquiry.
 * A second, suspicious inquiry stays unqualified (Today and the badge count it) and is archived
 * with a reason. Screenshots of the inbox, the scorecard and the flow in both languages.
 */

const PROFILE: SenderProfile = {
  salesperson: { name: 'Li Wei', title: 'Sales Manager', email: 'liwei@tradewind-e2e.cn', phone: '+86 574 8888 0000', whatsapp: '' },
  company: { name: 'Ningbo Tradewind Lighting Co., Ltd.', website: 'https://tradewind-e2e.cn', address: 'Ningbo, Zhejiang', phone: '' },
};

const CSV = [
  'Company,Contact Name,Email,Country,City,Language,Website',
  'Lisboa Iluminação Lda,Ana Sousa,ana@lisboa-iluminacao.pt,PT,Lisbon,en,https://lisboa-iluminacao.pt',
  'Chicago Home Supply,Mike Brown,mike@chicagohome.com,US,Chicago,en,https://chicagohome.com',
].join('\r\n');

const GOOD = {
  subject: 'Inquiry: LED panel light 600x600 40W',
  fromEmail: 'ana@lisboa-iluminacao.pt',
  fromName: 'Ana Sousa',
  text: [
    'Dear Sir or Madam,',
    '',
    'We are a distributor of lighting products in Portugal and are looking for LED panel light 600x600, 40W, 4000K, model XR-600.',
    'Quantity: 2,000 pieces for the first order.',
    'Please quote FOB Ningbo and advise your payment terms and delivery time. CE and RoHS certificates are required.',
    '',
    'Best regards,',
    'Ana Sousa',
    'Purchasing Manager',
    'Lisboa Iluminação Lda',
    'Rua Augusta 100, 1100-053 Lisboa, Portugal',
    'Tel: +351 21 000 0000',
    'www.lisboa-iluminacao.pt',
  ].join('\n'),
};

const SUSPICIOUS = {
  subject: 'Inquiry',
  fromEmail: 'global.buyer.trade2026@gmail.com',
  text: [
    'Hello,',
    'Please send me your price list and catalog for all your products.',
    'We will pay 100% for a bulk order directly, no need for samples. Contact me on WhatsApp +234 803 000 0000 only.',
    '<script>alert("x")</script>',
    'Thanks',
  ].join('\n'),
};

/** A datetime-local value for `msAgo` before now on a clock `offsetMinutes` east of UTC. */
function buyerWallClock(msAgo: number, offsetMinutes: number): string {
  return new Date(Date.now() - msAgo + offsetMinutes * 60_000).toISOString().slice(0, 16);
}

const HOUR = 3_600_000;


describe('inquiries: paste, correct, qualify, link, reply, timeline', () => {
  let smtp: LocalSmtp;
  beforeAll(async () => {
    smtp = await startLocalSmtp();
  });
  afterAll(async () => {
    await smtp?.stop();
  });

  const app = useApp({
    locale: 'en-US',
    timezoneId: 'Asia/Shanghai',
  });
  const list = new CustomersPage(app);
  const wizard = new ImportWizardPage(app);
  const inquiries = new InquiriesPage(app);
  const outbox = new OutboxPage(app);
  const customer = new CustomerPage(app);
  const settings = new SettingsPage(app);
  const s = { good: '', goodReceived: '', suspicious: '', customerId: '' };

  beforeAll(() => {
    app.context.setDefaultTimeout(ACTION_TIMEOUT);
  });

  it('1. the book has the buyer; the sender and the mail account are set', async () => {
    await list.firstRun().waitFor();
    await wizard.importClean({ name: 'buyers.csv', content: CSV }, 2);
    await list.expectTotal(2);
    await putRecord(app, 'settings', { key: 'senderProfile', value: PROFILE });
    const account = await app.invoke('mail:setAccount', {
      account: {
        mode: 'smtp',
        host: '127.0.0.1',
        port: smtp.port,
        secure: false,
        user: 'liwei',
        from: { name: PROFILE.salesperson.name, address: PROFILE.salesperson.email },
        rateLimitPerMinute: 600,
      },
      password: smtp.password,
    });
    expect(account.ok).toBe(true);
    await dismissNotifications(app.page);
    expect(app.errors).toEqual([]);
  });

  it('2. an empty inbox says what to do; an empty paste is refused with a clear message', async () => {
    await inquiries.open();
    await app.page.getByTestId('inquiries-empty').waitFor();
    await app.page.getByTestId('inquiry-add').click();
    await app.page.getByTestId('paste-submit').click();
    expect(await app.page.getByTestId('paste-problem').innerText()).toBe('The inquiry has no text. Paste the message or import the email.');
    await app.screenshot('inquiry-add');
    expect(await inquiries.stored()).toEqual([]);
    await app.goto('/inquiries');
    expect(app.errors).toEqual([]);
  });

  it('3. pastes the buyer’s inquiry: read, scored, and the scorecard shows its evidence', async () => {
    await inquiries.screen().waitFor();
    s.goodReceived = buyerWallClock(2 * HOUR, 0);
    s.good = await inquiries.paste({ ...GOOD, received: s.goodReceived, offset: 'UTC+0' });
    expect(s.good).not.toBe('');
    const signals = await inquiries.signals();
    for (const id of ['specificProduct', 'quantity', 'tradeTerm', 'certificates', 'companyDomain']) expect(signals).toContain(id);
    expect(await inquiries.extracted('quantity').innerText()).toBe('2000 pieces');
    // The raw text is text: nothing of it is markup.
    expect(await app.page.getByTestId('inquiry-raw-text').innerText()).toContain('model XR-600');
    // The reply-by time on both clocks.
    const replyBy = await app.page.getByTestId('inquiry-reply-by').innerText();
    expect(replyBy).toContain('your time (UTC+8)');
    expect(replyBy).toContain('for the buyer (UTC+0)');
    await dismissNotifications(app.page);
    await scrollSettled(app.page);
    await app.screenshot('inquiry-scorecard');
    expect(app.errors).toEqual([]);
  });

  it('4. corrects a misread value: the correction is kept and the scorecard counts it', async () => {
    await inquiries.correct({ quantity: '2500', unit: 'pieces' });
    await expect.poll(() => inquiries.extracted('quantity').innerText(), LONG).toBe('2500 pieces');
    expect(await app.page.getByTestId('extracted-quantity').getAttribute('data-corrected')).toBe('true');
    const stored = await inquiries.storedOne(s.good);
    expect(stored?.correctedFields).toContain('quantity');
    expect(stored?.status).toBe('new');
    expect(app.errors).toEqual([]);
  });

  it('5. confirms the suggested level, linked to the customer the book already has', async () => {
    await inquiries.qualifyStep().waitFor();
    const known = app.page.locator('[data-testid^="qualify-known-"]');
    await expect.poll(() => known.count(), LONG).toBe(1);
    s.customerId = ((await known.getAttribute('data-testid')) ?? '').replace('qualify-known-', '');
    expect(await known.innerText()).toContain('Lisboa Iluminação Lda');
    // The book's customer is chosen already: the suggestion is confirmed with one click.
    expect(await known.getAttribute('data-checked')).not.toBeNull();
    const suggested = (await inquiries.storedOne(s.good))!.level;
    await dismissNotifications(app.page);
    await app.page.evaluate(() => window.scrollTo(0, 0));
    await scrollSettled(app.page);
    await app.screenshot('inquiry-qualify');
    await inquiries.confirm();
    const stored = await inquiries.storedOne(s.good);
    expect(stored?.status).toBe('qualified');
    expect(stored?.customerId).toBe(s.customerId);
    expect(stored?.confirmed?.level).toBe(suggested);
    expect(await app.page.getByTestId('qualified-customer').innerText()).toBe('Lisboa Iluminação Lda');
    expect(app.errors).toEqual([]);
  });

  it('6. writes the reply in the composer with the plan filled in, and sends it to the SMTP server', async () => {
    await inquiries.writeReply().click();
    await app.page.getByTestId('compose-screen').waitFor();
    const hash = await app.page.evaluate(() => window.location.hash);
    expect(hash).toContain(`customer=${encodeURIComponent(s.customerId)}`);
    expect(hash).toContain(`inquiry=${encodeURIComponent(s.good)}`);
    const template = /template=([^&]+)/.exec(hash)?.[1] ?? '';
    expect(template).toMatch(/^inquiry-reply-[a-d]$/);
    await app.page.getByTestId('compose-inquiry').waitFor();
    await app.page.getByTestId('compose-next').filter({ visible: true }).click();
    // The reply template is chosen, and its inputs come from the inquiry.
    await expect.poll(() => app.page.getByTestId(`compose-template-${template}`).getAttribute('data-checked'), LONG).not.toBeNull();
    // Product and quantity (as corrected) come from the inquiry.
    expect(await app.page.getByRole('textbox', { name: 'Quantity asked for' }).inputValue()).toBe('2500 pieces');
    expect(await app.page.getByTestId('compose-inquiry').innerText()).toContain('Do you have a target price in mind?');
    await dismissNotifications(app.page);
    await app.screenshot('inquiry-reply');
    await app.page.getByTestId('compose-next').filter({ visible: true }).click();
    await app.page.getByTestId('review-summary').waitFor({ timeout: 120_000 });
    await expect.poll(() => app.page.getByTestId('compose-send').isEnabled(), LONG).toBe(true);
    await app.page.getByTestId('compose-send').click();
    await expect.poll(() => app.page.evaluate(() => window.location.hash), LONG).toMatch(/^#\/outbox\?batch=/);
    await outbox.batch().waitFor();
    await expect.poll(() => smtp.delivered.length, { timeout: 120_000, interval: 200 }).toBe(1);
    const mail = smtp.delivered[0]!;
    expect(mail.rcptTo).toEqual(['ana@lisboa-iluminacao.pt']);
    const body = mail.parsed.text ?? '';
    expect(body).toContain('2500 pieces');
    expect(body).toContain('LED panel light');
    // The plan's questions, one item each (extra.inquiry.questions is a list).
    const html = typeof mail.parsed.html === 'string' ? mail.parsed.html : '';
    expect(html).toContain('<li>Do you have a target price in mind?</li>');
    await expect.poll(async () => (await inquiries.storedOne(s.good))?.status, LONG).toBe('replied');
    expect(app.errors).toEqual([]);
  });

  it('7. the customer’s timeline has the inquiry, the qualification note and the letter', async () => {
    await customer.open(s.customerId);
    const timeline = app.page.getByTestId('customer-timeline');
    await expect.poll(() => timeline.locator('[data-testid="timeline-entry"][data-kind="letter"]').count(), LONG).toBe(1);
    expect(await timeline.locator('[data-testid="timeline-entry"][data-kind="inquiry"]').count()).toBe(1);
    const text = await timeline.innerText();
    expect(text).toContain('model XR-600');
    expect(text).toContain('Inquiry qualified: level');
    expect(app.errors).toEqual([]);
  });

  it('8. a suspicious inquiry stays to qualify: Today and the badge count it; the inbox shows it first', async () => {
    await inquiries.open();
    s.suspicious = await inquiries.paste({ ...SUSPICIOUS, received: buyerWallClock(30 * HOUR, 60), offset: 'UTC+1' });
    expect(await app.page.getByTestId('inquiry-raw-text').innerText()).toContain('<script>alert("x")</script>');
    const flags = await app.page.getByTestId('inquiry-flags').locator('[data-flag]').evaluateAll((b) => b.map((x) => x.getAttribute('data-flag')));
    expect(flags).toContain('freeMail');
    expect(await app.page.getByTestId('inquiry-reply-by').getAttribute('data-urgency')).toBe('overdue');
    await dismissNotifications(app.page);
    await app.screenshot('inquiry-suspicious');

    await app.page.getByTestId('nav-today').click();
    await app.page.getByTestId('today-screen').waitFor();
    await expect.poll(() => app.page.getByTestId('today-unqualified-count').innerText(), LONG).toBe('1');
    expect(await app.page.getByTestId('today-overdue-count').innerText()).toBe('1');
    await expect.poll(() => inquiries.navBadge().innerText(), LONG).toBe('1');
    await app.screenshot('today-inquiries');
    await app.page.getByTestId('today-unqualified-open').click();
    await inquiries.screen().waitFor();
    await expect.poll(() => inquiries.rowIds(), LONG).toEqual([s.suspicious]);
    await app.goto('/inquiries');
    await expect.poll(() => inquiries.rowIds(), LONG).toEqual([s.suspicious, s.good]);
    await app.screenshot('inquiries-inbox');
    expect(app.errors).toEqual([]);
  });

  it('9. the inbox, the scorecard and the qualify step in Chinese', async () => {
    await settings.open();
    await settings.setLanguage('zh-CN');
    await inquiries.open();
    await expect.poll(() => inquiries.rows().count(), LONG).toBe(2);
    await app.screenshot('inquiries-inbox');
    await inquiries.openInquiry(s.suspicious);
    await inquiries.qualifyStep().waitFor();
    expect(await inquiries.qualifyStep().innerText()).toContain(tr('zh-CN', 'inquiries:qualify.title'));
    await app.screenshot('inquiry-suspicious');
    await app.goto(`/inquiries/${encodeURIComponent(s.good)}`);
    await app.page.getByTestId('inquiry-qualified').waitFor();
    await app.screenshot('inquiry-scorecard');
    // The composer opened from the inquiry, in Chinese (nothing is sent).
    await inquiries.writeReply().click();
    await app.page.getByTestId('compose-inquiry').waitFor();
    await app.page.getByTestId('compose-next').filter({ visible: true }).click();
    await app.page.getByTestId('compose-step-template').waitFor();
    await expect.poll(() => app.page.getByRole('textbox', { name: '询盘数量' }).inputValue(), LONG).toBe('2500 pieces');
    await dismissNotifications(app.page);
    await app.screenshot('inquiry-reply');
    await app.page.getByTestId('nav-today').click();
    await app.page.getByTestId('today-screen').waitFor();
    await app.screenshot('today-inquiries');
    expect(app.errors).toEqual([]);
  });

  it('10. Settings: the scoring weights are edited, checked and saved; unqualified inquiries are scored again', async () => {
    await settings.open();
    const card = app.page.getByTestId('qualify-settings-card');
    await card.scrollIntoViewIfNeeded();
    await app.page.getByTestId('qualify-weight-base').fill('');
    await app.page.getByTestId('qualify-settings-save').click();
    expect(await app.page.getByTestId('qualify-settings-problem').innerText()).toBe(tr('zh-CN', 'inquiries:settings.invalid'));
    await app.page.getByTestId('qualify-weight-base').fill('40');
    await app.page.getByTestId('qualify-group-strong').click();
    await app.page.getByTestId('qualify-weight-quantity').waitFor();
    await app.page.getByTestId('qualify-settings-save').click();
    await expect.poll(() => app.page.locator('.mantine-Notification-root').innerText(), LONG).toBe(tr('zh-CN', 'inquiries:settings.saved', { count: 1 }));
    await dismissNotifications(app.page);
    await card.scrollIntoViewIfNeeded();
    await scrollSettled(app.page);
    await app.screenshot('settings-qualify');
    expect(app.errors).toEqual([]);
  });

  it('11. archives the suspicious inquiry with a reason: out of the queue, the reason kept', async () => {
    await app.goto(`/inquiries/${encodeURIComponent(s.suspicious)}`);
    await inquiries.qualifyStep().waitFor();
    await inquiries.archive('fraud', '要求全款大货、只用 WhatsApp');
    const stored = await inquiries.storedOne(s.suspicious);
    expect(stored?.status).toBe('archived');
    expect(stored?.archivedReason).toBe(`${tr('zh-CN', 'inquiries:archive.reason.fraud')}: 要求全款大货、只用 WhatsApp`);
    await inquiries.open();
    await expect.poll(() => inquiries.rowIds(), LONG).toEqual([s.good]);
    await expect.poll(() => inquiries.navBadge().count(), LONG).toBe(0);
    // Out of the queue, not gone: the Archived tab has it, with the reason.
    await app.goto('/inquiries?show=archived');
    await expect.poll(() => inquiries.rowIds(), LONG).toEqual([s.suspicious]);
    expect(await inquiries.row(s.suspicious).innerText()).toContain('只用 WhatsApp');
    expect(app.errors).toEqual([]);
  });

  it('12. imports .eml files (a picture among them is refused by name) and a CSV with a mapping step', async () => {
    const before = (await inquiries.stored()).length;
    await dismissNotifications(app.page);
    await app.goto('/inquiries/new');
    await app.page.getByTestId('paste-form').waitFor();
    await app.screenshot('inquiry-add');
    await app.page.getByTestId('add-tab-eml').click();
    await app.page.getByTestId('eml-drop-input').setInputFiles([
      { name: 'rfq-berlin.eml', mimeType: 'message/rfc822', buffer: Buffer.from(EML, 'utf8') },
      { name: 'photo.eml', mimeType: 'message/rfc822', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) },
    ]);
    await expect.poll(() => app.page.getByTestId('eml-file').count(), LONG).toBe(2);
    expect(await app.page.locator('[data-testid="eml-file"][data-ok="true"]').count()).toBe(1);
    expect(await app.page.getByTestId('eml-file-problem').innerText()).toBe(CAPTURE_ERROR_MESSAGES.emlBinary['zh-CN'].replace('{{file}}', 'photo.eml'));
    await dismissNotifications(app.page);
    await app.screenshot('inquiry-import-eml');
    await app.page.getByTestId('eml-submit').click();
    await inquiries.inquiryPage().waitFor();
    expect(await app.page.getByTestId('inquiry-title').innerText()).toBe('Berlin Licht GmbH');

    await app.goto('/inquiries/new');
    await app.page.getByTestId('add-tab-table').click();
    await app.page.getByTestId('table-drop-input').setInputFiles({ name: 'inquiries.csv', mimeType: 'text/csv', buffer: Buffer.from(TABLE_CSV, 'utf8') });
    await app.page.getByTestId('table-mapping').waitFor();
    // The headers are recognised; the column the app does not know is left out until mapped.
    expect(await app.page.getByTestId('table-map-0').inputValue()).toBe(tr('zh-CN', 'inquiries:add.table.field.message'));
    expect(await app.page.getByTestId('table-map-3').inputValue()).toBe(tr('zh-CN', 'inquiries:add.table.ignore'));
    await app.page.getByTestId('table-map-3').click();
    await app.page.getByRole('option', { name: tr('zh-CN', 'inquiries:add.table.field.quantity'), exact: true }).click();
    expect(await app.page.getByTestId('table-skipped').innerText()).toContain(tr('zh-CN', 'inquiries:add.table.skippedNoMessage', { row: 3 }));
    await dismissNotifications(app.page);
    await app.screenshot('inquiry-import-table');
    await app.page.getByTestId('table-submit').click();
    await inquiries.screen().waitFor();
    await expect.poll(async () => (await inquiries.stored()).length, LONG).toBe(before + 4);
    expect(app.errors).toEqual([]);
  });

  it('13. the same email, sheet and pasted inquiry again: recognised, left out, with the way to the one already there', async () => {
    const before = (await inquiries.stored()).length;
    await app.goto('/inquiries/new');
    await app.page.getByTestId('add-tab-eml').click();
    await app.page.getByTestId('eml-drop-input').setInputFiles([
      { name: 'rfq-berlin-again.eml', mimeType: 'message/rfc822', buffer: Buffer.from(EML, 'utf8') },
      // The same message saved by another mail program: other line endings.
      { name: 'rfq-berlin-lf.eml', mimeType: 'message/rfc822', buffer: Buffer.from(EML.replace(/\r\n/g, '\n'), 'utf8') },
    ]);
    await expect.poll(() => app.page.locator('[data-testid="eml-file"][data-repeat="inInbox"]').count(), LONG).toBe(2);
    expect(await app.page.getByTestId('eml-repeats').innerText()).toBe(tr('zh-CN', 'inquiries:add.eml.repeats', { count: 2 }));
    expect(await app.page.getByTestId('eml-submit').isDisabled()).toBe(true);
    await dismissNotifications(app.page);
    await app.screenshot('inquiry-import-eml-again');

    await app.page.getByTestId('add-tab-table').click();
    await app.page.getByTestId('table-drop-input').setInputFiles({ name: 'inquiries.csv', mimeType: 'text/csv', buffer: Buffer.from(TABLE_CSV, 'utf8') });
    await app.page.getByTestId('table-mapping').waitFor();
    await app.page.getByTestId('table-map-3').click();
    await app.page.getByRole('option', { name: tr('zh-CN', 'inquiries:add.table.field.quantity'), exact: true }).click();
    await app.page.getByTestId('table-repeated').waitFor();
    const repeated = await app.page.getByTestId('table-repeated').innerText();
    for (const row of [1, 2, 4]) expect(repeated).toContain(tr('zh-CN', 'inquiries:add.table.repeatInInbox', { row }));
    expect(await app.page.getByTestId('table-submit').isDisabled()).toBe(true);

    // Pasted again (after its correction, confirmation and reply): the app says so, and opens the one there.
    await app.page.getByTestId('add-tab-paste').click();
    await inquiries.fillPaste({ ...GOOD, received: s.goodReceived, offset: 'UTC+0' });
    await app.page.getByTestId('paste-submit').click();
    await app.page.getByTestId('paste-repeat').waitFor();
    expect(await app.page.getByTestId('paste-repeat').innerText()).toContain(tr('zh-CN', 'inquiries:add.repeat.pasteTitle'));
    await app.page.getByTestId('paste-repeat-open').click();
    await expect.poll(() => inquiries.inquiryPage().getAttribute('data-id'), LONG).toBe(s.good);
    expect((await inquiries.stored()).length).toBe(before);
    expect(app.errors).toEqual([]);
  });
});

const EML = [
  'From: Jonas Weber <jonas@berlin-licht.de>',
  'To: liwei@tradewind-e2e.cn',
  'Subject: RFQ LED high bay 150W',
  'Date: Wed, 25 Nov 2026 09:15:00 +0100',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Dear Sir,',
  '',
  'we need 500 pcs LED high bay 150W, IP65, CE certificate, delivery to Hamburg (CIF).',
  'Please send your best price.',
  '',
  'Mit freundlichen Gr=C3=BC=C3=9Fen',
  'Jonas Weber',
  'Einkauf',
  'Berlin Licht GmbH',
  'Tel. +49 30 1234567',
  'www.berlin-licht.de',
  '',
].join('\r\n');

const TABLE_CSV = [
  'Inquiry Content,Email,Country,Order size,Product',
  '"Please quote 1,000 pcs of E27 bulbs, 9W, FOB Ningbo.",buyer@lima-luz.pe,Peru,1000 pcs,LED bulb E27',
  '"Looking for solar street lights, 60W, with CE.",info@nairobi-solar.co.ke,Kenya,200 sets,Solar street light',
  ',empty@example.com,Chile,,',
  '"We need panel lights for a hospital project.",procurement@dubai-projects.ae,United Arab Emirates,300 pcs,LED panel',
].join('\r\n');

