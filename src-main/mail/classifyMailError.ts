import type { MailFailure } from '../../src-shared/mail/types';
import { MailError } from './MailError';

/**
 * Turns what nodemailer (10.x, pooled SMTP, maxRequeues 0) rejects with into what the outbox acts
 * on. The shapes below were measured against smtp-server 3.21 on 127.0.0.1
 * (test/main/mail/errorShapes.test.ts keeps them honest):
 *
 * | situation                              | code         | command      | responseCode | other                              |
 * | -------------------------------------- | ------------ | ------------ | ------------ | ---------------------------------- |
 * | wrong password                         | EAUTH        | 'AUTH PLAIN' | 535          | permanent: true                    |
 * | no credentials, server wants them      | EENVELOPE    | 'MAIL FROM'  | 530          |                                    |
 * | 451 at MAIL FROM                       | EENVELOPE    | 'MAIL FROM'  | 451          | permanent: false                   |
 * | 450 / 550 at RCPT TO                   | EENVELOPE    | 'RCPT TO'    | 450 / 550    | rejected: [address], rejectedErrors|
 * | 452 / 554 after the final dot          | EMESSAGE     | 'DATA'       | 452 / 554    |                                    |
 * | connection refused                     | ESOCKET      | 'CONN'       | –            | originalCode: 'ECONNREFUSED'       |
 * | unknown host                           | EDNS         | 'CONN'       | –            | originalCode: 'ENOTFOUND'          |
 * | no greeting in time                    | ETIMEDOUT    | 'CONN'       | –            | timeoutType: 'GREETING_TIMEOUT'    |
 * | closed before the greeting             | ECONNECTION  | –            | –            | "Reached maximum number of retries"|
 * | closed while RCPT TO was pending       | ECONNECTION  | 'CONN'       | –            | "Connection closed unexpectedly"   |
 * | socket reset in the middle of DATA     | ESOCKET      | 'CONN'       | –            | originalCode: 'ECONNRESET'         |
 * | closed after the final dot, no reply   | ECONNECTION  | 'CONN'       | –            | "Connection closed unexpectedly"   |
 * | no reply after the final dot, in time  | ETIMEDOUT    | 'CONN'       | –            | timeoutType: 'SOCKET_TIMEOUT'      |
 *
 * A broken connection looks the same whether it broke at RCPT TO or in the middle of DATA
 * (command is 'CONN' for both), so the error alone cannot say whether the message may have gone.
 * The mailer therefore tells us: `messageStarted` is true once nodemailer began streaming the
 * message body to the server (after the 354 reply to DATA). Unknown (undefined) is treated as
 * "may have gone": a duplicate letter is worse than asking the salesperson.
 */
export function classifyMailError(err: unknown, context: { messageStarted?: boolean } = {}): MailFailure {
  if (err instanceof MailError) return err.failure;
  const e = (typeof err === 'object' && err !== null ? err : {}) as {
    code?: unknown;
    command?: unknown;
    responseCode?: unknown;
    response?: unknown;
    message?: unknown;
    rejected?: unknown;
    recipient?: unknown;
  };
  const code = typeof e.code === 'string' ? e.code : undefined;
  const command = typeof e.command === 'string' ? e.command.toUpperCase() : undefined;
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const message = (typeof e.response === 'string' && e.response) || (typeof e.message === 'string' && e.message) || String(err);
  const base = responseCode === undefined ? { message } : { message, responseCode };

  // 530 is "authentication required" (sent at MAIL FROM when we did not log in), 534 "mechanism too
  // weak", 535 "credentials invalid": all mean the account, not this message, is wrong.
  if (code === 'EAUTH' || code === 'ENOAUTH' || code === 'EOAUTH2' || responseCode === 530 || responseCode === 534 || responseCode === 535) {
    return { kind: 'auth', ...base };
  }
  if (responseCode !== undefined && responseCode >= 400 && responseCode < 500) return { kind: 'temporary', ...base };
  if (responseCode !== undefined && responseCode >= 500) {
    const atRecipient = command === 'RCPT TO' || (code === 'EENVELOPE' && command !== 'MAIL FROM' && command !== 'DATA');
    if (!atRecipient) return { kind: 'permanent', ...base };
    const badAddress = rejectedAddress(e);
    return badAddress === undefined ? { kind: 'permanent', ...base } : { kind: 'permanent', ...base, badAddress };
  }
  if (code === 'EENVELOPE' || code === 'EMAXRECIPIENTS' || code === 'EFILEACCESS' || code === 'EURLACCESS') {
    return { kind: 'invalid', message };
  }
  // No server reply: the connection failed or broke. Before the body was handed over the message
  // certainly did not go; from then on it may have.
  if (context.messageStarted === false) return { kind: 'network', message };
  if (context.messageStarted === undefined && failedBeforeSession(code, e)) return { kind: 'network', message };
  return { kind: 'uncertain', message };
}

/** Errors that can only happen before an SMTP session existed, so nothing was handed over. */
function failedBeforeSession(code: string | undefined, e: { message?: unknown } & Record<string, unknown>): boolean {
  if (code === 'EDNS' || code === 'ETLS' || code === 'EPROXY') return true;
  const original = typeof e['originalCode'] === 'string' ? e['originalCode'] : undefined;
  if (original === 'ECONNREFUSED' || original === 'ENOTFOUND' || original === 'EHOSTUNREACH' || original === 'ENETUNREACH') return true;
  const timeout = e['timeoutType'];
  return timeout === 'CONNECT_TIMEOUT' || timeout === 'GREETING_TIMEOUT' || timeout === 'UPGRADE_TIMEOUT';
}

function rejectedAddress(e: { rejected?: unknown; recipient?: unknown }): string | undefined {
  if (Array.isArray(e.rejected) && typeof e.rejected[0] === 'string') return e.rejected[0];
  return typeof e.recipient === 'string' ? e.recipient : undefined;
}
