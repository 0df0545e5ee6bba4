import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LetterTemplate, SenderProfile } from '../../src-shared/letters/types';
import type { TradewindApp } from './harness/app';
import { putRecord, storedOutbox } from './harness/records';
import { useApp } from './harness/fixture';
import { type LocalSmtp, startLocalSmtp } from './harness/smtp';
import { tr } from './harness/strings';
import {
  ACTION_TIMEOUT,
  ComposePage,
  CustomerPage,
  CustomersPage,
  dismissNotifications,
  ImportWizardPage,
  LONG,
  OutboxPage,
  SettingsPage,
} from './pages';

/**
 * Letters end to end, against a real smtp-server on 127.0.0.1 and main's real handlers: a saved
 * segment of ten customers, one of them without a contact name; the review holds that one back
 * and names the field; the other nine go. The window is reloaded in the middle of the batch: no
 * Message-ID reaches the server twice, the interrupted letters are `uncertain` and stay so until
 * the salesperson retries one, which then arrives once. Sent letters land on the timeline. A
 * second letter is scheduled for 09:30 on the customer's next working day and does not go now.
 */

const SEGMENT = 'Spring fair';
const TEMPLATE_ID = 'e2e-spring-catalogue';

const PROFILE: SenderProfile = {
  salesperson: { name: 'Li Wei', title: 'Sales Manager', email: 'liwei@tradewind-e2e.cn', phone: '+86 574 8888 0000', whatsapp: '' },
  company: { name: 'Ningbo Tradewind Housewares Co., Ltd.', website: 'https://tradewind-e2e.cn', address: 'Ningbo, Zhejiang', phone: '' },
};

/** `{{contact.name}}` used bare: a customer without one is held back, with the field named. */
const TEMPLATE: LetterTemplate = {
  id: TEMPLATE_ID,
  kind: 'development',
  name: { en: 'E2E spring catalogue', 'zh-CN': 'E2E 春季目录' },
  description: { en: 'The spring catalogue, to every buyer met at the fair', 'zh-CN': '向展会上认识的买家发送春季目录' },
  suggest: {},
  inputs: [],
  variants: {
    en: {
      subject: '{{customer.company}}: our spring catalogue',
      html: '<p>Dear {{contact.name}},</p><p>Our spring catalogue for {{customer.company}} is ready.</p><p>Best regards,<br>{{salesperson.name}}<br>{{company.name}}</p>',
    },
    es: {
      subject: '{{customer.company}}: nuestro catálogo de primavera',
      html: '<p>Estimado/a {{contact.name}}:</p><p>Nuestro catálogo de primavera para {{customer.company}} está listo.</p><p>Saludos cordiales,<br>{{salesperson.name}}<br>{{company.name}}</p>',
    },
    pt: {
      subject: '{{customer.company}}: o nosso catálogo de primavera',
      html: '<p>Prezado(a) {{contact.name}},</p><p>O nosso catálogo de primavera para {{customer.company}} está pronto.</p><p>Atenciosamente,<br>{{salesperson.name}}<br>{{company.name}}</p>',
    },
  },
  fallbackLanguage: 'en',
  builtIn: false,
  updatedAt: Date.now(),
};

