import PostalMime, { type Address, type Email, type Mailbox } from 'postal-mime';
import { htmlToText } from '../../letters/htmlToText';
import type { InquiryChannel, QualifyInput } from '../types';
import { dateHeaderToIso } from './dateHeader';
import { CaptureError } from './errors';
import { decodeLatinEntities } from './latinEntities';

/** What an .eml file gives the inbox. */
export interface ParsedEml {
  subject: string;
  /** The buyer's address: From, or Reply-To when From is a platform's no-reply sender. '' when none. */
  fromEmail: string;
  fromName: string;
  /** ISO 8601 with the sender's own offset from the Date header ("2026-11-26T03:12:00-05:00"); '' when absent. */
  receivedAt: string;
  /** The text part; else the HTML part turned into text (never HTML). */
  text: string;
  /** alibaba, madeInChina, rfq, website or email, from the sender and the subject. */
  channel: InquiryChannel;
  /** The message had no text part: `text` was made from its HTML. */
  htmlOnly: boolean;
  /** Names of attached files, for the salesperson's information (attachments are not stored). */
  attachments: string[];
}

/** One email, however many pictures it carries, is far below this. */
export const MAX_EML_BYTES = 25 * 1024 * 1024;
/** Where the header block must show itself: a file that does not start like a message is not one. */
const HEADER_PROBE_BYTES = 64 * 1024;
const HEADER_LINE = /^[!-9;-~]{1,76}:/;
const MESSAGE_HEADERS = new Set(['from', 'date', 'subject', 'message-id', 'received', 'return-path', 'mime-version', 'to', 'reply-to', 'sender', 'delivered-to']);

/**
 * Reads an .eml file (RFC 5322 message as saved by Outlook, Thunderbird, Apple Mail, Gmail's
 * "Download message", Foxmail): headers decoded (RFC 2047 words in any charset), body decoded
 * (quoted-printable, base64; GBK/GB18030, Big5, Shift_JIS, KOI8-R… through TextDecoder), the text
 * part preferred, HTML-only mail turned into text. `fileName`, when given, must end in .eml (or
 * have no extension). Throws CaptureError: emlEmpty, emlTooBig, notEml, emlBinary,
 * emlUnreadable, emlNoText.
 */
export async function parseEml(bytes: Uint8Array | ArrayBuffer, fileName = 'message.eml'): Promise<ParsedEml> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const file = fileName;
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension !== undefined && extension !== 'eml') throw new CaptureError('notEml', { file });
  if (data.length === 0) throw new CaptureError('emlEmpty', { file });
  if (data.length > MAX_EML_BYTES) throw new CaptureError('emlTooBig', { file, maxMb: MAX_EML_BYTES / (1024 * 1024) });
  checkLooksLikeMessage(data, file);

  let email: Email;
  try {
    email = await PostalMime.parse(data, { attachmentEncoding: 'arraybuffer' });
  } catch {
    throw new CaptureError('emlUnreadable', { file });
  }

  const plain = (email.text ?? '').replace(/^\uFEFF/, '');
  const htmlOnly = !plain.trim() && !!email.html?.trim();
  const text = htmlOnly ? decodeLatinEntities(htmlToText(email.html ?? '')) : plain;
  if (!text.trim()) throw new CaptureError('emlNoText', { file });

  const sender = senderOf(email);
  const rawDate = email.headers.find((h) => h.key === 'date')?.value ?? '';
  const subject = (email.subject ?? '').trim();
  return {
    subject,
    fromEmail: sender.address,
    fromName: sender.name,
    receivedAt: (rawDate && dateHeaderToIso(rawDate)) || isoOrEmpty(email.date),
    text: text.replace(/\r\n?/g, '\n'),
    channel: guessChannel(sender.address, email, subject),
    htmlOnly,
    attachments: email.attachments.map((a) => a.filename ?? '').filter(Boolean),
  };
}

