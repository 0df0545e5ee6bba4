import { describe, expect, it } from 'vitest';
import type { Customer, CustomerInput } from '../../../../src-shared/customer/customer';
import { validateCustomer } from '../../../../src-shared/customer/validateCustomer';
import { DEFAULT_LEVELS } from '../../../../src-shared/customer/vocabulary';
import {
  type CustomerDraft,
  type DraftContact,
  defaultLevel,
  draftFromCustomer,
  draftReducer,
  emptyContact,
  inputFromDraft,
  newCustomerDraft,
  sameDraft,
  toDraftPath,
} from '../../../../src-renderer/features/customers/page/customerDraft';
import { storedCustomer } from '../fixtures';

const ana = {
  id: 'k1',
  name: 'Ana Souza',
  title: 'Purchasing',
  emails: ['ana@acme.example', 'compras@acme.example'],
  phones: ['+55 11 91234 5678'],
  whatsapp: '+55 11 91234 5678',
  unsubscribed: true as const,
};
const bruno = { id: 'k2', name: 'Bruno', title: '', emails: ['bruno@acme.example'], phones: [], whatsapp: '' };

/** What the book keeps of an input: the input plus the fields the book fills in. */
function stored(input: CustomerInput, id = 'cust-1'): Customer {
  return {
    ...input,
    id,
    contacts: input.contacts.map((k, i) => ({ ...k, id: k.id ?? `new-${i}` })),
    createdAt: 1_000,
    updatedAt: 9_000,
    emails: [],
    domain: '',
    nameKey: '',
  };
}

function withoutBookFields(c: Customer): CustomerInput {
  const { createdAt: _c, updatedAt: _u, emails: _e, domain: _d, nameKey: _n, ...input } = c;
  return input;
}

const contact = (patch: Partial<DraftContact>): DraftContact => ({ ...emptyContact(), ...patch });
const draftWith = (patch: Partial<CustomerDraft>): CustomerDraft => ({ ...newCustomerDraft(), ...patch });

describe('draftFromCustomer → inputFromDraft', () => {
  it('gives back exactly what was stored (minus the fields the book derives)', () => {
    const customer = storedCustomer({ contacts: [ana, bruno], sample: 1 });
    const { input, contactIndex } = inputFromDraft(draftFromCustomer(customer), customer);
    expect(input).toStrictEqual(withoutBookFields(customer));
    expect(contactIndex).toEqual([0, 1]);
  });

  it('is stable: stored → draft → input → stored → draft changes nothing', () => {
    const customer = storedCustomer({ contacts: [ana, bruno] });
    const draft = draftFromCustomer(customer);
    const again = draftFromCustomer(stored(inputFromDraft(draft, customer).input));
    expect(again).toEqual(draft);
    expect(sameDraft(draft, again)).toBe(true);
  });

  it('copies arrays, so editing the draft never touches the stored record', () => {
    const customer = storedCustomer({ contacts: [{ ...ana }] });
    const draft = draftFromCustomer(customer);
    draft.tags.push('new');
    draft.contacts[0]!.emails.push('x@y.z');
    expect(customer.tags).toEqual(['LED']);
    expect(customer.contacts[0]!.emails).toEqual(ana.emails);
  });

  it('keeps contact ids as React keys and as ids, and stores "unsubscribed: false" as absent', () => {
    const customer = storedCustomer({ contacts: [{ ...bruno, unsubscribed: false }] });
    const draft = draftFromCustomer(customer);
    expect(draft.contacts[0]).toMatchObject({ key: 'k2', id: 'k2', unsubscribed: false });
    expect(inputFromDraft(draft, customer).input.contacts[0]).toStrictEqual({
      id: 'k2',
      name: 'Bruno',
      title: '',
      emails: ['bruno@acme.example'],
      phones: [],
      whatsapp: '',
    });
  });

  it('carries the record\'s id, last contact and sample flag from the base, not from the draft', () => {
    const customer = storedCustomer({ lastContactAt: 123, sample: 1 });
    const { input } = inputFromDraft(draftFromCustomer(customer), customer);
    expect(input).toMatchObject({ id: 'cust-1', lastContactAt: 123, sample: 1 });
    const fresh = inputFromDraft(draftFromCustomer(customer), null).input;
    expect(fresh.id).toBeUndefined();
    expect(fresh.lastContactAt).toBeNull();
    expect('sample' in fresh).toBe(false);
  });

  it('treats a zone other than the country\'s default as chosen by hand, and the language always', () => {
    expect(draftFromCustomer(storedCustomer({ country: 'US', timeZone: 'America/New_York' }))).toMatchObject({
      timeZoneByHand: false,
      languageByHand: true,
    });
    expect(draftFromCustomer(storedCustomer({ country: 'US', timeZone: 'America/Chicago' })).timeZoneByHand).toBe(true);
  });
});

