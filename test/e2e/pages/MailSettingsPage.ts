import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { PageObject } from './PageObject';
import { LONG, notification } from './waits';

export interface SmtpSettings {
  host: string;
  port: number;
  /** SSL/TLS (true) or STARTTLS (false). */
  secure: boolean;
  user: string;
  password?: string;
  fromName?: string;
  fromAddress: string;
}

/** Settings → Sender profile, Mail account and Letters. */
export class MailSettingsPage extends PageObject {
  card(): Locator {
    return this.page.getByTestId('mail-account-card');
  }
  profileCard(): Locator {
    return this.page.getByTestId('sender-profile-card');
  }
  lettersCard(): Locator {
    return this.page.getByTestId('letters-settings-card');
  }

  /** Opens Settings and waits until the mail account has loaded from main. */
  async open(): Promise<void> {
    await this.app.goto('/settings');
    await this.page.getByTestId('mail-mode').waitFor();
  }

  async chooseSmtp(): Promise<void> {
    await this.page.getByTestId('mail-mode-smtp').check();
    await this.page.getByTestId('smtp-host').waitFor();
  }

  async fillSmtp(s: SmtpSettings): Promise<void> {
    await this.chooseSmtp();
    await this.page.getByTestId('smtp-host').fill(s.host);
    const security = this.page.getByTestId('smtp-security');
    await security.getByText(await this.t(s.secure ? 'mailSettings:account.ssl' : 'mailSettings:account.starttls'), { exact: true }).click();
    await this.page.getByTestId('smtp-port').fill(String(s.port));
    await this.page.getByTestId('smtp-user').fill(s.user);
    if (s.password !== undefined) await this.password().fill(s.password);
    if (s.fromName !== undefined) await this.page.getByTestId('mail-from-name').fill(s.fromName);
    await this.page.getByTestId('mail-from-address').fill(s.fromAddress);
  }

  password(): Locator {
    return this.page.getByTestId('smtp-password');
  }
  passwordState(): Locator {
    return this.page.getByTestId('password-state');
  }
  saveButton(): Locator {
    return this.page.getByTestId('mail-save');
  }

  /** Saves and waits for the "saved" notification. */
  async save(): Promise<void> {
    await this.saveButton().click();
    await notification(this.page, await this.t('mailSettings:account.saved')).first().waitFor();
    await expect.poll(() => this.saveButton().isDisabled(), LONG).toBe(true);
  }

  /** Verify account (saves first when the form has changes); answers the result element. */
  async verify(): Promise<Locator> {
    const result = this.page.getByTestId('verify-result');
    await this.page.getByTestId('mail-verify').click();
    await result.waitFor(LONG);
    return result;
  }

  plainTextQuestion(): Locator {
    return this.page.getByTestId('plain-text-question');
  }
  plainTextWarning(): Locator {
    return this.page.getByTestId('plain-text-warning');
  }
}