/** Ten buyers from the fair (one without a contact name) and one more for the scheduled letter. */
const CSV = [
  'Company,Contact Name,Email,Country,City,Language,Tags',
  'Lisboa Ferragens Lda,Ana Sousa,ana@lisboa-ferragens.pt,PT,Lisbon,pt,spring-fair',
  'São Paulo Utilidades,João Silva,joao@sp-utilidades.com.br,BR,São Paulo,pt-BR,spring-fair',
  'Madrid Hogar SL,Lucía García,lucia@madridhogar.es,ES,Madrid,es,spring-fair',
  'Berlin Haushalt GmbH,Jonas Weber,jonas@berlin-haushalt.de,DE,Berlin,de,spring-fair',
  'Riyadh Trading Co,Omar Al-Harbi,omar@riyadh-trading.sa,SA,Riyadh,ar,spring-fair',
  'Moscow Dom LLC,Ivan Petrov,ivan@moscowdom.ru,RU,Moscow,ru,spring-fair',
  'Lyon Maison SARL,Claire Martin,claire@lyonmaison.fr,FR,Lyon,fr,spring-fair',
  'Chicago Home Supply,Mike Brown,mike@chicagohome.com,US,Chicago,en,spring-fair',
  'Sydney Kitchenware,Emma Wilson,emma@sydneykitchen.com.au,AU,Sydney,en,spring-fair',
  'Nameless Imports Ltd,,buyer@nameless-imports.co.uk,GB,London,en,spring-fair',
  'Toronto Housewares,Liam Smith,liam@torontohousewares.ca,CA,Toronto,en,schedule-test',
].join('\r\n');

/** The Message-ID of every letter the app handed to main, once per hand-over (mail:send or a mail:sendMany chunk). */
function handedToMain(app: TradewindApp): string[] {
  return app.ipc.flatMap((call) => {
    if (call.channel === 'mail:send') return [(call.arg as { message: { messageId: string } }).message.messageId];
    if (call.channel === 'mail:sendMany') return (call.arg as { messages: Array<{ messageId: string }> }).messages.map((m) => m.messageId);
    return [];
  });
}


