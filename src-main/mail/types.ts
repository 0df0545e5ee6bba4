import type { OutgoingMessage, SendResult } from '../../src-shared/mail/types';

/** One account's way out: SMTP through a pooled transport, or .eml files in a folder. */
export interface Mailer {
  /** SMTP: connect and log in, send nothing. .eml: the folder can be created and written. */
  verify(): Promise<void>;
  /**
   * Sends one message to its one recipient. Throws MailError (with `.failure`) when it did not go;
   * the .eml outbox throws the file system's own error (with its errno `code`) when the folder
   * cannot be written.
   */
  send(message: OutgoingMessage): Promise<SendResult>;
  /** Closes the pool; messages being delivered finish first. */
  close(): void;
}

export interface MailerOptions {
  /** The clock for the Date header and .eml file names. */
  now?: () => number;
  /** Override the SMTP timeouts (tests). */
  timeouts?: { connectionTimeout?: number; greetingTimeout?: number; socketTimeout?: number };
}
