import { countryCodeFromText } from '../customer/countries';
import { domainOf } from '../customer/derived';
import { detectLanguage } from './detectLanguage';
import { countryInLines, countryOfDomain, displayNameOf, readEmails, readPhones, readWebsite } from './extractContact';
import {
  readCertificates,
  readDeliveryDate,
  readModels,
  readOemOrPackaging,
  readPaymentTerms,
  readProductPhrase,
  readQuantity,
  readSampleRequest,
  readSpecs,
  readTargetPrice,
  readTradeTerm,
} from './extractTerms';
import { readFieldLines } from './fieldLines';
import { LEGAL_FORM_LINE } from './lexicon';
import { normalizeInquiryText, type NormalizedInquiry } from './normalize';
import { readSignature } from './signature';
import type { CountrySource, ExtractInput, ExtractedInquiry, Found, InquiryChannel, InquiryProblemCode } from './types';

/**
 * Reads an inquiry: who sent it, from where, what they want, how many, at what price and on
 * which terms. Every value comes with the words it was read from, so the user can check it.
 * Never throws: empty or unreadable input gives an empty result with its problem codes.
 */
export function extractInquiry(input: ExtractInput): ExtractedInquiry {
  return extractNormalized(normalizeInquiryText(input.text ?? ''), input);
}

const ALIBABA = /alibaba\.com/i;
const MADE_IN_CHINA = /made-in-china\.com/i;
const COMPANY_INLINE = /(?:[\p{Lu}][\p{L}&'.-]*\s){1,5}(?:Ltd|Limited|LLC|Inc|GmbH|SARL|Ltda|Lda|SpA|S\.A\.|Pty Ltd|Sdn Bhd|FZE|Pte Ltd|Co\., ?Ltd)\.?/u;

export function extractNormalized(n: NormalizedInquiry, input: ExtractInput): ExtractedInquiry {
  const problems: InquiryProblemCode[] = [];
  if (!n.original.trim()) problems.push('emptyText');
  if (n.binary) problems.push('binaryText');
  if (n.truncated) problems.push('truncated');
  if (n.isHtml) problems.push('htmlOnly');

  const lines = n.body.split('\n');
  const fields = readFieldLines(lines);
  // The buyer's own words: without the platform's product line, which it fills in by itself.
  const own = fields.productLines.size ? lines.filter((_, i) => !fields.productLines.has(i)).join('\n') : n.body;
  const ownLower = own.toLowerCase();
  const lower = n.body.toLowerCase();
  const signature = readSignature(lines);

  const subject = input.subject?.trim() || n.headers.subject || undefined;
  const fromHeader = n.headers.from ?? '';
  const emails = readEmails([input.fromEmail, fromHeader, n.headers['reply-to'], fields.values.email], n.body);

  const countryBy: Partial<Record<CountrySource, string>> = {};
  let country: ExtractedInquiry['country'];
  const setCountry = (source: CountrySource, found: Found<string> | undefined) => {
    if (!found) return;
    countryBy[source] ??= found.value;
    country ??= { ...found, source };
  };
  const fieldCountry = fields.values.country ? countryCodeFromText(fields.values.country) : null;
  if (fieldCountry) setCountry('platform', { value: fieldCountry, evidence: fields.values.country ?? fieldCountry });
  setCountry('text', countryInLines(signature.lines));

  const phones = readPhones(n.body, country?.value ?? countryOfDomain(domainOf(emails[0] ?? '')) ?? '');
  const phoneCountry = phones.find((p) => p.country);
  if (phoneCountry?.country) setCountry('phone', { value: phoneCountry.country, evidence: phoneCountry.evidence });
  for (const email of emails) {
    const code = countryOfDomain(domainOf(email));
    if (code) {
      setCountry('emailDomain', { value: code, evidence: email });
      break;
    }
  }

  const senderName = firstFound(
    [input.fromName, 'from field'],
    [displayNameOf(fromHeader), `From: ${fromHeader}`],
    [fields.values.name, 'name field'],
    [signature.name, 'signature'],
  );
  const companyInline = COMPANY_INLINE.exec(own);
  const company = firstFound(
    [fields.values.company, 'company field'],
    [signature.company, 'signature'],
    [companyInline?.[0], 'text'],
    [lines.find((l) => l.length <= 60 && LEGAL_FORM_LINE.test(l) && !/[.!?]$/.test(l)), 'text'],
  );

  const products: Found<string>[] = [];
  if (fields.values.product) products.push({ value: fields.values.product, evidence: `Product: ${fields.values.product}` });
  const phrase = readProductPhrase(own, ownLower);
  if (phrase) products.push(phrase);
  const whatsapp = phones.find((p) => p.whatsapp);

  const result: ExtractedInquiry = {
    language: detectLanguage(own || n.body),
    headers: n.headers,
    subject,
    channel: detectChannel(n.full),
    senderName,
    emails,
    company,
    website: readWebsite(n.body, fields.values.website),
    country,
    countryBy,
    phones: phones.map(({ value, evidence, country: c }) => (c ? { value, evidence, country: c } : { value, evidence })),
    whatsapp: whatsapp ? { value: whatsapp.value, evidence: whatsapp.evidence } : undefined,
    products,
    models: readModels(own),
    specs: readSpecs(ownLower),
    quantity: readQuantity(lower, fields.values.quantity),
    targetPrice: readTargetPrice(ownLower),
    tradeTerm: readTradeTerm(own),
    paymentTerms: readPaymentTerms(ownLower),
    deliveryDate: readDeliveryDate(ownLower),
    certificates: readCertificates(own, ownLower),
    sampleRequest: readSampleRequest(ownLower),
    oemOrPackaging: readOemOrPackaging(ownLower),
    signature,
    text: n.body,
    problems,
  };
  if (emails.length === 0) problems.push('noEmail');
  return result;
}

function firstFound(...candidates: Array<[string | undefined, string]>): Found<string> | undefined {
  for (const [value, evidence] of candidates) {
    const v = value?.trim();
    if (v) return { value: v, evidence: evidence === 'text' || evidence === 'signature' ? v : `${evidence}: ${v}` };
  }
  return undefined;
}

function detectChannel(text: string): InquiryChannel | undefined {
  const head = text.slice(0, 400);
  const tail = text.slice(-600);
  if (ALIBABA.test(head) || ALIBABA.test(tail)) return 'alibaba';
  if (MADE_IN_CHINA.test(head) || MADE_IN_CHINA.test(tail)) return 'madeInChina';
  return undefined;
}

