import nodemailer from 'nodemailer';
import type { SMTPPoolOptions } from 'nodemailer';
import type { OutgoingMessage, SendResult, SmtpAccount } from '../../src-shared/mail/types';
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from '../../src-shared/mail/types';
import { classifyMailError } from './classifyMailError';
import { MailError } from './MailError';
import { mailOptions } from './mailOptions';
import type { Mailer, MailerOptions } from './types';

/**
 * Pool settings shared by the app and the mail-send benchmark's baseline, so the two are compared
 * like for like. maxRequeues 0: a message whose connection broke is never silently sent again by
 * nodemailer; the outbox decides (see classifyMailError).
 */
export const POOL_SETTINGS = {
  pool: true,
  maxConnections: 3,
  maxMessages: 100,
  maxRequeues: 0,
} as const;

/** Long enough for a slow provider, short enough that a dead one does not hold the queue. */
export const DEFAULT_TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 } as const;

export function smtpPoolOptions(account: SmtpAccount, options: MailerOptions = {}): SMTPPoolOptions & { pool: true } {
  const perMinute = account.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  return {
    ...POOL_SETTINGS,
    host: account.host,
    port: account.port,
    secure: account.secure,
    ...(account.user ? { auth: { user: account.user, pass: account.pass ?? '' } } : {}),
    // rateLimit counts messages per rateDelta ms; 0 (or leaving it unset) turns it off.
    ...(perMinute > 0 ? { rateDelta: 60_000, rateLimit: perMinute } : {}),
    ...DEFAULT_TIMEOUTS,
    ...options.timeouts,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

export function createSmtpMailer(account: SmtpAccount, options: MailerOptions = {}): Mailer {
  const transport = nodemailer.createTransport(smtpPoolOptions(account, options));
  const now = options.now ?? Date.now;
  // Which messages nodemailer has begun to stream to the server: set when the message stream
  // starts flowing, which happens only after the server answered DATA with 354. A connection that
  // breaks from then on may have delivered the message (see classifyMailError).
  const started = new Set<string>();
  transport.use('stream', (mail, callback) => {
    const id = mail.message.messageId();
    mail.message.processFunc((input) => {
      input.once('resume', () => started.add(id));
      return input;
    });
    callback();
  });

  return {
    async verify() {
      try {
        await transport.verify();
      } catch (err) {
        throw new MailError(classifyMailError(err, { messageStarted: false }));
      }
    },
    async send(message: OutgoingMessage): Promise<SendResult> {
      const options = mailOptions(message, new Date(now()));
      try {
        const info = await transport.sendMail(options);
        return {
          messageId: message.messageId,
          accepted: info.accepted.map(addressText),
          rejected: info.rejected.map(addressText),
          response: info.response,
        };
      } catch (err) {
        throw new MailError(classifyMailError(err, { messageStarted: started.has(message.messageId) }));
      } finally {
        started.delete(message.messageId);
      }
    },
    close() {
      transport.close();
    },
  };
}

const addressText = (a: string | { address: string }) => (typeof a === 'string' ? a : a.address);
