import type { CustomerInput } from '../../src-shared/customer/customer';

/** A valid customer input; tests override the fields they care about. */
export function customerInput(overrides: Partial<CustomerInput> = {}): CustomerInput {
  return {
    company: 'Garcia Import SL',
    website: 'https://garcia-import.es',
    country: 'ES',
    city: 'Valencia',
    contacts: [{ name: 'María García', title: 'Gerente de Compras', emails: ['maria@garcia-import.es'], phones: [], whatsapp: '' }],
    language: 'es',
    timeZone: 'Europe/Madrid',
    level: 'C',
    background: 'importerWholesaler',
    stage: 'qualified',
    source: 'alibaba',
    tags: ['oem'],
    products: ['LED panel light 600x600 40W'],
    notes: '',
    lastContactAt: null,
    nextFollowUpAt: null,
    ...overrides,
  };
}
