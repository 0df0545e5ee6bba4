import { describe, expect, it } from 'vitest';
import type { Contact, Customer } from '../../../src-shared/customer/customer';
import {
  buildLetterData,
  checkRecipient,
  compileLetter,
  htmlToText,
  pickVariant,
  primaryContact,
  renderLetter,
  type RecipientCheck,
  type TemplateVariant,
} from '../../../src-shared/letters';
import { cleanSubject } from '../../../src-shared/letters/compileLetter';
import { letterEnvironment } from '../../../src-shared/letters/environment';
import { isMissingValue } from '../../../src-shared/letters/requiredFields';
import { compileTextProgram, runTextProgram, type TextProgram } from '../../../src-shared/letters/textProgram';
import { collapseWhitespace, TextWriter, WRITER_STATES } from '../../../src-shared/letters/textWriter';
import { JUNE_1, letterData, PROFILE } from './fixtures';
import { programAndExpected } from './textRun';

/**
 * The shortcuts taken per letter on the letters-render path (see the README's engine notes): each
 * must give exactly what the plain way gives, including for odd input.
 */


function programOf(html: string): TextProgram {
  const program = compileTextProgram(letterEnvironment.parse(html));
  if (!program) throw new Error(`not mapped: ${html}`);
  return program;
}

describe('static chunks of the text program', () => {
  it('names every writer state by a key that survives a round trip', () => {
    for (let key = 0; key < WRITER_STATES; key++) expect(TextWriter.inState(key).writer.stateKey()).toBe(key);
  });

  // Values that leave the writer in each kind of state before the static text that follows them:
  // nothing written yet, a pending space, a pending break, newlines already written.
  const values = ['', ' ', 'x', ' x ', 'a\n\tb', '\n', '  lead', 'trail  ', '\u00a0nb\u00a0', '\u3000wide\u3000', 'Tom & <Jerry>'];
  const templates = [
    '{{extra.a}}<p>Dear {{extra.b}},</p><p>{{extra.c}}</p>',
    '{{extra.a}} <br>{{extra.b}}<br><br><br>{{extra.c}} <li>x</li>{{extra.a}}',
    '<ul>{{#if extra.a}}<li>{{extra.a}}</li>{{/if}}<li>{{extra.b}}</li></ul>{{extra.c}}<p></p>',
    '<p>&nbsp;{{extra.a}}&nbsp;</p>{{extra.b}}<br>',
    '<td>{{extra.a}}</td><td>{{extra.b}}</td><tr>{{extra.c}}',
    '<p>See <a href="https://x.cn/">our site</a> {{extra.a}} <a href="mailto:q@x.cn">q@x.cn</a>{{extra.b}}</p>',
  ];

  it('gives htmlToText of the body whatever state a chunk is entered in, links included', () => {
    const problems: string[] = [];
    for (const html of templates) {
      const program = programOf(html);
      for (const a of values) {
        for (const b of values) {
          const data = letterData({ extra: { a, b, c: b + a } });
          const { text, expected } = programAndExpected(program, html, data);
          if (text !== expected) problems.push(`${html} a=${JSON.stringify(a)} b=${JSON.stringify(b)}: ${JSON.stringify(text)} !== ${JSON.stringify(expected)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('trims the text exactly as String.prototype.trim would, at both ends', () => {
    const html = '{{extra.a}}<p>x</p>{{extra.b}}';
    const program = programOf(html);
    const pairs = [['\u00a0lead', 'end\u2028'], ['\ufeffa', 'b\u00a0'], ['\u2003', '\u2003'], ['', ''], ['lead', 'end\u2028'], ['lead', 'b\u00a0'], ['\u3000a', 'b']];
    for (const [a, b] of pairs) {
      const { text, expected } = programAndExpected(program, html, letterData({ extra: { a, b } }));
      expect(text).toBe(expected);
      expect(text).toBe(`${a} x ${b}`.trim().replace(' x ', '\n\nx\n\n'));
    }
    // A line break written last (the text ends with a newline until trimmed).
    const program2 = programOf('<p>{{extra.a}}<br>{{extra.b}}<br>');
    for (const [a, b] of [['x', ''], ['x', 'y'], ['', '']]) {
      const { text, expected } = programAndExpected(program2, '<p>{{extra.a}}<br>{{extra.b}}<br>', letterData({ extra: { a, b } }));
      expect(text).toBe(expected);
    }
  });
});

describe('values written by the text program', () => {
  it('gives the right text letter after letter as the same place gets equal, different and odd values', () => {
    const html = '<p>{{customer.company}}: {{extra.quote}}</p><p>{{money extra.total}}</p>';
    const program = programOf(html);
    // Equal strings that are different objects, whitespace runs, numbers, empty, then back again.
    const companies = ['Acme', ['Ac', 'me'].join(''), 'Acme  Ltd', 'Acme\n\tLtd', 'Acme', ' ', '', 'x'.repeat(200)];
    const quotes: unknown[] = ['Q-1', 'Q-1', 7, 0, null, 'Q  2', ['Q', '-1'].join(''), 'Q-1'];
    companies.forEach((company, i) => {
      const data = letterData({ customer: { company }, extra: { quote: quotes[i], total: i * 10.5 } });
      const { text, expected } = programAndExpected(program, html, data);
      expect(text).toBe(expected);
    });
  });

  it('gives each program its own writer when one runs inside another (a getter in the data)', () => {
    const inner = programOf('<p>{{customer.city}}</p>');
    const html = '<p>{{customer.company}}: {{extra.nested}}</p><p>{{customer.company}}</p>';
    const extra = {};
    const data = letterData({ extra });
    Object.defineProperty(extra, 'nested', { enumerable: true, get: () => `[${runTextProgram(inner, data, []) ?? ''}]` });
    const { text, expected } = programAndExpected(programOf(html), html, data);
    expect(text).toBe(expected);
    expect(text).toBe('Acme Imports: [Chicago]\n\nAcme Imports');
  });

  it('collapses whitespace runs only, and returns the very string when there are none', () => {
    const s = 'Ningbo Bright Lighting Co., Ltd.';
    expect(collapseWhitespace(s)).toBe(s);
    expect(collapseWhitespace('a  b\t\tc\n d ')).toBe('a b c d ');
    expect(collapseWhitespace('\u00a0 a\u3000')).toBe('\u00a0 a\u3000');
  });
});

describe('cleanSubject', () => {
  // eslint-disable-next-line no-control-regex -- the reference the shortcut must agree with
  const reference = (s: string) => s.replace(/[^\S ][\s\u0000-\u001f\u007f\u0085]*|[\u0000-\u001f\u007f\u0085][\s\u0000-\u001f\u007f\u0085]*| [\s\u0000-\u001f\u007f\u0085]+/g, ' ').trim();

  it('leaves a clean subject as it is and cleans every other exactly as before', () => {
    const subjects = [
      'Quotation Q-2026-0612 for Acme Imports',
      'Acme: cotización Q-1',
      ' lead',
      'trail ',
      'two  spaces',
      'tab\there',
      'line\r\nbreak',
      'bell\u0007',
      'nel\u0085x',
      'del\u007fx',
      'sep\u2028x',
      '\u00a0nbsp\u00a0',
      '\u3000wide',
      'a \u00a0b',
      '',
      ' ',
    ];
    for (const s of subjects) expect(cleanSubject(s)).toBe(reference(s));
    const clean = 'Quotation Q-2026-0612 for Acme Imports';
    expect(cleanSubject(clean)).toBe(clean);
  });
});

describe('isMissingValue', () => {
  it('tells blank strings from filled ones, whatever their first character', () => {
    for (const blank of ['', ' ', '\t\n', '\u00a0', '\u3000 ', '\ufeff']) expect(isMissingValue(blank)).toBe(true);
    for (const filled of ['a', ' a', '\u00a0a', 'é', '王伟', '\u3000x', '0']) expect(isMissingValue(filled)).toBe(false);
    expect(isMissingValue(0)).toBe(false);
    expect(isMissingValue(Number.NaN)).toBe(true);
    expect(isMissingValue([])).toBe(true);
  });
});

describe('checkRecipient', () => {
  const contact = (emails: unknown, extra: Partial<Contact> = {}): Contact => ({ id: 'c', name: 'Maria', title: '', emails: emails as string[], phones: [], whatsapp: '', ...extra });
  const letter = { subject: 's', html: 'h', text: 't', missing: [] as string[] };
  const check = (overrides: Partial<RecipientCheck> = {}) =>
    checkRecipient({ customer: { lastContactAt: null }, contact: contact(['maria@acme.example']), letter, kind: 'development', bounced: new Set(), recentDays: 3, now: JUNE_1, ...overrides });

  it('gives a new empty list for a good recipient', () => {
    const a = check();
    const b = check();
    expect(a).toEqual([]);
    expect(a).not.toBe(b);
  });

  it('lists every problem in the same order as before', () => {
    expect(
      check({
        letter: { ...letter, missing: ['customer.company', 'extra.quote.number'] },
        contact: contact(['Maria <maria@acme.example>'], { unsubscribed: true }),
        customer: { lastContactAt: JUNE_1 - 1000 },
      }),
    ).toEqual([
      { code: 'missingField', field: 'customer.company' },
      { code: 'missingField', field: 'extra.quote.number' },
      { code: 'invalidEmail', address: 'Maria <maria@acme.example>' },
      { code: 'unsubscribed' },
      { code: 'recentlyContacted', days: 3, at: JUNE_1 - 1000 },
    ]);
    expect(check({ contact: contact([' MARIA@acme.example ']), bounced: new Set(['maria@acme.example']) })).toEqual([{ code: 'bouncedAddress', address: 'MARIA@acme.example' }]);
  });

  it('copes with odd contact records: no contact, no addresses, addresses that are not a list', () => {
    expect(check({ contact: null })).toEqual([{ code: 'noEmail' }]);
    expect(check({ contact: contact([]) })).toEqual([{ code: 'noEmail' }]);
    expect(check({ contact: contact(['', '  ', 42]) })).toEqual([{ code: 'noEmail' }]);
    expect(check({ contact: contact('maria@acme.example') })).toEqual([{ code: 'noEmail' }]);
    expect(check({ contact: contact(undefined) })).toEqual([{ code: 'noEmail' }]);
    // A truthy flag from an old import still counts.
    expect(check({ contact: contact(['maria@acme.example'], { unsubscribed: 1 as unknown as boolean }) })).toEqual([{ code: 'unsubscribed' }]);
  });

  it('primaryContact skips what is not a contact and copes with contacts that are not a list', () => {
    const good = contact(['maria@acme.example']);
    expect(primaryContact({ contacts: [null, 'x', good] as unknown as Contact[] })?.contact).toBe(good);
    expect(primaryContact({ contacts: 'x' as unknown as Contact[] })).toBeNull();
    expect(primaryContact({ contacts: undefined as unknown as Contact[] })).toBeNull();
    expect(primaryContact({ contacts: [] })).toBeNull();
  });
});

describe('buildLetterData (built with constructors, see the note in buildLetterData.ts)', () => {
  const customer = {
    company: ' Acme ', country: 'us', city: 'Chicago', website: '', level: 'B', background: 'importerWholesaler', stage: 'quoted',
    products: ['  LED bulbs ', '', '   ', 42, null, 'panel lights'] as unknown as string[], lastContactAt: 5, language: 'en', timeZone: 'Mars/Base',
  };
  const data = buildLetterData({ customer, contact: { name: ' Ana  Ruiz ', title: 'Buyer', emails: ['ana@acme.example'] }, profile: PROFILE, sendAt: JUNE_1 });

  it('keeps the product names that are strings with text, as typed, and their trimmed product lines', () => {
    expect(data.customer.products).toEqual(['  LED bulbs ', 'panel lights']);
    expect(data.products).toEqual([{ name: 'LED bulbs' }, { name: 'panel lights' }]);
    expect(buildLetterData({ customer: { ...customer, products: 'LED' as unknown as string[] }, contact: null, profile: PROFILE }).products).toEqual([]);
  });

  it('is plain data: the same keys in the same order as the LetterData contract, cloned and serialised like object literals', () => {
    expect(Object.keys(data)).toEqual(['letter', 'customer', 'contact', 'salesperson', 'company', 'products', 'extra']);
    expect(Object.keys(data.letter)).toEqual(['locale', 'language', 'timeZone', 'currency', 'sendAt']);
    expect(Object.keys(data.customer)).toEqual(['company', 'country', 'countryName', 'city', 'website', 'level', 'background', 'stage', 'products', 'lastContactAt']);
    expect(Object.keys(data.contact)).toEqual(['name', 'firstName', 'lastName', 'title', 'email']);
    const plain = JSON.parse(JSON.stringify(data)) as unknown;
    expect(structuredClone(data)).toStrictEqual(plain);
    expect(plain).toMatchObject({
      letter: { locale: 'en-US', language: 'en', timeZone: 'UTC', currency: 'USD', sendAt: JUNE_1 },
      customer: { company: 'Acme', country: 'US', countryName: 'United States', lastContactAt: 5 },
      contact: { name: 'Ana  Ruiz', firstName: 'Ana', lastName: 'Ruiz', title: 'Buyer', email: 'ana@acme.example' },
    });
  });

  it('renders the same from the built data as from its plain copy', () => {
    const variant = { subject: '{{customer.company}}', html: '<p>{{salutation}} {{contact.firstName}}, {{list customer.products}} {{products}}</p>' };
    const plain = JSON.parse(JSON.stringify(data)) as typeof data;
    expect(renderLetter(variant, data)).toEqual(renderLetter(variant, plain));
  });
});

describe('the whole letters-render path on odd customer records', () => {
  const variant: TemplateVariant = {
    subject: 'Quotation {{extra.quote.number}} for {{customer.company}}',
    html:
      '<p>{{salutation}}</p><p>Thank you{{#if customer.products}} for {{list customer.products}}{{/if}}, {{contact.firstName}}.</p>' +
      '<ul><li>Total: {{money extra.quote.total}}</li><li>In {{customer.city}}, {{customer.countryName}}</li></ul>' +
      '<p>{{salesperson.name}}<br>{{#if company.website}}{{company.website}}{{/if}}</p>',
  };
  const template = { variants: { en: variant }, fallbackLanguage: 'en' };
  const base: Customer = {
    id: 'c1', company: 'Acme', website: '', country: 'US', city: 'Chicago', contacts: [], language: 'en', timeZone: 'America/Chicago',
    level: 'B', background: 'importerWholesaler', stage: 'quoted', source: 'other', tags: [], products: ['LED bulbs'], notes: '',
    lastContactAt: null, nextFollowUpAt: null, createdAt: 0, updatedAt: 0, emails: [], domain: '', nameKey: '',
  } as unknown as Customer;
  const person = (name: unknown, emails: unknown): Contact => ({ id: 'k', name: name as string, title: '', emails: emails as string[], phones: [], whatsapp: '' });
  const odd: Array<[string, Partial<Customer>]> = [
    ['no contacts', { contacts: [] }],
    ['a contact without addresses', { contacts: [person('Ana Ruiz', [])] }],
    ['a name that is not a string', { contacts: [person(42, ['a@acme.example'])] }],
    ['HTML and whitespace runs in names', { company: '  <b>Tom</b> &amp;\n\tJerry  ', contacts: [person('<script>x</script>  Ana\tRuiz', ['a@acme.example'])] }],
    ['missing fields', { company: undefined, city: undefined, products: undefined, country: '' } as unknown as Partial<Customer>],
    ['fields of the wrong type', { company: 7, city: ['x'], products: 'LED', lastContactAt: 'yesterday' } as unknown as Partial<Customer>],
    ['an East Asian name and no products', { contacts: [person('王伟', ['wang@acme.example'])], products: [] }],
  ];
  for (const [name, overrides] of odd) {
    it(`renders, checks and derives the text exactly: ${name}`, () => {
      const customer = { ...base, ...overrides } as Customer;
      const choice = pickVariant(template, customer.language);
      const primary = primaryContact(customer);
      const contact = primary?.contact ?? customer.contacts?.[0] ?? null;
      const data = buildLetterData({ customer, contact, profile: PROFILE, extra: { 'quote.number': 'Q-1', 'quote.total': 12.5 }, sendAt: JUNE_1, language: choice.language });
      const letter = renderLetter(choice.variant, data);
      expect(letter.text).toBe(htmlToText(compileLetter(variant).templates.html(data)));
      expect(letter.subject).not.toMatch(/[\r\n]|\s{2}/);
      expect(letter.html).not.toContain('<script>');
      const problems = checkRecipient({ customer, contact, letter, kind: 'quoteCover', bounced: new Set(), recentDays: 3, now: JUNE_1 });
      expect(Array.isArray(problems)).toBe(true);
      if (!primary) expect(problems.some((p) => p.code === 'noEmail' || p.code === 'invalidEmail')).toBe(true);
    });
  }
});
