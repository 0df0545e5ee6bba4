import type { LetterData, SenderProfile } from '../../../src-shared/letters';

/** 1 June 2026 (a Monday), 06:00 UTC. */
export const JUNE_1 = Date.UTC(2026, 5, 1, 6, 0);

export const PROFILE: SenderProfile = {
  salesperson: { name: 'Li Wei', title: 'Sales Manager', email: 'li.wei@brightlight.cn', phone: '+86 574 8888 1234', whatsapp: '' },
  company: { name: 'Ningbo Bright Lighting Co., Ltd.', website: 'https://brightlight.cn', address: 'Ningbo, China', phone: '' },
};

/** A complete letter data object; override what a test is about. */
export function letterData(overrides: { [K in keyof LetterData]?: Partial<LetterData[K]> } = {}): LetterData {
  return {
    letter: { locale: 'en-US', language: 'en', timeZone: 'America/New_York', currency: 'USD', sendAt: JUNE_1, ...overrides.letter },
    customer: {
      company: 'Acme Imports', country: 'US', countryName: 'United States', city: 'Chicago', website: 'acme.example',
      level: 'B', background: 'importerWholesaler', stage: 'quoted', products: ['LED bulbs', 'panel lights'], lastContactAt: null,
      ...overrides.customer,
    },
    contact: { name: 'Maria Lopez', firstName: 'Maria', lastName: 'Lopez', title: 'Purchasing Manager', email: 'maria@acme.example', ...overrides.contact },
    salesperson: { ...PROFILE.salesperson, ...overrides.salesperson },
    company: { ...PROFILE.company, ...overrides.company },
    products: (overrides.products as LetterData['products'] | undefined) ?? [{ name: 'LED bulbs' }, { name: 'panel lights' }],
    extra: (overrides.extra as LetterData['extra'] | undefined) ?? {},
  };
}
