import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { EmlAccount, OutgoingMessage, SendResult } from '../../src-shared/mail/types';
import { writeFileAtomically } from '../files/saveFile';
import { MailError } from './MailError';
import { emlFileName, emlIdTag, tagOfEmlFile } from './emlFileName';
import { mailOptions } from './mailOptions';
import type { Mailer, MailerOptions } from './types';

/**
 * The default outbox, with no account at all: each letter becomes an .eml file that any mail
 * client opens. `X-Unsent: 1` makes Outlook (and Thunderbird's "Edit as new") open it as a draft
 * with a Send button, rather than as a received message.
 *
 * Idempotent per Message-ID: the file name ends with a tag derived from the Message-ID, so sending
 * the same message again (a retry, an "uncertain" message resent) returns the file already there.
 */
export function createEmlMailer(account: EmlAccount, options: MailerOptions = {}): Mailer {
  const folder = account.eml;
  const now = options.now ?? Date.now;
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  /** tag → file name, read from the folder once, then kept up to date. */
  let index: Promise<Map<string, string>> | null = null;
  /** Sends of the same Message-ID that overlap share one write. */
  const inFlight = new Map<string, Promise<SendResult>>();

  const loadIndex = () =>
    (index ??= readdir(folder)
      .catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return [] as string[];
        throw outboxError(folder, err);
      })
      .then((names) => {
        const map = new Map<string, string>();
        for (const name of names) {
          const tag = tagOfEmlFile(name);
          if (tag) map.set(tag, name);
        }
        return map;
      })
      .catch((err: unknown) => {
        index = null; // try again next time: the folder may become readable
        throw err;
      }));

  async function write(message: OutgoingMessage): Promise<SendResult> {
    const date = new Date(now());
    const options = mailOptions(message, date, { 'X-Unsent': '1' });
    const known = await loadIndex();
    const tag = emlIdTag(message.messageId);
    const existing = known.get(tag);
    const result = (path: string): SendResult => ({ messageId: message.messageId, accepted: [message.to.address], rejected: [], path });
    if (existing) return result(join(folder, existing));
    const info = await composer.sendMail(options);
    if (!Buffer.isBuffer(info.message)) throw new Error('nodemailer did not build the message into a buffer');
    const name = emlFileName(date, message.to.name || message.to.address, message.messageId);
    const path = join(folder, name);
    try {
      await writeFileAtomically(path, new Uint8Array(info.message));
    } catch (err) {
      throw outboxError(folder, err as NodeJS.ErrnoException);
    }
    known.set(tag, name);
    return result(path);
  }

  return {
    async verify() {
      const probe = join(folder, `.tradewind-write-test-${process.pid}`);
      try {
        await mkdir(folder, { recursive: true });
        await writeFile(probe, 'ok');
        await rm(probe, { force: true });
      } catch (err) {
        throw outboxError(folder, err as NodeJS.ErrnoException);
      }
    },
    send(message) {
      const pending = inFlight.get(message.messageId);
      if (pending) return pending;
      const p = write(message).finally(() => inFlight.delete(message.messageId));
      inFlight.set(message.messageId, p);
      return p;
    },
    close() {
      composer.close();
    },
  };
}

/**
 * The file system's error as a mail failure of kind `folder`, naming the folder and the errno. The
 * write is atomic (a temporary file, then a rename), so a letter that failed here was not written:
 * the outbox pauses and keeps it queued until the folder is fixed, rather than guessing it went.
 */
function outboxError(folder: string, err: NodeJS.ErrnoException): MailError {
  // Node's messages mostly start with the code already ("ENOTDIR: not a directory, scandir …").
  const reason = err.code && !err.message.startsWith(err.code) ? `${err.code}: ${err.message}` : err.message;
  return new MailError({ kind: 'folder', message: `Cannot write to the outbox folder ${folder} (${reason})` });
}
