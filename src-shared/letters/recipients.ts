import type { Contact, Customer } from '../customer/customer';
import type { RecipientProblem, RenderedLetter, TemplateKind } from './types';

const DAY = 86_400_000;

/**
 * One plain address and nothing else. Anything that could smuggle a display name or a second
 * recipient into a header is refused: angle brackets, commas, semicolons, quotes, parentheses,
 * whitespace and control characters.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const PLAIN_ADDRESS = /^[^\s<>,;:"'()[\]\\@\u0000-\u001f\u007f]+@[^\s<>,;:"'()[\]\\@\u0000-\u001f\u007f.]+(?:\.[^\s<>,;:"'()[\]\\@\u0000-\u001f\u007f.]+)+$/;

/** The last answer: a letter checks the same address three times (primaryContact, buildLetterData, checkRecipient). */
let lastAddress = '';
let lastAnswer = false;

export function isPlainEmail(address: string): boolean {
  if (address === lastAddress) return lastAnswer;
  // \s covers U+2028/U+2029 (line and paragraph separators) as well as CR, LF and tabs.
  const answer = address.length <= 254 && PLAIN_ADDRESS.test(address);
  lastAddress = address;
  lastAnswer = answer;
  return answer;
}

/** The address a letter to this contact goes to: the first valid one, else null. */
export function contactEmail(contact: Pick<Contact, 'emails'>): string | null {
  // A record that crossed IPC or came from an old import may hold anything here.
  const emails: unknown = contact.emails;
  if (!Array.isArray(emails)) return null;
  for (const e of emails) {
    const address = typeof e === 'string' ? e.trim() : '';
    if (isPlainEmail(address)) return address;
  }
  return null;
}

/** The first contact with a valid address, and that address; null when nobody can be written to. */
export function primaryContact(customer: Pick<Customer, 'contacts'>): { contact: Contact; email: string } | null {
  const contacts: unknown = customer.contacts;
  if (!Array.isArray(contacts)) return null;
  for (const contact of contacts as Contact[]) {
    if (typeof contact !== 'object' || contact === null) continue;
    const email = contactEmail(contact);
    if (email) return { contact, email };
  }
  return null;
}

/**
 * Replies to the customer's own request: an unsubscribe flag stops marketing, not the answer to
 * an inquiry, a quotation they asked for, or the follow-up of samples they requested. Every
 * other kind (development, festival, reorder, closure notices, custom letters) respects it.
 */
const REPLY_KINDS: ReadonlySet<TemplateKind> = new Set(['inquiryReply', 'quoteCover', 'quoteFollowUp', 'sampleFollowUp']);

export interface RecipientCheck {
  customer: Pick<Customer, 'lastContactAt'>;
  contact: Pick<Contact, 'emails' | 'unsubscribed'> | null;
  letter: RenderedLetter;
  kind: TemplateKind;
  /** Addresses that bounced or complained, lower case. */
  bounced: ReadonlySet<string>;
  /** Hold back customers written to within this many days; 0 turns the check off. */
  recentDays: number;
  now: number;
}

/** Why this recipient's letter should not go (empty: it may go). */
export function checkRecipient(check: RecipientCheck): RecipientProblem[] {
  const { contact, letter } = check;
  const address = contact ? contactEmail(contact) : null;
  const bounced = address !== null && check.bounced.size > 0 && check.bounced.has(address.toLowerCase());
  const unsubscribed = Boolean(contact?.unsubscribed) && !REPLY_KINDS.has(check.kind);
  const last = check.customer.lastContactAt;
  const recent = check.recentDays > 0 && typeof last === 'number' && check.now - last < check.recentDays * DAY;
  // Most recipients of a batch have nothing to report: answer them without building the list.
  if (address !== null && letter.missing.length === 0 && !bounced && !unsubscribed && !recent) return [];
  const problems: RecipientProblem[] = [];
  for (const field of letter.missing) problems.push({ code: 'missingField', field });
  if (address === null) {
    const first = firstNonEmptyAddress(contact?.emails);
    problems.push(first ? { code: 'invalidEmail', address: first } : { code: 'noEmail' });
  } else if (bounced) {
    problems.push({ code: 'bouncedAddress', address });
  }
  if (unsubscribed) problems.push({ code: 'unsubscribed' });
  if (recent) problems.push({ code: 'recentlyContacted', days: check.recentDays, at: last as number });
  return problems;
}

/** The first address typed on the contact, trimmed, valid or not ('' when there is none). */
function firstNonEmptyAddress(emails: unknown): string {
  if (!Array.isArray(emails)) return '';
  for (const e of emails) {
    const address = typeof e === 'string' ? e.trim() : '';
    if (address) return address;
  }
  return '';
}
