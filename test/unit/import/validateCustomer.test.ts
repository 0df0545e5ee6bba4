import { describe, expect, it } from 'vitest';
import type { CustomerInput } from '../../../src-shared/customer/customer';
import { validateCustomer } from '../../../src-shared/customer/validateCustomer';

const good: CustomerInput = {
  company: 'Müller Import GmbH',
  website: 'https://www.mueller-import.de/de',
  country: 'DE',
  city: 'Berlin',
  contacts: [
    { name: 'Hans Müller', title: 'Einkauf', emails: ['hans@mueller-import.de'], phones: ['+49 30 1234567', '030 1234568'], whatsapp: '+49 151 23456789' },
  ],
  language: 'de',
  timeZone: 'Europe/Berlin',
  level: 'B',
  background: 'importerWholesaler',
  stage: 'quoted',
  source: 'tradeFair',
  tags: ['VIP'],
  products: ['LED panel'],
  notes: '',
  lastContactAt: null,
  nextFollowUpAt: null,
};

const fields = (input: CustomerInput, levels?: string[]) =>
  validateCustomer(input, levels ? { levels } : {}).errors.map((e) => [e.field, e.code]);

describe('validateCustomer', () => {
  it('accepts a good customer', () => {
    expect(validateCustomer(good)).toEqual({ ok: true, errors: [] });
  });

  it('requires a company of at most 200 characters', () => {
    expect(fields({ ...good, company: '  ' })).toEqual([['company', 'companyMissing']]);
    const long = validateCustomer({ ...good, company: 'x'.repeat(201) });
    expect(long.ok).toBe(false);
    expect(long.errors).toEqual([
      { field: 'company', code: 'nameTooLong', params: { length: 201, max: 200 }, message: 'The name is too long (201 characters; at most 200).' },
    ]);
  });

  it('requires a valid ISO country code', () => {
    expect(fields({ ...good, country: 'XX' })).toEqual([['country', 'countryUnknown']]);
    expect(fields({ ...good, country: '' })).toEqual([['country', 'countryMissing']]);
  });

  it('places each bad email and phone precisely', () => {
    const input: CustomerInput = {
      ...good,
      contacts: [
        good.contacts[0]!,
        { name: 'B', title: '', emails: ['ok@b.de', 'broken@', 'also ok@b.de'], phones: ['+49 30 1234567', '555'], whatsapp: '' },
      ],
    };
    expect(fields(input)).toEqual([
      ['contacts.1.emails.1', 'emailInvalid'],
      ['contacts.1.emails.2', 'emailInvalid'],
      ['contacts.1.phones.1', 'phoneInvalid'],
    ]);
  });

  it('accepts a WhatsApp number as an international or a national number, and refuses others', () => {
    const withWhatsapp = (whatsapp: string) => ({ ...good, contacts: [{ ...good.contacts[0]!, whatsapp }] });
    expect(validateCustomer(withWhatsapp('0151 23456789')).ok).toBe(true);
    expect(validateCustomer(withWhatsapp('5511912345678')).ok).toBe(true);
    expect(fields(withWhatsapp('12'))).toEqual([['contacts.0.whatsapp', 'whatsappInvalid']]);
  });

  it('checks level against the scale in use, time zone, website and language', () => {
    expect(fields({ ...good, level: 'F' })).toEqual([['level', 'levelInvalid']]);
    expect(fields({ ...good, level: '5' }, ['0', '1', '2', '3', '4', '5'])).toEqual([]);
    expect(validateCustomer({ ...good, level: 'A' }, { levels: [{ code: 'A', meaning: '' }] }).ok).toBe(true);
    expect(fields({ ...good, timeZone: 'Europe/Atlantis' })).toEqual([['timeZone', 'timeZoneInvalid']]);
    expect(fields({ ...good, website: 'just words' })).toEqual([['website', 'websiteInvalid']]);
    expect(fields({ ...good, website: 'mueller-import.de' })).toEqual([]);
    expect(fields({ ...good, language: 'english' })).toEqual([['language', 'languageInvalid']]);
  });

  it('refuses what the structural schema refuses, even where no specific check exists', () => {
    const result = validateCustomer({ ...good, background: '' });
    expect(result.errors).toEqual([expect.objectContaining({ field: 'background', code: 'valueInvalid' })]);
  });

  it('accepts markup in a name as text', () => {
    expect(validateCustomer({ ...good, company: '<script>alert(1)</script>' }).ok).toBe(true);
  });
});
