import type { SendMailOptions } from 'nodemailer';
import type { OutgoingMessage } from '../../src-shared/mail/types';
import { checkedAddress } from './address';
import { invalidMessage } from './MailError';

const MESSAGE_ID = /^<[^<>\s@]+@[^<>\s@]+>$/;

/**
 * The nodemailer options for one letter to one person, the same for SMTP and the .eml outbox.
 * - `to` is a single { name, address } object: nodemailer encodes the name as a display name and
 *   never parses it, so a name like `Evil <a@b.com>, c@d.com` stays a name;
 * - the envelope is set explicitly to that one address, so whatever the headers say, the server
 *   is asked for exactly one RCPT TO;
 * - no cc, no bcc, no attachments; file and URL access are off, so no content can make nodemailer
 *   read a local file or fetch a URL.
 */
export function mailOptions(message: OutgoingMessage, date: Date, extraHeaders: Record<string, string> = {}): SendMailOptions {
  if (!MESSAGE_ID.test(message.messageId)) throw invalidMessage(`not a Message-ID: ${JSON.stringify(message.messageId)}`);
  const from = checkedAddress('from', message.from);
  const to = checkedAddress('to', message.to);
  const replyTo = message.replyTo ? checkedAddress('replyTo', message.replyTo) : undefined;
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(message.language)) {
    throw invalidMessage(`not a language tag: ${JSON.stringify(message.language)}`);
  }
  if (message.listUnsubscribe !== undefined && !/^mailto:[^\s<>]+$/.test(message.listUnsubscribe)) {
    throw invalidMessage('List-Unsubscribe must be one mailto: link');
  }
  return {
    messageId: message.messageId,
    date,
    from,
    to,
    ...(replyTo ? { replyTo } : {}),
    envelope: { from: from.address, to: [to.address] },
    subject: message.subject,
    text: message.text,
    html: message.html,
    ...(message.listUnsubscribe ? { list: { unsubscribe: message.listUnsubscribe } } : {}),
    headers: { 'Content-Language': message.language, ...extraHeaders },
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
