import type { QualifyInput } from './types';

/**
 * What makes two captured inquiries the same message: its text, sender, subject and received time,
 * with line endings and runs of spaces evened out (an .eml saved twice, or by two mail programs,
 * a spreadsheet imported again). Country, channel and platform fields are what is known about the
 * message, not the message, and are left out.
 */
export function inquiryIdentity(input: QualifyInput): string {
  const even = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  return JSON.stringify([even(input.text), (input.fromEmail ?? '').trim().toLowerCase(), even(input.subject), (input.receivedAt ?? '').trim()]);
}

/**
 * A fixed-length key for the inbox's index: SHA-256 (Web Crypto, in browsers and Node alike) of
 * inquiryIdentity, in hex. The raw text can be megabytes; the key is 64 characters.
 */
export async function inquiryFingerprint(input: QualifyInput): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(inquiryIdentity(input)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
