import { describe, expect, it } from 'vitest';
import { buildLetterData, splitName } from '../../../src-shared/letters';
import { JUNE_1, PROFILE } from './fixtures';

const customer = {
  company: ' Distribuidora Sol ', country: 'MX', city: 'Monterrey', website: 'sol.mx', level: 'B', background: 'distributor',
  stage: 'quoted', products: ['LED bulbs', ' ', 'panel lights'], lastContactAt: 123, language: 'es', timeZone: 'America/Monterrey',
};
const contact = { name: 'María  López García', title: 'Gerente de Compras', emails: ['not an email', 'maria@sol.mx'] };

describe('buildLetterData', () => {
  it('builds the locale from language and country, and names the country in that language', () => {
    const data = buildLetterData({ customer, contact, profile: PROFILE, sendAt: JUNE_1, language: 'es' });
    expect(data.letter).toEqual({ locale: 'es-MX', language: 'es', timeZone: 'America/Monterrey', currency: 'USD', sendAt: JUNE_1 });
    expect(data.customer).toMatchObject({ company: 'Distribuidora Sol', country: 'MX', countryName: 'México', products: ['LED bulbs', 'panel lights'], lastContactAt: 123 });
    expect(data.contact).toEqual({ name: 'María  López García', firstName: 'María', lastName: 'López García', title: 'Gerente de Compras', email: 'maria@sol.mx' });
    expect(data.products).toEqual([{ name: 'LED bulbs' }, { name: 'panel lights' }]);
    expect(data.salesperson).toEqual(PROFILE.salesperson);
  });
  it("uses the customer's regional tag for the same language, and the letter language for the country name", () => {
    const br = buildLetterData({ customer: { ...customer, country: 'BR', language: 'pt-BR', timeZone: 'America/Sao_Paulo' }, contact, profile: PROFILE, sendAt: JUNE_1, language: 'pt' });
    expect(br.letter.locale).toBe('pt-BR');
    expect(br.customer.countryName).toBe('Brasil');
    const fallback = buildLetterData({ customer: { ...customer, country: 'IT', language: 'it' }, contact, profile: PROFILE, sendAt: JUNE_1, language: 'en' });
    expect(fallback.letter.language).toBe('en');
    expect(fallback.customer.countryName).toBe('Italy');
    const zh = buildLetterData({ customer: { ...customer, language: 'zh-CN', country: 'CN' }, contact, profile: PROFILE, sendAt: JUNE_1, language: 'zh' });
    expect([zh.letter.locale, zh.customer.countryName]).toEqual(['zh-CN', '中国']);
  });
  it('expands dotted extra keys, keeps nested ones, and drops prototype keys', () => {
    const data = buildLetterData({
      customer, contact, profile: PROFILE, sendAt: JUNE_1,
      extra: { 'quote.number': 'Q-7', quote: { total: { minor: 100, currency: 'USD' } }, '__proto__.x': 1, 'a.constructor': 2 },
      currency: 'eur',
    });
    expect(data.extra).toEqual({ quote: { number: 'Q-7', total: { minor: 100, currency: 'USD' } } });
    expect(data.letter.currency).toBe('EUR');
  });
  it('copes with no contact and a bad time zone', () => {
    const data = buildLetterData({ customer: { ...customer, timeZone: 'Mars/Olympus' }, contact: null, profile: PROFILE, sendAt: JUNE_1 });
    expect(data.contact).toEqual({ name: '', firstName: '', lastName: '', title: '', email: '' });
    expect(data.letter.timeZone).toBe('UTC');
    expect(data.letter.language).toBe('es');
  });
});

describe('splitName', () => {
  it('splits Western and East Asian names', () => {
    expect(splitName('Maria Lopez')).toEqual({ firstName: 'Maria', lastName: 'Lopez' });
    expect(splitName(' Jean-Pierre  de la Tour ')).toEqual({ firstName: 'Jean-Pierre', lastName: 'de la Tour' });
    expect(splitName('王伟')).toEqual({ firstName: '伟', lastName: '王' });
    expect(splitName('Madonna')).toEqual({ firstName: 'Madonna', lastName: '' });
    expect(splitName('')).toEqual({ firstName: '', lastName: '' });
  });
  it('collapses tabs, line breaks and runs of spaces, and leaves single-spaced names as they are', () => {
    expect(splitName('Ana\tMaria\n Souza')).toEqual({ firstName: 'Ana', lastName: 'Maria Souza' });
    expect(splitName('Ana Maria Souza')).toEqual({ firstName: 'Ana', lastName: 'Maria Souza' });
  });
});

describe('buildLetterData: looked-up places', () => {
  it('gives each language, customer language and country its own locale and country name, also when asked again', () => {
    const asked = [
      { country: 'MX', language: 'es', letter: 'es', locale: 'es-MX', name: 'México' },
      { country: 'BR', language: 'pt-BR', letter: 'pt', locale: 'pt-BR', name: 'Brasil' },
      { country: 'BR', language: 'pt-BR', letter: 'en', locale: 'en-BR', name: 'Brazil' },
      { country: 'de', language: 'de', letter: 'de', locale: 'de-DE', name: 'Deutschland' },
      { country: '', language: 'fr', letter: 'fr', locale: 'fr', name: '' },
    ];
    for (let round = 0; round < 2; round++) {
      for (const a of asked) {
        const data = buildLetterData({ customer: { ...customer, country: a.country, language: a.language }, contact, profile: PROFILE, sendAt: JUNE_1, language: a.letter });
        expect([data.letter.locale, data.customer.country, data.customer.countryName]).toEqual([a.locale, a.country.trim().toUpperCase(), a.name]);
      }
    }
  });
  it('still answers correctly after more combinations than it keeps', () => {
    for (let i = 0; i < 1100; i++) buildLetterData({ customer: { ...customer, country: `X${i}` }, contact, profile: PROFILE, sendAt: JUNE_1, language: 'es' });
    expect(buildLetterData({ customer, contact, profile: PROFILE, sendAt: JUNE_1, language: 'es' }).customer.countryName).toBe('México');
  });
});
