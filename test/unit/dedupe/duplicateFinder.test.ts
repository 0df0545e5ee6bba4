import { describe, expect, it } from 'vitest';
import type { Customer, CustomerInput } from '../../../src-shared/customer/customer';
import { normaliseCompanyName, withDerivedFields } from '../../../src-shared/customer/derived';
import { createDuplicateFinder, editDistanceWithin, type DuplicateKeys } from '../../../src-shared/dedupe';

function keys(id: string, company: string, emails: string[] = [], website = ''): DuplicateKeys {
  const input = { company, website, contacts: [{ name: '', title: '', emails, phones: [], whatsapp: '' }] } as Pick<CustomerInput, 'company' | 'website' | 'contacts'>;
  const derived = withDerivedFields(input);
  return { id, company, emails: derived.emails, domain: derived.domain, nameKey: derived.nameKey };
}

const candidate = (company: string, emails: string[] = [], website = '') => {
  const { emails: e, domain, nameKey } = keys('', company, emails, website);
  return { emails: e, domain, nameKey };
};

const BOOK = [
  keys('acme', 'ACME Trading Co., Ltd.', ['sales@acme-trading.com']),
  keys('gmail-user', 'Lone Buyer', ['lone.buyer@gmail.com']),
  keys('mueller', 'Müller Import GmbH', [], 'https://www.mueller-import.de'),
  keys('global', 'Global Lighting Solutions', ['info@gls.co.uk']),
];

describe('createDuplicateFinder', () => {
  const finder = createDuplicateFinder(BOOK);

  it('finds the same email, ignoring case', () => {
    expect(finder.find(candidate('Other Name', ['SALES@acme-trading.com']))).toEqual([{ id: 'acme', reasons: ['email', 'domain'] }]);
  });

  it('finds the same company domain from a different address or the website', () => {
    expect(finder.find(candidate('Someone', ['tom@mueller-import.de']))).toEqual([{ id: 'mueller', reasons: ['domain'] }]);
    expect(finder.find(candidate('Someone', [], 'http://acme-trading.com/about'))).toEqual([{ id: 'acme', reasons: ['domain'] }]);
  });

  it('never counts a free-mail domain', () => {
    expect(finder.find(candidate('Another Buyer', ['someone.else@gmail.com']))).toEqual([]);
    expect(finder.find({ emails: [], domain: 'gmail.com', nameKey: 'xyz' })).toEqual([]);
  });

  it('finds near-identical names', () => {
    expect(finder.find(candidate('Acme Trading Company'))).toEqual([{ id: 'acme', reasons: ['name'] }]);
    expect(finder.find(candidate('Mueller Import GmbH'))).toEqual([{ id: 'mueller', reasons: ['name'] }]); // ü folds to u
    expect(finder.find(candidate('Muler Import'))).toEqual([{ id: 'mueller', reasons: ['name'] }]);
    expect(finder.find(candidate('Global Lightning Solutions'))).toEqual([{ id: 'global', reasons: ['name'] }]);
    expect(finder.find(candidate('Glbal Lighting Solution'))).toEqual([{ id: 'global', reasons: ['name'] }]);
    expect(finder.find(candidate('Golbal Lighting Solutions'))).toEqual([{ id: 'global', reasons: ['name'] }]);
  });

  it('does not flag different companies', () => {
    expect(finder.find(candidate('Apex Trading Co., Ltd.', ['info@apex.com']))).toEqual([]);
    expect(finder.find(candidate('Global Heating Solutions'))).toEqual([]);
    expect(finder.find(candidate('Acne'))).toEqual([]); // short keys must be equal
  });

  it('never returns the candidate itself, and learns customers added later', () => {
    const local = createDuplicateFinder(BOOK);
    expect(local.find({ ...candidate('ACME Trading'), id: 'acme' })).toEqual([]);
    local.add(keys('new', 'Brand New Imports', ['hi@brandnew.io']));
    expect(local.find(candidate('Brand New Import'))).toEqual([{ id: 'new', reasons: ['name'] }]);
  });
});