/** The engine's input for a parsed email (what addInquiries takes). */
export function emlToInquiryInput(eml: ParsedEml): QualifyInput {
  const input: QualifyInput = { text: eml.text, channel: eml.channel };
  if (eml.subject) input.subject = eml.subject.slice(0, 2_000);
  if (eml.fromEmail) input.fromEmail = eml.fromEmail.slice(0, 320);
  if (eml.fromName) input.fromName = eml.fromName.slice(0, 400);
  if (eml.receivedAt) input.receivedAt = eml.receivedAt;
  return input;
}

/**
 * A message starts with header lines ("Name: value", folded lines starting with a space), and
 * has at least one of the headers every mail program writes. No 8-bit mail has NUL bytes in it.
 */
function checkLooksLikeMessage(data: Uint8Array, file: string): void {
  const probe = data.subarray(0, HEADER_PROBE_BYTES);
  if (probe.indexOf(0) !== -1) throw new CaptureError('emlBinary', { file });
  const head = new TextDecoder('utf-8').decode(probe).replace(/^\uFEFF/, '');
  if (/[\ufffd]/.test(head.slice(0, 200)) && !/^[!-9;-~]+:/.test(head)) throw new CaptureError('emlBinary', { file });
  const lines = head.split(/\r?\n/);
  // A long header block (Received chains, DKIM) may run past the probe: its cut last line says nothing.
  if (data.length > probe.length) lines.pop();
  const names = new Set<string>();
  for (const line of lines) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) continue;
    if (!HEADER_LINE.test(line)) {
      // The mbox "From " separator some programs leave at the top.
      if (names.size === 0 && line.startsWith('From ')) continue;
      throw new CaptureError('notEml', { file });
    }
    names.add(line.slice(0, line.indexOf(':')).trim().toLowerCase());
  }
  if (![...names].some((n) => MESSAGE_HEADERS.has(n))) throw new CaptureError('notEml', { file });
}

const NO_REPLY = /^(no-?reply|noreply|do-?not-?reply|notification|notifications|service|system|mailer-daemon)[@+]/i;

function firstMailbox(address: Address | undefined): Mailbox | undefined {
  if (!address) return undefined;
  return address.group ? address.group[0] : address;
}

/** Senders that are a platform or a web form, not the buyer. */
const PLATFORM_DOMAIN = /(^|\.)(alibaba|alibaba-inc|made-in-china|globalsources|aliexpress)\.com$/;

/** From; Reply-To when From is a no-reply or platform address (notifications and web forms write the buyer there). */
function senderOf(email: Email): { address: string; name: string } {
  const from = firstMailbox(email.from);
  const replyTo = firstMailbox(email.replyTo?.[0]);
  const fromIsService = !!from && (NO_REPLY.test(from.address) || PLATFORM_DOMAIN.test(from.address.split('@')[1]?.toLowerCase() ?? ''));
  const pick = replyTo && (!from || fromIsService) ? replyTo : from;
  return { address: (pick?.address ?? '').trim().toLowerCase(), name: (pick?.name ?? '').trim() };
}

function guessChannel(address: string, email: Email, subject: string): InquiryChannel {
  const fromDomain = firstMailbox(email.from)?.address.toLowerCase().split('@')[1] ?? '';
  const domain = address.split('@')[1] ?? '';
  if (/(^|\.)alibaba(-inc)?\.com$/.test(fromDomain) || /(^|\.)alibaba\.com$/.test(domain)) return /\bRFQ\b/i.test(subject) ? 'rfq' : 'alibaba';
  if (/(^|\.)made-in-china\.com$/.test(fromDomain)) return 'madeInChina';
  if (/\b(RFQ|request for quotation)\b/i.test(subject)) return 'rfq';
  if (/\b(contact form|website inquiry|web form|new submission|form submission)\b/i.test(subject)) return 'website';
  return 'email';
}

function isoOrEmpty(date: string | undefined): string {
  if (!date) return '';
  const t = Date.parse(date);
  return Number.isFinite(t) ? new Date(t).toISOString() : '';
}
