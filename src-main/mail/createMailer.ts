import type { MailAccount } from '../../src-shared/mail/types';
import { createEmlMailer } from './emlMailer';
import { createSmtpMailer } from './smtpMailer';
import type { Mailer, MailerOptions } from './types';

/**
 * The way out for one account: `{ eml: folder }` writes .eml files (the default, no setup), an SMTP
 * account sends through a pooled nodemailer transport with a rate limit. Plain Node: no Electron.
 */
export function createMailer(account: MailAccount, options: MailerOptions = {}): Mailer {
  return 'eml' in account ? createEmlMailer(account, options) : createSmtpMailer(account, options);
}