/** Every key within the allowed distance, by comparing with all of them: the truth to test against. */
function bruteForce(book: DuplicateKeys[], key: string): string[] {
  const max = key.length >= 10 ? 2 : key.length >= 5 ? 1 : 0;
  return book.filter((b) => b.nameKey === key || (max > 0 && editDistanceWithin(key, b.nameKey, max) <= max)).map((b) => b.id).sort();
}

/** A small deterministic random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

function mutate(key: string, edits: number, next: () => number): string {
  const letters = 'abcdefghij';
  let out = key;
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * (out.length + 1));
    const letter = letters[Math.floor(next() * letters.length)] ?? 'a';
    const kind = Math.floor(next() * 4);
    if (kind === 0) out = out.slice(0, at) + letter + out.slice(at);
    else if (kind === 1 && out.length > 1) out = out.slice(0, at) + out.slice(at + 1);
    else if (kind === 2) out = out.slice(0, at) + letter + out.slice(at + 1);
    else if (at + 1 < out.length) out = out.slice(0, at) + out[at + 1] + out[at] + out.slice(at + 2);
  }
  return out;
}

describe('near-identical names: the index misses nothing', () => {
  // The brute force compares 6,000 keys with 3,000 each: allow for a busy machine.
  it('agrees with comparing every key, on random keys and random typos', { timeout: 60_000 }, () => {
    const next = random(42);
    const letters = 'abcdefghij'; // a small alphabet makes near misses frequent
    const book: DuplicateKeys[] = [];
    for (let i = 0; i < 3000; i++) {
      const length = 3 + Math.floor(next() * 14);
      let key = '';
      for (let j = 0; j < length; j++) key += letters[Math.floor(next() * letters.length)];
      book.push({ id: `c${i}`, company: key, emails: [], domain: '', nameKey: key });
    }
    const finder = createDuplicateFinder(book);
    for (let q = 0; q < 6000; q++) {
      const base = book[Math.floor(next() * book.length)]!.nameKey;
      const key = mutate(base, Math.floor(next() * 4), next);
      const found = finder.find({ emails: [], domain: '', nameKey: key }).map((m) => m.id).sort();
      expect(found, key).toEqual(bruteForce(book, key));
    }
  });

  it('agrees too when many keys share a start or an end, as company names share words', { timeout: 60_000 }, () => {
    // Shared words make crowded halves ("…lighting", "shenzhen…"), which the index stores
    // differently; a two-letter alphabet makes almost everything near everything else.
    for (const [seed, letters] of [[3, 'abcdefghij'], [5, 'ab']] as const) {
      const next = random(seed);
      const book: DuplicateKeys[] = [];
      for (let i = 0; i < 2000; i++) {
        const length = 3 + Math.floor(next() * 20);
        let key = '';
        for (let j = 0; j < length; j++) key += letters[Math.floor(next() * letters.length)];
        if (next() < 0.4) key = `${key.slice(0, 6)}lighting`;
        if (next() < 0.3) key = `shenzhen${key.slice(0, 7)}`;
        book.push({ id: `c${i}`, company: key, emails: [], domain: '', nameKey: key });
      }
      const finder = createDuplicateFinder(book);
      for (let q = 0; q < 3000; q++) {
        const base = book[Math.floor(next() * book.length)]!.nameKey;
        const key = mutate(base, Math.floor(next() * 4), next);
        const found = finder.find({ emails: [], domain: '', nameKey: key }).map((m) => m.id).sort();
        expect(found, key).toEqual(bruteForce(book, key));
      }
    }
  });

  it('learns keys added after it was built as well as those it was built with', () => {
    const next = random(11);
    const keys = Array.from({ length: 3000 }, (_, i) => `${['global', 'shenzhen', 'sun', 'ocean'][i % 4]}${mutate('brightstarlighting', 2, next)}${i % 7}`);
    const book = keys.map((key, i): DuplicateKeys => ({ id: `c${i}`, company: key, emails: [], domain: '', nameKey: key }));
    const finder = createDuplicateFinder(book.slice(0, 1000));
    for (const customer of book.slice(1000)) finder.add(customer);
    for (let q = 0; q < 500; q++) {
      const key = mutate(keys[Math.floor(next() * keys.length)]!, 2, next);
      expect(finder.find({ emails: [], domain: '', nameKey: key }).map((m) => m.id).sort(), key).toEqual(bruteForce(book, key));
    }
  });
});

describe('100,000 customers', () => {
  it('builds the index and answers lookups (times printed, not asserted)', () => {
    const next = random(7);
    // Random pronounceable names, most with a common trade word, as a real book has them.
    const common = ['global', 'home', 'supply', 'import', 'tech', 'star', 'green', 'international', 'industries', 'electric', 'lighting', 'products'];
    const word = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => 'bcdfghklmnprstvz'[Math.floor(next() * 16)]! + 'aeiou'[Math.floor(next() * 5)]!).join('');
    const name = () => `${word()} ${next() < 0.6 ? common[Math.floor(next() * common.length)] : word()} Co., Ltd.`;
    const book: DuplicateKeys[] = Array.from({ length: 100_000 }, (_, i) => {
      const company = name();
      return { id: `c${i}`, company, emails: [`info@c${i}.com`], domain: `c${i}.com`, nameKey: normaliseCompanyName(company) };
    });
    let t = performance.now();
    const finder = createDuplicateFinder(book);
    const buildMs = performance.now() - t;
    t = performance.now();
    let typos = 0;
    const finds = 20_000;
    for (let i = 0; i < finds; i++) {
      const key = i % 2 ? mutate(book[i]!.nameKey, 1, next) : normaliseCompanyName(name());
      const found = finder.find({ emails: [`x@c${i}.com`], domain: '', nameKey: key });
      if (i % 2 && found.some((m) => m.id === `c${i}`)) typos++;
    }
    const findMs = performance.now() - t;
    console.log(`dedupe: index of 100k built in ${buildMs.toFixed(0)} ms; ${finds} finds in ${findMs.toFixed(0)} ms (${((findMs / finds) * 1000).toFixed(0)} µs each)`);
    expect(typos).toBe(finds / 2);
  }, 120_000);
});

/** Plain optimal-string-alignment distance, the whole table: the reference for the banded one. */
function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistanceWithin', () => {
  it('agrees with the full table on random strings, for every bound', () => {
    const next = random(17);
    for (let k = 0; k < 20_000; k++) {
      const letters = ['ab', 'abc', 'abcdefghij'][k % 3]!;
      const a = Array.from({ length: Math.floor(next() * 14) }, () => letters[Math.floor(next() * letters.length)]).join('');
      const b = next() < 0.5 ? mutate(a, 1 + Math.floor(next() * 3), next) : Array.from({ length: Math.floor(next() * 14) }, () => letters[Math.floor(next() * letters.length)]).join('');
      const exact = osaDistance(a, b);
      for (const max of [0, 1, 2, 3]) expect(editDistanceWithin(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(exact, max + 1));
    }
  });

  it.each([
    ['acme', 'acme', 1, 0], ['acme', 'acne', 1, 1], ['acme', 'amce', 1, 1], ['acme', 'acmee', 1, 1], ['acme', 'cme', 1, 1],
    ['acme', 'xyz', 1, 2], ['globallighting', 'golballihgting', 2, 2], ['abcdef', 'fedcba', 2, 3],
  ])('%s vs %s (max %i) is %i', (a, b, max, expected) => {
    expect(editDistanceWithin(a, b, max)).toBe(expected);
  });
});

export type { Customer };
