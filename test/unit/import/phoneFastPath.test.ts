import { isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { fastNormalisePhone } from '../../../src-shared/import/phoneFastPath';
import { normalisePhone } from '../../../src-shared/import/valueChecks';
import { phoneCorpus, sampleFromPattern, random, TRICKY_PHONES, type PhoneCase } from './phoneCorpus';

/** What normalisePhone answered before the fast path: libphonenumber-js alone. */
function library({ text, country }: PhoneCase): string | null {
  const parsed = parsePhoneNumberFromString(text, country);
  return parsed?.isValid() ? (parsed.ext ? `${parsed.number} ext. ${parsed.ext}` : parsed.number) : null;
}

function compare(cases: PhoneCase[]) {
  const disagreements: string[] = [];
  let decided = 0;
  let valid = 0;
  for (const phone of cases) {
    const fast = fastNormalisePhone(phone.text, phone.country);
    const expected = library(phone);
    if (expected) valid++;
    if (normalisePhone(phone.text, phone.country ?? '') !== expected) disagreements.push(`normalisePhone ${JSON.stringify(phone)}`);
    if (fast === undefined) continue;
    decided++;
    if (fast !== expected) disagreements.push(`${JSON.stringify(phone)}: fast ${fast}, library ${expected}`);
    // The same verdict as the library's own validity check (which reads the whole text).
    if ((fast !== null) !== isValidPhoneNumber(phone.text, phone.country)) disagreements.push(`isValidPhoneNumber ${JSON.stringify(phone)}`);
  }
  return { disagreements, decided, valid };
}

describe('fastNormalisePhone answers as libphonenumber-js does', () => {
  it('on numbers of every country: examples, numbers of every type, mutated, written every way', { timeout: 120_000 }, () => {
    const cases = phoneCorpus(1, 200);
    const { disagreements, decided, valid } = compare(cases);
    expect(disagreements.slice(0, 20)).toEqual([]);
    // Not a vacuous pass: nearly every case is decided by the fast path, and many are valid.
    expect(decided / cases.length).toBeGreaterThan(0.95);
    expect(valid / cases.length).toBeGreaterThan(0.15);
  });

  it('on hand-picked numbers: shared calling codes, trunk and carrier prefixes, IDD, odd input', () => {
    const { disagreements } = compare(TRICKY_PHONES);
    expect(disagreements).toEqual([]);
    // Extensions, letters, full-width digits and "tel:" are left to the library.
    expect(fastNormalisePhone('+1 201 555 0123 ext. 12', 'US')).toBeUndefined();
    expect(fastNormalisePhone('tel:+12015550123', undefined)).toBeUndefined();
    expect(fastNormalisePhone('＋４９ ３０ １２３４５６７', 'DE')).toBeUndefined();
    // And the common ones are decided.
    expect(fastNormalisePhone('+49 30 1234567', 'DE')).toBe('+49301234567');
    expect(fastNormalisePhone('(201) 555-0123', 'US')).toBe('+12015550123');
    expect(fastNormalisePhone('07624 369230', 'GB')).toBe('+447624369230');
    expect(fastNormalisePhone('12345', 'US')).toBeNull();
  });

  it('samples numbers from a pattern as the corpus needs them', () => {
    const next = random(3);
    for (let k = 0; k < 200; k++) {
      const sample = sampleFromPattern('(?:1[2-4]|[5-9]\\d)\\d{2,3}|0?8[01]\\d{4}', next);
      expect(sample).toMatch(/^(?:(?:1[2-4]|[5-9]\d)\d{2,3}|0?8[01]\d{4})$/);
    }
  });
});
