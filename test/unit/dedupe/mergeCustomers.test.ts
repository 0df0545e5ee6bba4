import { describe, expect, it } from 'vitest';
import type { Customer, CustomerInput } from '../../../src-shared/customer/customer';
import { withDerivedFields } from '../../../src-shared/customer/derived';
import { mergeCustomers } from '../../../src-shared/dedupe';

const base: CustomerInput = {
  company: '', website: '', country: '', city: '', contacts: [], language: 'en', timeZone: 'UTC', level: 'D',
  background: 'unknown', stage: 'newInquiry', source: 'other', tags: [], products: [], notes: '', lastContactAt: null,
  nextFollowUpAt: null,
};

function customer(id: string, input: Partial<Customer>): Customer {
  const merged = { ...base, ...input, contacts: input.contacts ?? [] };
  return { ...merged, ...withDerivedFields(merged), id, createdAt: input.createdAt ?? 1000, updatedAt: input.updatedAt ?? 1000 };
}

const keep = customer('keep', {
  company: 'ACME Trading Co., Ltd.',
  country: 'US',
  city: '',
  level: 'B',
  background: 'unknown',
  contacts: [
    { id: 'k1', name: 'John Smith', title: '', emails: ['john@acme.com'], phones: ['+12125550123'], whatsapp: '' },
    { id: 'k2', name: 'Mary', title: 'Buyer', emails: ['mary@acme.com'], phones: [], whatsapp: '' },
  ],
  tags: ['VIP', 'LED'],
  products: ['Panel'],
  notes: 'Met at Canton Fair.',
  createdAt: 5000,
  lastContactAt: 7000,
  nextFollowUpAt: 9000,
  sample: 1,
});
const other = customer('other', {
  company: 'Acme Trading Company',
  website: 'https://acme.com',
  country: 'CA',
  city: 'New York',
  level: 'C',
  background: 'importerWholesaler',
  contacts: [
    { id: 'o1', name: '', title: 'Purchasing Manager', emails: ['JOHN@acme.com', 'j.smith@acme.com'], phones: ['+12125550199'], whatsapp: '+12125550199', unsubscribed: true },
    { id: 'o2', name: 'Li Wei', title: '', emails: ['li@acme.com'], phones: [], whatsapp: '' },
  ],
  tags: ['vip', 'Solar'],
  products: ['panel', 'Bulb'],
  notes: 'Wants DDP prices.',
  createdAt: 3000,
  lastContactAt: 8000,
  nextFollowUpAt: null,
});

describe('mergeCustomers', () => {
  const merged = mergeCustomers(keep, other, 123_456);

  it('keeps every contact, merging the two that share an email', () => {
    expect(merged.contacts).toEqual([
      {
        id: 'k1', name: 'John Smith', title: 'Purchasing Manager', emails: ['john@acme.com', 'j.smith@acme.com'],
        phones: ['+12125550123', '+12125550199'], whatsapp: '+12125550199', unsubscribed: true,
      },
      { id: 'k2', name: 'Mary', title: 'Buyer', emails: ['mary@acme.com'], phones: [], whatsapp: '' },
      { id: 'o2', name: 'Li Wei', title: '', emails: ['li@acme.com'], phones: [], whatsapp: '' },
    ]);
  });

  it('unites tags and products ignoring case, and keeps both notes under a line naming the merged company', () => {
    expect(merged.tags).toEqual(['VIP', 'LED', 'Solar']);
    expect(merged.products).toEqual(['Panel', 'Bulb']);
    expect(merged.notes).toBe('Met at Canton Fair.\n\n--- Acme Trading Company ---\nWants DDP prices.');
  });

  it("takes keep's values, filling empty ones from the other", () => {
    expect(merged).toMatchObject({
      id: 'keep', company: 'ACME Trading Co., Ltd.', country: 'US', level: 'B', city: 'New York', website: 'https://acme.com',
      background: 'importerWholesaler',
    });
  });

  it('takes the earliest creation, the latest contact, the earliest follow-up, and now as update time', () => {
    expect(merged).toMatchObject({ createdAt: 3000, lastContactAt: 8000, nextFollowUpAt: 9000, updatedAt: 123_456 });
  });

  it('recomputes the derived fields', () => {
    expect(merged.emails).toEqual(['john@acme.com', 'j.smith@acme.com', 'mary@acme.com', 'li@acme.com']);
    expect(merged.domain).toBe('acme.com');
    expect(merged.nameKey).toBe('acme');
  });

  it('does not leave real data in the removable sample book', () => {
    expect(merged.sample).toBeUndefined();
    expect(mergeCustomers(keep, { ...other, sample: 1 }, 1).sample).toBe(1);
  });

  it('keeps one note alone, and does not change its inputs', () => {
    expect(mergeCustomers(keep, { ...other, notes: '' }, 1).notes).toBe('Met at Canton Fair.');
    expect(mergeCustomers({ ...keep, notes: ' ' }, other, 1).notes).toBe('Wants DDP prices.');
    expect(keep.contacts[0]?.emails).toEqual(['john@acme.com']);
    expect(other.contacts).toHaveLength(2);
  });
});
