import { isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { customerInputSchema } from '../../../src-shared/customer/customer';
import { defaultLanguage, defaultTimeZone, isCountryCode } from '../../../src-shared/customer/countries';
import { normaliseCompanyName, withDerivedFields } from '../../../src-shared/customer/derived';
import { BACKGROUNDS, SOURCES, STAGES } from '../../../src-shared/customer/vocabulary';
import { SAMPLE_BASE_DATE, generateSampleBook } from '../../../src-shared/sample';

const book = generateSampleBook();

describe('generateSampleBook', () => {
  it('makes about 300 customers in more than 30 countries', () => {
    expect(book.customers.length).toBeGreaterThanOrEqual(250);
    const countries = new Set(book.customers.map((c) => c.country));
    expect(countries.size).toBeGreaterThan(30);
    for (const code of ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'RU', 'TR', 'SA', 'AE', 'EG', 'NG', 'ZA', 'KE', 'IN', 'PK', 'BD', 'ID', 'MY', 'TH', 'VN', 'PH', 'AU', 'NZ', 'CA', 'MX', 'BR', 'AR', 'CL', 'CO', 'PE', 'JP', 'KR']) {
      expect(countries, code).toContain(code);
    }
    for (const code of countries) expect(isCountryCode(code), code).toBe(true);
  });

  it('uses every level, background, stage and source', () => {
    const seen = (key: 'level' | 'background' | 'stage' | 'source') => new Set(book.customers.map((c) => c[key]));
    expect([...seen('level')].sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect([...seen('background')].sort()).toEqual([...BACKGROUNDS].sort());
    expect([...seen('stage')].sort()).toEqual([...STAGES].sort());
    expect([...seen('source')].sort()).toEqual([...SOURCES].sort());
  });

  it('passes the customer schema, marked as sample, with the country defaults', () => {
    for (const c of book.customers) {
      const parsed = customerInputSchema.safeParse(c);
      expect(parsed.success, `${c.company}: ${parsed.error?.message}`).toBe(true);
      expect(c.sample).toBe(1);
      expect(c.language).toBe(defaultLanguage(c.country));
    }
  });

  it("puts each customer in its city's time zone, else the country's business zone", () => {
    const zoneOf = (city: string) => book.customers.find((c) => c.city === city)?.timeZone;
    expect(zoneOf('Phoenix')).toBe('America/Phoenix');
    expect(zoneOf('Perth')).toBe('Australia/Perth');
    for (const c of book.customers) {
      // A real IANA zone: formatting with it must not throw.
      expect(() => new Intl.DateTimeFormat('en', { timeZone: c.timeZone })).not.toThrow();
      if (['Miami', 'Newark', 'Atlanta', 'Toronto', 'São Paulo', 'Москва'].includes(c.city)) {
        expect(c.timeZone).toBe(defaultTimeZone(c.country));
      }
    }
  });

  it('gives phone numbers that are valid mobile numbers of the customer country', () => {
    let phones = 0;
    for (const c of book.customers) {
      for (const contact of c.contacts) {
        for (const phone of [...contact.phones, ...(contact.whatsapp ? [contact.whatsapp] : [])]) {
          phones++;
          expect(isValidPhoneNumber(phone, c.country as never), `${c.country} ${phone}`).toBe(true);
          expect(parsePhoneNumberFromString(phone)?.country, phone).toBe(c.country);
        }
      }
    }
    expect(phones).toBeGreaterThan(250);
  });

  it('has no two customers that look like duplicates, and company-domain emails', () => {
    const keys = book.customers.map((c) => normaliseCompanyName(c.company));
    expect(new Set(keys).size).toBe(keys.length);
    const derived = book.customers.map((c) => withDerivedFields(c));
    const domains = derived.map((c) => c.domain).filter(Boolean);
    expect(new Set(domains).size).toBe(domains.length);
    expect(domains.length).toBeGreaterThan(book.customers.length * 0.6);
    const emails = derived.flatMap((c) => c.emails);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.some((e) => e.endsWith('@gmail.com'))).toBe(true);
  });

  it('shows local scripts and names', () => {
    const companies = book.customers.map((c) => c.company);
    expect(companies.some((n) => /\p{Script=Han}/u.test(n))).toBe(true);
    expect(companies.some((n) => /\p{Script=Cyrillic}/u.test(n))).toBe(true);
    expect(companies.some((n) => /\p{Script=Hangul}/u.test(n))).toBe(true);
    expect(companies.some((n) => /[áéíóúãçñü]/u.test(n))).toBe(true);
  });

  it('has a timeline and dates consistent with it', () => {
    expect(book.interactions.length).toBeGreaterThan(book.customers.length);
    for (const i of book.interactions) {
      const c = book.customers[i.customerIndex];
      expect(c).toBeDefined();
      expect(i.at).toBeLessThan(SAMPLE_BASE_DATE);
      expect(i.text.length).toBeGreaterThan(10);
      expect(c!.lastContactAt).not.toBeNull();
      expect(i.at).toBeLessThanOrEqual(c!.lastContactAt!);
    }
    const overdue = book.customers.filter((c) => c.nextFollowUpAt !== null && c.nextFollowUpAt < SAMPLE_BASE_DATE);
    const upcoming = book.customers.filter((c) => c.nextFollowUpAt !== null && c.nextFollowUpAt >= SAMPLE_BASE_DATE);
    expect(overdue.length).toBeGreaterThan(5);
    expect(upcoming.length).toBeGreaterThan(50);
    expect(new Set(book.customers.flatMap((c) => c.tags))).toContain('canton-fair-2026');
    expect(book.customers.every((c) => c.products.length > 0)).toBe(true);
  });

  it('is the same for the same seed, different for another, and follows the base date', () => {
    expect(generateSampleBook(1)).toEqual(book);
    expect(generateSampleBook(2).customers[40]).not.toEqual(book.customers[40]);
    const later = generateSampleBook(1, { baseDate: SAMPLE_BASE_DATE + 86_400_000 });
    expect(later.customers.map((c) => c.company)).toEqual(book.customers.map((c) => c.company));
    expect(later.interactions[0]!.at).toBe(book.interactions[0]!.at + 86_400_000);
  });
});