describe('inputFromDraft', () => {
  it('drops blank contact cards and says where each kept contact came from', () => {
    const draft = draftWith({
      company: 'Acme',
      country: 'DE',
      contacts: [
        contact({}),
        contact({ name: 'Anna' }),
        contact({ name: '   ', title: ' ', whatsapp: '  ' }),
        contact({ emails: ['ops@acme.example'] }),
        contact({ unsubscribed: true }),
      ],
    });
    const { input, contactIndex } = inputFromDraft(draft, null);
    expect(contactIndex).toEqual([1, 3]);
    expect(input.contacts.map((k) => k.name || k.emails[0])).toEqual(['Anna', 'ops@acme.example']);
  });

  it('trims text and list entries and leaves empty entries out; notes stay as typed', () => {
    const draft = draftWith({
      company: '  Acme GmbH ',
      website: ' acme.example ',
      country: 'DE',
      city: ' Berlin ',
      tags: [' LED ', '', '  '],
      products: ['  Panel', ''],
      notes: '  first line\n',
      contacts: [contact({ name: ' Anna ', title: ' CEO ', emails: [' anna@acme.example ', ' '], phones: [' +49 30 123456 ', ''], whatsapp: ' +4930123456 ' })],
    });
    const { input } = inputFromDraft(draft, null);
    expect(input).toMatchObject({
      company: 'Acme GmbH',
      website: 'acme.example',
      city: 'Berlin',
      tags: ['LED'],
      products: ['Panel'],
      notes: '  first line\n',
    });
    expect(input.contacts).toStrictEqual([
      { name: 'Anna', title: 'CEO', emails: ['anna@acme.example'], phones: ['+49 30 123456'], whatsapp: '+4930123456' },
    ]);
  });

  it('fills an empty zone from the country, or UTC without one', () => {
    expect(inputFromDraft(draftWith({ country: 'BR', timeZone: '' }), null).input.timeZone).toBe('America/Sao_Paulo');
    expect(inputFromDraft(draftWith({ country: '', timeZone: '' }), null).input.timeZone).toBe('UTC');
    expect(inputFromDraft(draftWith({ country: 'BR', timeZone: 'America/Manaus' }), null).input.timeZone).toBe('America/Manaus');
  });

  it('gives the validator a record whose contact errors point back at the right card', () => {
    const draft = draftWith({
      company: 'Acme',
      country: 'DE',
      level: 'C',
      contacts: [contact({}), contact({ name: 'Anna', emails: ['anna@acme.example', 'not-an-email'] })],
    });
    const { input, contactIndex } = inputFromDraft(draft, null);
    const result = validateCustomer(input, { levels: DEFAULT_LEVELS });
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => toDraftPath(e.field, contactIndex))).toEqual(['contacts.1.emails.1']);
  });

  it('produces a record the validator accepts for a minimal new customer', () => {
    const draft = draftWith({ company: 'Acme', country: 'BR', level: 'D' });
    const result = validateCustomer(inputFromDraft(draft, null).input, { levels: DEFAULT_LEVELS });
    expect(result.errors).toEqual([]);
  });
});

