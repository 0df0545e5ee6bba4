import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApp } from './harness/fixture';
import { followUpTemplate, hamburgBuyer, SENDER, seedOneBuyerBook } from './harness/oneBuyer';
import { storedOutbox } from './harness/records';
import { tr } from './harness/strings';
import { ACTION_TIMEOUT, ComposePage, dismissNotifications, LONG, OutboxPage, SettingsPage } from './pages';

/**
 * No account, and the .eml outbox folder cannot be written (here: a file stands where the folder
 * should be; for a user, a removed USB drive or a folder without permission). The letter was not
 * written, so it is neither sent nor uncertain: the outbox pauses and says why in the user's
 * language, keeps the letter queued, and after the folder is fixed and the salesperson resumes,
 * writes it exactly once.
 */

const TEMPLATE = followUpTemplate('e2e-eml-folder', 'Following up, {{customer.company}}');
const CUSTOMER = hamburgBuyer('eml-folder-customer');

describe('the .eml outbox folder cannot be written', () => {
  const app = useApp({ locale: 'en-US', timezoneId: 'Asia/Shanghai' });
  const compose = new ComposePage(app);
  const outbox = new OutboxPage(app);
  const settings = new SettingsPage(app);
  const from = { name: SENDER.salesperson.name, address: SENDER.salesperson.email };

  it('pauses sending and says why; after the folder is fixed and Resume, the letter is written once', async () => {
    app.context.setDefaultTimeout(ACTION_TIMEOUT);
    const blocker = join(app.root, 'not-a-folder');
    await writeFile(blocker, 'a file where the outbox folder should be');
    const blocked = join(blocker, 'Outbox');
    await seedOneBuyerBook(app, TEMPLATE, [CUSTOMER]);
    expect((await app.invoke('mail:setAccount', { account: { mode: 'eml', folder: blocked, from } })).ok).toBe(true);

    await compose.reviewFor(CUSTOMER.id, TEMPLATE.id);
    await compose.send();

    await outbox.open();
    await outbox.pausedBanner().waitFor();
    const banner = await outbox.pausedBanner().innerText();
    expect(banner).toContain(tr('en', 'outbox:paused.bodyFolder'));
    expect(banner).toContain(blocked);
    expect(banner).not.toContain(tr('en', 'outbox:paused.body'));
    const [letter] = await storedOutbox(app);
    expect(letter).toMatchObject({ status: 'queued', to: 'lena@hamburg-kuechen.de' });
    await dismissNotifications(app.page);
    await app.screenshot('outbox-folder-paused');

    await settings.open();
    await settings.setLanguage('zh-CN');
    await outbox.open();
    await outbox.pausedBanner().waitFor();
    expect(await outbox.pausedBanner().innerText()).toContain(tr('zh-CN', 'outbox:paused.bodyFolder'));
    await app.screenshot('outbox-folder-paused');

    // Fixed: a folder that can be written. Resume, and the letter is written, once.
    const fixed = join(app.root, 'Outbox');
    expect((await app.invoke('mail:setAccount', { account: { mode: 'eml', folder: fixed, from } })).ok).toBe(true);
    await app.page.getByTestId('outbox-resume').click();
    await expect.poll(async () => (await storedOutbox(app))[0]?.status, LONG).toBe('sent');
    await expect.poll(() => outbox.pausedBanner().count(), LONG).toBe(0);
    expect(await readdir(fixed)).toEqual([expect.stringMatching(/Lena Vogel [0-9a-f]{12}\.eml$/) as unknown]);
    expect(app.errors).toEqual([]);
  });
});
