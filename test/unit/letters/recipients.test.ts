import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../src-shared/customer/customer';
import { checkRecipient, isPlainEmail, primaryContact, type RecipientCheck } from '../../../src-shared/letters';
import { JUNE_1 } from './fixtures';

const DAY = 86_400_000;
const contact = (emails: string[], extra: Partial<Contact> = {}): Contact => ({ id: 'c', name: 'Maria', title: '', emails, phones: [], whatsapp: '', ...extra });
const letter = { subject: 's', html: 'h', text: 't', missing: [] as string[] };

function check(overrides: Partial<RecipientCheck> = {}) {
  return checkRecipient({
    customer: { lastContactAt: null },
    contact: contact(['maria@acme.example']),
    letter,
    kind: 'development',
    bounced: new Set(),
    recentDays: 3,
    now: JUNE_1,
    ...overrides,
  });
}

describe('isPlainEmail', () => {
  it('accepts one plain address', () => {
    expect(isPlainEmail('maria.lopez+cn@acme.example.com')).toBe(true);
  });
  it.each([
    'Maria <maria@acme.example>',
    '"Boss" <boss@x.com>',
    'a@x.com, b@y.com',
    'a@x.com;b@y.com',
    'a@x.com\r\nBcc: c@z.com',
    'a b@x.com',
    'a@x',
    '@x.com',
    'a@@x.com',
    'a@x.com\u0000',
    "o'hara@x.com",
    'a@x..com',
  ])('refuses %j', (address) => expect(isPlainEmail(address)).toBe(false));
});

describe('primaryContact', () => {
  it('takes the first contact with a valid address', () => {
    const first = contact([]);
    const second = contact(['bad address', 'b@x.com'], { id: 'second' });
    expect(primaryContact({ contacts: [first, second] })).toEqual({ contact: second, email: 'b@x.com' });
    expect(primaryContact({ contacts: [first] })).toBeNull();
  });
});

describe('checkRecipient', () => {
  it('passes a good recipient', () => {
    expect(check()).toEqual([]);
  });
  it('names each missing field', () => {
    expect(check({ letter: { ...letter, missing: ['extra.quote.number', 'contact.name'] } })).toEqual([
      { code: 'missingField', field: 'extra.quote.number' },
      { code: 'missingField', field: 'contact.name' },
    ]);
  });
  it('flags no email, an invalid address (display-name injection) and a bounced one', () => {
    expect(check({ contact: null })).toEqual([{ code: 'noEmail' }]);
    expect(check({ contact: contact(['  ']) })).toEqual([{ code: 'noEmail' }]);
    expect(check({ contact: contact(['"CEO" <ceo@victim.com>, maria@acme.example']) })).toEqual([
      { code: 'invalidEmail', address: '"CEO" <ceo@victim.com>, maria@acme.example' },
    ]);
    expect(check({ bounced: new Set(['maria@acme.example']), contact: contact(['Maria@Acme.example']) })).toEqual([
      { code: 'bouncedAddress', address: 'Maria@Acme.example' },
    ]);
  });
  it('respects the unsubscribe flag for marketing but not for replies', () => {
    const unsubscribed = contact(['maria@acme.example'], { unsubscribed: true });
    for (const kind of ['development', 'festival', 'reorder', 'closureNotice', 'custom'] as const) {
      expect(check({ contact: unsubscribed, kind })).toEqual([{ code: 'unsubscribed' }]);
    }
    for (const kind of ['inquiryReply', 'quoteCover', 'quoteFollowUp', 'sampleFollowUp'] as const) {
      expect(check({ contact: unsubscribed, kind })).toEqual([]);
    }
  });
  it('holds back customers written to within the last N days', () => {
    const at = JUNE_1 - 2 * DAY;
    expect(check({ customer: { lastContactAt: at } })).toEqual([{ code: 'recentlyContacted', days: 3, at }]);
    expect(check({ customer: { lastContactAt: JUNE_1 - 4 * DAY } })).toEqual([]);
    expect(check({ customer: { lastContactAt: at }, recentDays: 0 })).toEqual([]);
  });
});
