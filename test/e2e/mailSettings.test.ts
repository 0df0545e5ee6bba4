import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import type { TestServer } from '../main/mail/smtpTestServer';
import { startTestServer } from '../main/mail/smtpTestServer';
import { useApp } from './harness/fixture';
import { REPO } from './harness/paths';
import { tr } from './harness/strings';
import { ACTION_TIMEOUT, dismissNotifications, LONG, MailSettingsPage, notification, SettingsPage } from './pages';

/**
 * Settings → Mail account against a real smtp-server on 127.0.0.1: save an SMTP account, verify
 * it, a wrong password in the user's words, and a computer that can only keep the password in
 * plain text (the fake shell's secret status), where "this session only" keeps nothing on disk.
 */

const PASSWORD = 'right-password';
/** The default pack: one folder with a template.json per template. */
const PACK_SIZE = readdirSync(join(REPO, 'resources', 'templates'), { withFileTypes: true }).filter(
  (e) => e.isDirectory() && existsSync(join(REPO, 'resources', 'templates', e.name, 'template.json')),
).length;
const T = (key: string, vars?: Record<string, unknown>) => tr('en', key, vars);

describe('mail settings', () => {
  let server: TestServer;
  const app = useApp({
    locale: 'en-US',
    // Main's files (mail-account.json) in the app's temp folder, not in the path the screenshots show.
    handlers: (shell, dirs) => createHandlers(shell, { dataPath: join(dirs.root, 'main-data') }),
  });
  const mail = new MailSettingsPage(app);
  const settings = new SettingsPage(app);

  beforeAll(async () => {
    server = await startTestServer({ password: PASSWORD });
    app.context.setDefaultTimeout(ACTION_TIMEOUT);
  });
  afterAll(async () => {
    await server?.close();
  });

  const account = () => ({
    host: '127.0.0.1',
    port: server.port,
    secure: false,
    user: 'sales@tradewind.example',
    fromName: 'Li Wei',
    fromAddress: 'sales@tradewind.example',
  });

  it('keeps the sender profile, refusing an invalid email', async () => {
    await mail.open();
    await app.page.getByTestId('profile-salesperson-name').fill('Li Wei');
    await app.page.getByTestId('profile-salesperson-email').fill('li.wei@');
    await mail.profileCard().getByText(T('mailSettings:profile.emailInvalid')).waitFor();
    expect(await app.page.getByTestId('profile-save').isDisabled()).toBe(true);
    await app.page.getByTestId('profile-salesperson-email').fill('li.wei@tradewind.example');
    await app.page.getByTestId('profile-company-name').fill('Ningbo Tradewind Housewares Co., Ltd.');
    await app.page.getByTestId('profile-save').click();
    await notification(app.page, T('mailSettings:profile.saved')).first().waitFor();
    await app.reload();
    await mail.open();
    expect(await app.page.getByTestId('profile-salesperson-email').inputValue()).toBe('li.wei@tradewind.example');
    expect(await app.page.getByTestId('profile-company-name').inputValue()).toBe('Ningbo Tradewind Housewares Co., Ltd.');
    expect(app.errors).toEqual([]);
  });

  it('holds back recent customers for the days chosen, and restores the default templates', async () => {
    const days = app.page.getByTestId('recent-contact-days');
    await days.fill('7');
    await days.blur();
    await expect.poll(() => mail.lettersCard().innerText(), LONG).toContain(T('mailSettings:letters.recentDaysHint', { count: 7 }));
    await app.page.getByTestId('restore-templates').click();
    await app.page.getByTestId('restore-templates-confirm').click();
    await notification(app.page, T('mailSettings:letters.restored', { count: PACK_SIZE })).first().waitFor();
    await app.reload();
    await mail.open();
    expect(await days.inputValue()).toBe('7');
    await mail.lettersCard().scrollIntoViewIfNeeded();
    await dismissNotifications(app.page);
    await app.screenshot('settings-letters');
    expect(app.errors).toEqual([]);
  });

  it('starts with the .eml outbox, which needs no account, signed from the profile', async () => {
    expect(await app.page.getByTestId('mail-mode-eml').isChecked()).toBe(true);
    expect(await app.page.getByTestId('mail-from-address').inputValue()).toBe('li.wei@tradewind.example');
    expect(await app.page.getByTestId('eml-folder').innerText()).toMatch(/Outbox$/);
    await app.page.getByTestId('eml-open').click();
    await expect.poll(() => app.shell.openedPaths.length, LONG).toBe(1);
    expect(app.errors).toEqual([]);
  });

  it('saves an SMTP account and verifies it against the local server', async () => {
    await mail.fillSmtp({ ...account(), password: PASSWORD });
    await mail.save();
    expect(await mail.passwordState().innerText()).toBe(T('mailSettings:account.passwordState.stored'));
    // The stored password never comes back to the page.
    expect(await mail.password().inputValue()).toBe('');
    const result = await mail.verify();
    expect(await result.getAttribute('data-ok')).toBe('true');
    expect(await result.innerText()).toContain(T('mailSettings:account.verifyOk'));
    await mail.card().scrollIntoViewIfNeeded();
    await dismissNotifications(app.page);
    await app.screenshot('mail-settings');
    expect(app.errors).toEqual([]);
  });

  it('says in plain words that the server refused a wrong password', async () => {
    await mail.password().fill('wrong-password');
    const result = await mail.verify();
    expect(await result.getAttribute('data-ok')).toBe('false');
    expect(await result.getAttribute('data-kind')).toBe('auth');
    const text = await result.innerText();
    expect(text).toContain(T('mailSettings:failure.auth.title'));
    expect(text).toContain(T('mailSettings:failure.auth.body'));
    expect(text).toContain('535');
    expect(app.errors).toEqual([]);
  });

  it('asks before keeping a password in plain text, and "this session only" works', async () => {
    // The page loaded while encryption worked: main's refusal (plainTextSecret) brings the question.
    app.shell.secretStatus = { available: true, backend: 'basic_text', plainText: true };
    await mail.password().fill(PASSWORD);
    await mail.saveButton().click();
    await mail.plainTextQuestion().waitFor();
    expect(await app.page.getByRole('dialog').innerText()).toContain(T('mailSettings:plainText.title'));
    await app.page.getByTestId('plain-text-session').click();
    await expect.poll(() => mail.passwordState().innerText(), LONG).toBe(T('mailSettings:account.passwordState.session'));
    const result = await mail.verify();
    expect(await result.getAttribute('data-ok')).toBe('true');
    expect(app.errors).toEqual([]);
  });

  it('warns ahead when the computer cannot encrypt, and asks before sending the password', async () => {
    await app.reload();
    await mail.open();
    await mail.plainTextWarning().waitFor();
    const saves = app.ipc.filter((c) => c.channel === 'mail:setAccount').length;
    await mail.password().fill(PASSWORD);
    await mail.saveButton().click();
    await mail.plainTextQuestion().waitFor();
    // Asked before anything was sent to main.
    expect(app.ipc.filter((c) => c.channel === 'mail:setAccount').length).toBe(saves);
    await app.page.getByTestId('plain-text-cancel').click();
    await expect.poll(() => mail.plainTextQuestion().count(), LONG).toBe(0);
    expect(app.ipc.filter((c) => c.channel === 'mail:setAccount').length).toBe(saves);
    expect(await mail.saveButton().isEnabled()).toBe(true);
    expect(app.errors).toEqual([]);
  });

  it('shows the mail settings in Chinese', async () => {
    await app.page.getByTestId('mail-discard').click();
    await settings.setLanguage('zh-CN');
    await mail.card().scrollIntoViewIfNeeded();
    await dismissNotifications(app.page);
    await app.screenshot('mail-settings');
    expect(await mail.card().innerText()).toContain(tr('zh-CN', 'mailSettings:account.title'));
    expect(app.errors).toEqual([]);
  });
});