describe('draftReducer', () => {
  it('fills zone and language from a new country until the salesperson picks them', () => {
    let draft = newCustomerDraft();
    draft = draftReducer(draft, { type: 'country', value: 'BR' });
    expect(draft).toMatchObject({ country: 'BR', timeZone: 'America/Sao_Paulo', language: 'pt-BR' });
    draft = draftReducer(draft, { type: 'country', value: 'SA' });
    expect(draft).toMatchObject({ country: 'SA', timeZone: 'Asia/Riyadh', language: 'ar' });
  });

  it('leaves a zone chosen by hand alone when the country changes', () => {
    let draft = draftReducer(newCustomerDraft(), { type: 'country', value: 'US' });
    draft = draftReducer(draft, { type: 'timeZone', value: 'America/Los_Angeles' });
    expect(draft.timeZoneByHand).toBe(true);
    draft = draftReducer(draft, { type: 'country', value: 'CA' });
    expect(draft).toMatchObject({ country: 'CA', timeZone: 'America/Los_Angeles', language: 'en' });
  });

  it('leaves a language chosen by hand alone but still moves the zone', () => {
    let draft = draftReducer(newCustomerDraft(), { type: 'language', value: 'en' });
    draft = draftReducer(draft, { type: 'country', value: 'DE' });
    expect(draft).toMatchObject({ language: 'en', languageByHand: true, timeZone: 'Europe/Berlin', timeZoneByHand: false });
  });

  it('does not move a stored customer\'s custom zone or language when the country is corrected', () => {
    const draft = draftFromCustomer(storedCustomer({ country: 'US', timeZone: 'America/Denver', language: 'es' }));
    expect(draftReducer(draft, { type: 'country', value: 'MX' })).toMatchObject({
      country: 'MX',
      timeZone: 'America/Denver',
      language: 'es',
    });
  });

  it('does move a stored customer\'s default zone when the country is corrected', () => {
    const draft = draftFromCustomer(storedCustomer({ country: 'US', timeZone: 'America/New_York', language: 'en' }));
    expect(draftReducer(draft, { type: 'country', value: 'GB' })).toMatchObject({ timeZone: 'Europe/London', language: 'en' });
  });

  it('keeps zone and language when the country is cleared', () => {
    const draft = draftReducer(newCustomerDraft(), { type: 'country', value: 'JP' });
    expect(draftReducer(draft, { type: 'country', value: '' })).toMatchObject({ country: '', timeZone: 'Asia/Tokyo', language: 'ja' });
  });

  it('gives an unknown country UTC and English rather than failing', () => {
    expect(draftReducer(newCustomerDraft(), { type: 'country', value: 'XX' })).toMatchObject({ timeZone: 'UTC', language: 'en' });
  });

  it('edits, adds and removes contact cards by position without touching the others', () => {
    const start = newCustomerDraft();
    const first = start.contacts[0]!;
    let draft = draftReducer(start, { type: 'addContact' });
    expect(draft.contacts).toHaveLength(2);
    expect(draft.contacts[1]!.key).not.toBe(first.key);
    draft = draftReducer(draft, { type: 'contact', index: 1, patch: { name: 'Li Wei', emails: ['li@acme.example'] } });
    expect(draft.contacts[0]).toBe(first);
    expect(draft.contacts[1]).toMatchObject({ name: 'Li Wei', emails: ['li@acme.example'] });
    draft = draftReducer(draft, { type: 'removeContact', index: 0 });
    expect(draft.contacts.map((k) => k.name)).toEqual(['Li Wei']);
    // An index past the end changes nothing.
    expect(draftReducer(draft, { type: 'contact', index: 5, patch: { name: 'x' } }).contacts).toEqual(draft.contacts);
    expect(draftReducer(draft, { type: 'removeContact', index: 5 }).contacts).toEqual(draft.contacts);
    expect(start.contacts).toHaveLength(1);
  });

  it('sets plain fields and resets to a given draft', () => {
    const start = newCustomerDraft();
    const edited = draftReducer(start, { type: 'set', field: 'company', value: 'Acme' });
    expect(edited.company).toBe('Acme');
    expect(start.company).toBe('');
    const other = draftWith({ company: 'Other' });
    expect(draftReducer(edited, { type: 'reset', draft: other })).toBe(other);
  });
});

