import type { Customer } from '../../../src-shared/customer/customer';
import { withDerivedFields } from '../../../src-shared/customer/derived';
import type { LetterTemplate, SenderProfile } from '../../../src-shared/letters/types';
import type { TradewindApp } from './app';
import { putRecord } from './records';

/**
 * The smallest book a letters spec needs: a sender profile, one short English template and a
 * buyer or two, written straight into the app's database (then reload the page). For specs about
 * one behaviour of sending or scheduling, where the sample book would only add noise.
 */

export const SENDER: SenderProfile = {
  salesperson: { name: 'Li Wei', title: 'Sales Manager', email: 'liwei@tradewind-e2e.cn', phone: '', whatsapp: '' },
  company: { name: 'Ningbo Tradewind Housewares Co., Ltd.', website: '', address: '', phone: '' },
};

/** A short follow-up: "Dear {{contact.name}}, did the quote reach you?", signed by the salesperson. */
export function followUpTemplate(id: string, subject: string): LetterTemplate {
  return {
    id,
    kind: 'quoteFollowUp',
    name: { en: 'E2E follow-up', 'zh-CN': 'E2E 跟进' },
    description: { en: 'A short follow-up', 'zh-CN': '简短的跟进' },
    suggest: {},
    inputs: [],
    variants: { en: { subject, html: '<p>Dear {{contact.name}},</p><p>Did the quote reach you?</p><p>{{salesperson.name}}</p>' } },
    fallbackLanguage: 'en',
    builtIn: false,
    updatedAt: 1,
  };
}

export interface BuyerSpec {
  id: string;
  company: string;
  country: string;
  city: string;
  timeZone: string;
  contact: { name: string; email: string };
}

/** A stored customer, level B, quoted, writing in English, with one contact. */
export function buyer(spec: BuyerSpec): Customer {
  return withDerivedFields({
    id: spec.id,
    company: spec.company,
    website: '',
    country: spec.country,
    city: spec.city,
    language: 'en',
    timeZone: spec.timeZone,
    level: 'B',
    background: 'importerWholesaler',
    stage: 'quoted',
    source: 'alibaba',
    tags: [],
    products: [],
    notes: '',
    createdAt: 1,
    updatedAt: 1,
    lastContactAt: null,
    nextFollowUpAt: null,
    contacts: [{ id: `${spec.id}-contact`, name: spec.contact.name, title: '', emails: [spec.contact.email], phones: [], whatsapp: '' }],
  } as unknown as Customer);
}

/** The Hamburg buyer both specs write to: Lena Vogel, Europe/Berlin. */
export function hamburgBuyer(id: string): Customer {
  return buyer({ id, company: 'Hamburg Küchen GmbH', country: 'DE', city: 'Hamburg', timeZone: 'Europe/Berlin', contact: { name: 'Lena Vogel', email: 'lena@hamburg-kuechen.de' } });
}

/** Writes the sender profile, the template and the customers, then reloads so the app reads them. */
export async function seedOneBuyerBook(app: TradewindApp, template: LetterTemplate, customers: readonly Customer[]): Promise<void> {
  await putRecord(app, 'settings', { key: 'senderProfile', value: SENDER });
  await putRecord(app, 'templates', template);
  for (const customer of customers) await putRecord(app, 'customers', customer);
  await app.reload();
}
