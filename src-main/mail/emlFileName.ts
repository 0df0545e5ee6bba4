import { createHash } from 'node:crypto';

/** How many hex digits of the Message-ID's hash name a file: 48 bits, no clash in any real outbox. */
const ID_DIGITS = 12;

/** The part of an .eml file name that stands for its Message-ID, the same every time. */
export function emlIdTag(messageId: string): string {
  return createHash('sha256').update(messageId).digest('hex').slice(0, ID_DIGITS);
}

/** Reads the Message-ID tag back out of a file name this module made, or null. */
export function tagOfEmlFile(fileName: string): string | null {
  const match = new RegExp(` ([0-9a-f]{${ID_DIGITS}})\\.eml$`).exec(fileName);
  return match?.[1] ?? null;
}

/**
 * `<yyyy-mm-dd HHmm> <recipient> <id tag>.eml`, in local time, so the folder sorts by when the
 * letters were written and the salesperson sees whom each is for. The recipient part is made safe
 * for Windows, macOS and Linux file names.
 */
export function emlFileName(date: Date, recipient: string, messageId: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}${pad(date.getMinutes())}`;
  return `${stamp} ${sanitiseForFileName(recipient) || 'letter'} ${emlIdTag(messageId)}.eml`;
}

/** Characters Windows forbids, controls, bidi overrides; trailing dots and spaces; at most 60 characters. */
export function sanitiseForFileName(text: string): string {
  const cleaned = [...text.normalize('NFC')]
    .map((ch) => (ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 ? ' ' : ch))
    .join('')
    .replace(/[/\\:*?"<>|\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return [...cleaned].slice(0, 60).join('').replace(/[. ]+$/u, '');
}