describe('newCustomerDraft and defaultLevel', () => {
  it('starts with one empty contact card, English and no level', () => {
    const draft = newCustomerDraft();
    expect(draft).toMatchObject({ language: 'en', level: '', stage: 'newInquiry', background: 'unknown', source: 'other' });
    expect(draft.contacts).toHaveLength(1);
    expect(inputFromDraft(draft, null).input.contacts).toEqual([]);
  });

  it('gives every new card its own key', () => {
    const keys = new Set(Array.from({ length: 50 }, () => emptyContact().key));
    expect(keys.size).toBe(50);
  });

  it('takes D on the A-E scale, the one before last on others, and copes with tiny scales', () => {
    expect(defaultLevel(DEFAULT_LEVELS)).toBe('D');
    expect(defaultLevel([{ code: 'Hot', meaning: '' }, { code: 'Warm', meaning: '' }, { code: 'Cold', meaning: '' }])).toBe('Warm');
    expect(defaultLevel([{ code: 'Only', meaning: '' }])).toBe('Only');
    expect(defaultLevel([])).toBe('');
  });
});

describe('toDraftPath', () => {
  it('renumbers contact paths to the card they came from', () => {
    const index = [1, 3];
    expect(toDraftPath('contacts.0.emails.1', index)).toBe('contacts.1.emails.1');
    expect(toDraftPath('contacts.1', index)).toBe('contacts.3');
    expect(toDraftPath('contacts.1.whatsapp', index)).toBe('contacts.3.whatsapp');
  });

  it('leaves other paths, and contacts it cannot place, as they are', () => {
    expect(toDraftPath('company', [1])).toBe('company');
    expect(toDraftPath('contacts', [1])).toBe('contacts');
    expect(toDraftPath('contacts.7.name', [1])).toBe('contacts.7.name');
    expect(toDraftPath('contactsX.0', [1])).toBe('contactsX.0');
    expect(toDraftPath('', [])).toBe('');
  });
});

describe('sameDraft', () => {
  it('ignores what would not be stored: blank cards, keys, surrounding spaces, the by-hand flags', () => {
    const a = draftWith({ company: 'Acme', country: 'DE' });
    const b = draftWith({ company: ' Acme ', country: 'DE', contacts: [], timeZoneByHand: true });
    expect(sameDraft(a, b)).toBe(true);
  });

  it('treats an empty zone as the country\'s default', () => {
    expect(sameDraft(draftWith({ country: 'DE', timeZone: '' }), draftWith({ country: 'DE', timeZone: 'Europe/Berlin' }))).toBe(true);
  });

  it('sees real edits', () => {
    const a = draftWith({ company: 'Acme', country: 'DE', tags: ['a', 'b'] });
    expect(sameDraft(a, { ...a, company: 'Acme 2' })).toBe(false);
    expect(sameDraft(a, { ...a, tags: ['b', 'a'] })).toBe(false);
    expect(sameDraft(a, { ...a, notes: ' ' })).toBe(false);
    expect(sameDraft(a, { ...a, nextFollowUpAt: 1 })).toBe(false);
    expect(sameDraft(a, { ...a, contacts: [contact({ name: 'Anna' })] })).toBe(false);
  });

  it('says a field touched and then put back is unchanged', () => {
    const start = draftFromCustomer(storedCustomer({ contacts: [ana] }));
    let draft = draftReducer(start, { type: 'set', field: 'city', value: 'Rio' });
    expect(sameDraft(start, draft)).toBe(false);
    draft = draftReducer(draft, { type: 'set', field: 'city', value: 'São Paulo' });
    expect(sameDraft(start, draft)).toBe(true);
  });
});
