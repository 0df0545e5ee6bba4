import type { ExtractedInquiry, Found } from '../../../../src-shared/inquiry';
import type { InquiryPatch } from '../../../data';
import { minorDigits, toMinorUnits } from '../../letters/compose/templateInputs';

/** The inquiry page's editable values, as typed: texts, lists of texts and switches. */
export interface ExtractedDraft {
  company: string;
  senderName: string;
  website: string;
  emails: string[];
  phones: string[];
  country: string;
  language: string;
  products: string[];
  models: string[];
  specs: string[];
  quantityAmount: string;
  quantityUnit: string;
  priceAmount: string;
  priceCurrency: string;
  tradeTerm: string;
  tradePlace: string;
  paymentTerms: string[];
  deliveryDate: string;
  certificates: string[];
  sampleRequest: boolean;
  oemOrPackaging: boolean;
}

export type DraftProblem = 'badQuantity' | 'badPrice' | 'badEmail' | 'badCurrency';

const values = (list: readonly Found<string>[]) => list.map((f) => f.value);

/** Minor units back to "12.50" for the currency's digits, exactly (as text, never a float). */
export function minorToText(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const s = String(minor).padStart(digits + 1, '0');
  return `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

export function draftOf(x: ExtractedInquiry, language: string): ExtractedDraft {
  return {
    company: x.company?.value ?? '',
    senderName: x.senderName?.value ?? '',
    website: x.website?.value ?? '',
    emails: [...x.emails],
    phones: values(x.phones),
    country: x.country?.value ?? '',
    language,
    products: values(x.products),
    models: values(x.models),
    specs: values(x.specs),
    quantityAmount: x.quantity ? String(x.quantity.value.amount) : '',
    quantityUnit: x.quantity?.value.unit ?? '',
    priceAmount: x.targetPrice ? minorToText(x.targetPrice.value.minor, x.targetPrice.value.currency) : '',
    priceCurrency: x.targetPrice?.value.currency ?? 'USD',
    tradeTerm: x.tradeTerm?.value ?? '',
    tradePlace: x.tradeTerm?.place ?? '',
    paymentTerms: values(x.paymentTerms),
    deliveryDate: x.deliveryDate?.value ?? '',
    certificates: values(x.certificates),
    sampleRequest: Boolean(x.sampleRequest),
    oemOrPackaging: Boolean(x.oemOrPackaging),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const typed = (value: string): Found<string> => ({ value: value.trim(), evidence: '' });
const text = (value: string): Found<string> | null => (value.trim() ? typed(value) : null);
/** A list as typed, keeping the evidence of values that were read and are still there. */
const list = (next: readonly string[], read: readonly Found<string>[]) =>
  next.map((v) => v.trim()).filter(Boolean).map((v) => read.find((f) => f.value === v) ?? typed(v));

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The change from what was shown to what was typed, as updateInquiry's patch: only the values
 * that changed, an emptied one as null ("there is none"). A problem instead when a number or an
 * address cannot be read.
 */
export function patchOf(before: ExtractedDraft, after: ExtractedDraft, read: ExtractedInquiry): { patch: InquiryPatch; problems: DraftProblem[] } {
  const extracted: NonNullable<InquiryPatch['extracted']> = {};
  const problems: DraftProblem[] = [];
  const changed = (...keys: Array<keyof ExtractedDraft>) => keys.some((k) => !same(before[k], after[k]));

  if (changed('company')) extracted.company = text(after.company);
  if (changed('senderName')) extracted.senderName = text(after.senderName);
  if (changed('website')) extracted.website = text(after.website);
  if (changed('emails')) {
    const emails = after.emails.map((e) => e.trim().toLowerCase()).filter(Boolean);
    if (emails.some((e) => !EMAIL.test(e))) problems.push('badEmail');
    extracted.emails = emails;
  }
  if (changed('phones')) extracted.phones = list(after.phones, read.phones);
  if (changed('country')) extracted.country = after.country ? { value: after.country, evidence: '', source: 'input' } : null;
  if (changed('products')) extracted.products = list(after.products, read.products);
  if (changed('models')) extracted.models = list(after.models, read.models);
  if (changed('specs')) extracted.specs = list(after.specs, read.specs);
  if (changed('quantityAmount', 'quantityUnit')) {
    const amountText = after.quantityAmount.trim().replace(/[,\s]/g, '');
    const amount = Number(amountText);
    if (!amountText) extracted.quantity = null;
    else if (!Number.isFinite(amount) || amount <= 0) problems.push('badQuantity');
    else extracted.quantity = { value: { amount, unit: after.quantityUnit.trim() }, evidence: '' };
  }
  if (changed('priceAmount', 'priceCurrency')) {
    const currency = after.priceCurrency.trim().toUpperCase();
    if (!after.priceAmount.trim()) extracted.targetPrice = null;
    else if (!/^[A-Z]{3}$/.test(currency)) problems.push('badCurrency');
    else {
      const minor = toMinorUnits(after.priceAmount, currency);
      if (typeof minor !== 'number') problems.push('badPrice');
      else extracted.targetPrice = { value: { minor, currency }, evidence: '' };
    }
  }
  if (changed('tradeTerm', 'tradePlace')) {
    const term = after.tradeTerm.trim().toUpperCase();
    const place = after.tradePlace.trim();
    extracted.tradeTerm = term ? { value: term, evidence: '', ...(place ? { place } : {}) } : null;
  }
  if (changed('paymentTerms')) extracted.paymentTerms = list(after.paymentTerms, read.paymentTerms);
  if (changed('deliveryDate')) extracted.deliveryDate = text(after.deliveryDate);
  if (changed('certificates')) extracted.certificates = list(after.certificates, read.certificates);
  if (changed('sampleRequest')) extracted.sampleRequest = after.sampleRequest ? { value: true, evidence: '' } : null;
  if (changed('oemOrPackaging')) extracted.oemOrPackaging = after.oemOrPackaging ? { value: true, evidence: '' } : null;

  const patch: InquiryPatch = {};
  if (Object.keys(extracted).length > 0) patch.extracted = extracted;
  if (changed('language') && after.language) patch.language = after.language;
  return { patch, problems };
}