describe('letters: compose from a segment, review, send, reload mid-batch', () => {
  let smtp: LocalSmtp;
  beforeAll(async () => {
    // Slow enough that ten letters take a few seconds, so the reload lands mid-batch.
    smtp = await startLocalSmtp({ delayMs: 600 });
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
  const compose = new ComposePage(app);
  const outbox = new OutboxPage(app);
  const customer = new CustomerPage(app);
  const settings = new SettingsPage(app);
  const s = { segmentId: '', batchId: '', heldBack: '', heldId: '', uncertain: [] as string[] };

  beforeAll(() => {
    app.context.setDefaultTimeout(ACTION_TIMEOUT);
  });

  it('1. imports eleven buyers and saves ten of them as a segment', async () => {
    await list.firstRun().waitFor();
    await wizard.importClean({ name: 'spring-fair.csv', content: CSV }, 11);
    await list.expectTotal(11);
    await list.setOption('tags', 'spring-fair');
    await list.expectTotal(10);
    await list.saveSegment(SEGMENT);
    s.segmentId = decodeURIComponent(/segment=([^&]+)/.exec(await app.page.evaluate(() => window.location.hash))?.[1] ?? '');
    expect(s.segmentId).not.toBe('');
    await dismissNotifications(app.page);
    expect(app.errors).toEqual([]);
  });

  it('2. refuses to compose without a sender address, and points to Settings', async () => {
    await app.page.getByTestId('write-to-segment').click();
    await compose.noSender().waitFor();
    expect(await compose.noSender().innerText()).toContain(tr('en', 'compose:noSender.body'));
    await app.page.getByTestId('compose-open-settings').click();
    await expect.poll(() => app.page.evaluate(() => window.location.hash), LONG).toBe('#/settings');
  });

  it('3. reviews every letter: nine ready, the one without a contact name held back with the field named', async () => {
    await putRecord(app, 'settings', { key: 'senderProfile', value: PROFILE });
    await putRecord(app, 'templates', TEMPLATE);
    // Written beside Dexie, which does not see raw writes: start the page over so it reads them.
    await app.reload();
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

    await app.goto(`/letters/compose?segment=${encodeURIComponent(s.segmentId)}`);
    await compose.screen().waitFor();
    expect(await compose.title().innerText()).toBe(tr('en', 'compose:recipients.fromSegment', { name: SEGMENT }));
    expect(await compose.recipientCount().innerText()).toBe(tr('en', 'compose:recipients.count', { count: 10, formatted: '10' }));
    await compose.next();
    await compose.chooseTemplate(TEMPLATE_ID);
    expect(await compose.reviewReady()).toBe(tr('en', 'compose:review.summary', { ready: '9', held: '1' }));
    expect(await compose.sendButton().innerText()).toBe(tr('en', 'compose:send.now', { count: 9, formatted: '9' }));

    const rows = await compose.visibleRows();
    expect(rows).toHaveLength(10);
    const held = rows.filter((r) => r.status === 'held');
    expect(held.map((r) => r.company)).toEqual(['Nameless Imports Ltd']);
    expect(held[0]!.reason).toBe(tr('en', 'compose:problems.missingField', { field: 'contact.name' }));
    s.heldBack = held[0]!.customerId;
    // Each in their own language, with the fallback stated: pt-BR → pt, German falls back to English.
    const byCompany = new Map(rows.map((r) => [r.company, r]));
    expect(byCompany.get('Madrid Hogar SL')?.subject).toBe('Madrid Hogar SL: nuestro catálogo de primavera');
    expect(byCompany.get('São Paulo Utilidades')?.language).toBe('pt-BR → pt');
    expect(byCompany.get('Berlin Haushalt GmbH')?.language).toBe('de → en');
    expect(byCompany.get('Berlin Haushalt GmbH')?.subject).toBe('Berlin Haushalt GmbH: our spring catalogue');

    // The held-back letter's preview says why.
    await compose.row(s.heldBack).click();
    await expect.poll(() => compose.previewProblems().innerText().catch(() => ''), LONG).toContain(
      tr('en', 'compose:problems.missingField', { field: 'contact.name' }),
    );
    await app.screenshot('compose-review');
    expect(app.errors).toEqual([]);
  });

  it('4. the review in Chinese; sends the nine ready letters and shows the batch', async () => {
    await settings.open();
    await settings.setLanguage('zh-CN');
    await app.goto(`/letters/compose?segment=${encodeURIComponent(s.segmentId)}`);
    await compose.screen().waitFor();
    await compose.next();
    await compose.chooseTemplate(TEMPLATE_ID);
    expect(await compose.reviewReady()).toBe(tr('zh-CN', 'compose:review.summary', { ready: '9', held: '1' }));
    const held = (await compose.visibleRows()).filter((r) => r.status === 'held');
    expect(held[0]?.reason).toBe(tr('zh-CN', 'compose:problems.missingField', { field: 'contact.name' }));
    await compose.row(s.heldBack).click();
    await compose.previewProblems().waitFor();
    await app.screenshot('compose-review');

    s.batchId = await compose.send();
    await outbox.batch().waitFor();
    const stored = await storedOutbox(app);
    expect(stored).toHaveLength(9);
    expect(stored.map((m) => m.customerId)).not.toContain(s.heldBack);
    expect(new Set(stored.map((m) => m.messageId)).size).toBe(9);
    // The progress bar moves as letters go.
    await expect.poll(async () => (await outbox.batchView())?.sent ?? 0, { timeout: 120_000, interval: 200 }).toBeGreaterThanOrEqual(2);
    expect(app.errors).toEqual([]);
  });

  it('5. a reload mid-batch: no duplicates at the server, the interrupted letters are uncertain and not resent', async () => {
    // The next letter reaches the server but gets no answer: the window goes away mid-send.
    smtp.holdNext(1);
    const [heldId] = await smtp.waitForHeld(1);
    s.heldId = heldId!;
    await app.reload();
    // The server finally refuses the held letter: it was never delivered.
    smtp.releaseHeld('refuse');
    await outbox.screen().waitFor();

    const batch = await outbox.batchDone();
    expect(batch.total).toBe(9);
    expect(batch.uncertain).toBeGreaterThanOrEqual(1);
    expect(batch.sent + batch.uncertain).toBe(9);

    const stored = await storedOutbox(app);
    const counts = smtp.countsByMessageId();
    // Exactly once, or not at all: never twice.
    for (const [id, n] of counts) expect(n, id).toBe(1);
    for (const m of stored.filter((l) => l.status === 'sent')) expect(counts.get(m.messageId), m.to).toBe(1);
    const uncertain = stored.filter((m) => m.status === 'uncertain');
    s.uncertain = uncertain.map((m) => m.messageId);
    expect(s.uncertain).toContain(s.heldId);
    expect(counts.has(s.heldId)).toBe(false);
    // One letter per recipient: one address in To, nothing in Cc or Bcc; List-Unsubscribe on a development letter.
    for (const mail of smtp.delivered) {
      expect(mail.rcptTo).toHaveLength(1);
      expect(mail.parsed.cc).toBeUndefined();
      expect(mail.parsed.bcc).toBeUndefined();
      const unsubscribe = mail.parsed.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
      expect(unsubscribe).toContain(`mailto:${PROFILE.salesperson.email}?subject=unsubscribe`);
    }
    const madrid = smtp.delivered.find((m) => m.rcptTo[0] === 'lucia@madridhogar.es');
    if (madrid) expect(madrid.parsed.subject).toBe('Madrid Hogar SL: nuestro catálogo de primavera');

    await outbox.uncertainBanner().waitFor();
    expect(await outbox.uncertainBanner().innerText()).toContain(tr('zh-CN', 'outbox:uncertain.title'));
    expect(await outbox.tabCount('uncertain')).toBe(uncertain.length);
    await expect.poll(() => outbox.navBadge().getAttribute('data-warning'), LONG).toBe('true');
    await dismissNotifications(app.page);
    await app.screenshot('outbox-batch');
    expect(app.errors).toEqual([]);
  });

  it('6. retrying the held letter, after a clear warning, delivers it once; nothing else is resent', async () => {
    const row = outbox.rowByMessageId(s.heldId);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('uncertain');
    const warning = await outbox.retry(row);
    const to = (await storedOutbox(app)).find((m) => m.messageId === s.heldId)!.to;
    expect(warning).toBe(tr('zh-CN', 'outbox:confirm.retryUncertain', { address: to }));
    await expect.poll(() => smtp.countsByMessageId().get(s.heldId) ?? 0, { timeout: 120_000, interval: 200 }).toBe(1);
    await expect.poll(() => row.getAttribute('data-status'), LONG).toBe('sent');
    for (const [, n] of smtp.countsByMessageId()) expect(n).toBe(1);
    // The app handed each letter to main at most once; only the retried one twice (the
    // interrupted try and the retry). Every sent letter was handed over. A letter claimed in the
    // instant before the reload may never have reached main: it is uncertain like the others,
    // since the page that claimed it could not tell. Letters interrupted after the server had
    // them may still arrive late, once.
    const tries = new Map<string, number>();
    for (const id of handedToMain(app)) tries.set(id, (tries.get(id) ?? 0) + 1);
    for (const [id, n] of tries) expect(n, id).toBe(id === s.heldId ? 2 : 1);
    const stored = await storedOutbox(app);
    for (const m of stored) {
      if (m.status === 'sent') expect(tries.has(m.messageId), m.to).toBe(true);
      else expect(m.status, m.to).toBe('uncertain');
    }
    // The other uncertain letters stay uncertain: never resent on their own.
    const stillUncertain = stored.filter((m) => m.status === 'uncertain').map((m) => m.messageId);
    expect(stillUncertain.sort()).toEqual(s.uncertain.filter((id) => id !== s.heldId).sort());
    expect(app.errors).toEqual([]);
  });

  it('7. sent letters land on the customer timeline', async () => {
    const sent = (await storedOutbox(app)).find((m) => m.messageId === s.heldId)!;
    await customer.open(sent.customerId);
    const timeline = app.page.getByTestId('customer-timeline');
    await expect.poll(() => timeline.locator('[data-testid="timeline-entry"][data-kind="letter"]').count(), LONG).toBe(1);
    const company = await customer.title().innerText();
    expect(await timeline.innerText()).toContain(company);
    await dismissNotifications(app.page);
    await app.screenshot('customer-timeline-letter');
    expect(app.errors).toEqual([]);
  });

  it('8. the outbox in English', async () => {
    await settings.open();
    await settings.setLanguage('en');
    await outbox.open();
    await outbox.batch().waitFor();
    await expect.poll(() => outbox.rows().count(), LONG).toBe(9);
    expect(await outbox.tabCount('sent')).toBe(9 - (s.uncertain.length - 1));
    await dismissNotifications(app.page);
    await app.screenshot('outbox-batch');
  });

  it('9. schedules a letter for 09:30 on the customer’s next working day: shown, and not sent now', async () => {
    await list.open();
    await list.typeSearch('Toronto');
    const [row] = await list.firstRows(1);
    await list.openRow(list.rowById(row!.id));
    await customer.waitForView();
    await app.page.getByTestId('write-letter').click();
    await compose.screen().waitFor();
    expect(await compose.title().innerText()).toBe(tr('en', 'compose:recipients.fromCustomer', { name: 'Toronto Housewares' }));
    await compose.next();
    await compose.chooseTemplate(TEMPLATE_ID);
    await compose.reviewReady();
    await compose.timing(tr('en', 'compose:timing.nextMorning'));
    await expect.poll(() => compose.sendButton().innerText(), LONG).toBe(tr('en', 'compose:send.schedule', { count: 1, formatted: '1' }));
    await expect.poll(() => app.page.getByTestId('review-preview-when').innerText(), LONG).toMatch(/\b0?9:30\b/);
    await compose.send();

    const letter = (await storedOutbox(app)).find((m) => m.customerId === row!.id)!;
    expect(letter.status).toBe('scheduled');
    expect(letter.sendAt).toBeGreaterThan(Date.now());
    // 09:30 on a working day in Toronto.
    const local = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Toronto', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(letter.sendAt);
    expect(local).toMatch(/^(Mon|Tue|Wed|Thu|Fri),? 09:30$/);

    await outbox.showTab('scheduled');
    const scheduled = outbox.rowByMessageId(letter.messageId);
    await scheduled.waitFor();
    expect(await scheduled.getByTestId('outbox-when-customer').innerText()).toMatch(/\b0?9:30\b/);
    // Not handed to main, and not at the server.
    expect(handedToMain(app)).not.toContain(letter.messageId);
    expect(smtp.countsByMessageId().has(letter.messageId)).toBe(false);
    expect(app.errors).toEqual([]);
  });

  it('10. the bulk bar writes to the selection; the segment menu writes to the segment', async () => {
    await list.open();
    await list.clearSearch();
    await list.expectTotal(11);
    const rows = await list.firstRows(3);
    for (const row of rows) await list.select(list.rowById(row.id));
    const write = app.page.getByTestId('bulk-write-letter');
    expect(await write.getAttribute('aria-label')).toBe(tr('en', 'compose:entry.writeSelection', { formatted: '3' }));
    // Every action of the bar on one line, none cut short.
    const clipped = await app.page
      .getByTestId('bulk-bar')
      .locator('.mantine-Button-label, .mantine-Button-inner')
      .evaluateAll((labels) => labels.filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent));
    expect(clipped).toEqual([]);
    await app.screenshot('bulk-bar-letter');
    await write.click();
    await compose.screen().waitFor();
    expect(await compose.title().innerText()).toBe(tr('en', 'compose:recipients.fromSelection'));
    expect(await compose.recipientCount().innerText()).toBe(tr('en', 'compose:recipients.count', { count: 3, formatted: '3' }));

    await app.page.getByTestId(`segment-menu-${SEGMENT}`).click();
    await app.page.getByTestId('segment-write').click();
    await expect.poll(() => compose.title().innerText(), LONG).toBe(tr('en', 'compose:recipients.fromSegment', { name: SEGMENT }));
    expect(app.errors).toEqual([]);
  });
});
