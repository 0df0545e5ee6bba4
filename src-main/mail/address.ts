import type { MailAddress } from '../../src-shared/mail/types';
import { invalidMessage } from './MailError';

/**
 * One plain addr-spec: something@domain, nothing else. No display name, no list, no quotes, no
 * comments, no angle brackets, no whitespace or control characters. The contract's zod schema
 * already refuses most of these; this is the mailer's own guard for callers that skip dispatch
 * (benchmarks, scripts), since a second address here would be a second recipient.
 */
const PLAIN_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/u;

/** Control characters (C0 and DEL): never part of an address or a display name. */
export const hasControlCharacter = (text: string): boolean =>
  [...text].some((ch) => {
    const code = ch.charCodeAt(0);
    return code < 32 || code === 127;
  });

export function isPlainAddress(address: string): boolean {
  return address.length <= 254 && !hasControlCharacter(address) && PLAIN_ADDRESS.test(address);
}

/** The address as nodemailer should take it: an object, so the name is encoded, never parsed. */
export function checkedAddress(field: string, value: MailAddress): { name: string; address: string } {
  if (!isPlainAddress(value.address)) throw invalidMessage(`${field}: not one plain email address: ${JSON.stringify(value.address)}`);
  // Line breaks in a display name would be folded away by nodemailer, but refuse them anyway: no
  // legitimate name has one, and a header is the last place to be lenient.
  if (hasControlCharacter(value.name)) throw invalidMessage(`${field}: the display name holds a line break or a control character`);
  return { name: value.name, address: value.address };
}
