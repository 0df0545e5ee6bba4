/**
 * The mail contract between the renderer's outbox and main's mailer (src-main/mail).
 * One message has exactly one recipient: there is no list anywhere in this shape.
 */

export interface MailAddress {
  name: string;
  address: string;
}

/** One rendered letter, ready to go to one person. */
export interface OutgoingMessage {
  /** Assigned when the message is queued, e.g. "<uuid@example.com>"; the server sees this one. */
  messageId: string;
  from: MailAddress;
  to: MailAddress;
  replyTo?: MailAddress;
  subject: string;
  html: string;
  text: string;
  /** Content-Language, e.g. "es". */
  language: string;
  /** mailto: URL for development letters; becomes the List-Unsubscribe header. */
  listUnsubscribe?: string;
}

/** SMTP account as createMailer takes it. */
export interface SmtpAccount {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  pass?: string;
  /** Messages per minute; default 20. 0 turns the limit off (benchmarks). */
  rateLimitPerMinute?: number;
}
/** No account: every message is written as an .eml file into this folder. */
export interface EmlAccount {
  eml: string;
}
export type MailAccount = SmtpAccount | EmlAccount;

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 20;

/**
 * Why a send failed, as the outbox acts on it:
 * - auth: the server refused the login; pause the queue, the message was not sent;
 * - temporary: 4xx; retry later with backoff;
 * - permanent: 5xx; the message failed; `badAddress` when the server refused the recipient;
 * - network: could not reach or talk to the server before the message was handed over; retry later;
 * - uncertain: the connection broke while the message was being handed over; it may have gone,
 *   so it is never resent without the salesperson's word;
 * - invalid: the message itself is malformed (bad address); never retried;
 * - folder: with no account, the .eml outbox folder cannot be written; nothing was written, and
 *   like auth it is a setting to fix, so the queue pauses.
 */
export type MailFailureKind = 'auth' | 'temporary' | 'permanent' | 'network' | 'uncertain' | 'invalid' | 'folder';

export interface SendResult {
  messageId: string;
  accepted: string[];
  rejected: string[];
  /** For the .eml outbox: the file written. */
  path?: string;
  /** The server's last reply, e.g. "250 2.0.0 OK". */
  response?: string;
}

export interface MailFailure {
  kind: MailFailureKind;
  /** SMTP reply code when there was one (535, 450, 550…). */
  responseCode?: number;
  /** The server's words or the system error, untranslated (shown as detail). */
  message: string;
  /** Set for permanent failures the server tied to the recipient address. */
  badAddress?: string;
}

/** What mail:send answers: sent, or failed with a kind the outbox acts on. */
export type SendOutcome = ({ status: 'sent' } & SendResult) | ({ status: 'failed' } & MailFailure);

/** What Settings shows and edits. The password never travels back to the renderer. */
export type MailAccountSettings =
  | { mode: 'eml'; folder: string; from: MailAddress }
  | {
      mode: 'smtp';
      host: string;
      port: number;
      secure: boolean;
      user: string;
      from: MailAddress;
      rateLimitPerMinute: number;
      /** A password is stored (or held for this session). */
      hasPassword: boolean;
    };

/** How main can keep the password, as Electron's safeStorage reports it. */
export interface SecretStorageStatus {
  /** safeStorage.isEncryptionAvailable() */
  available: boolean;
  /** Linux: safeStorage.getSelectedStorageBackend(); "basic_text" means no real encryption. */
  backend: string;
  /** True when what "encryption" gives is effectively plain text (unavailable or basic_text). */
  plainText: boolean;
}
