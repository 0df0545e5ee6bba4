import { defaultLanguage } from '../customer/countries';
import { domainOf, isFreeMailDomain } from '../customer/derived';
import { BANK_CHANGE, BULK_AT_ONCE, CONTACT_CHANGE, NO_SAMPLE, ODD_PAYMENT, OVERPAYMENT, PUSH_WHATSAPP, SPAM_OFFER, VAGUE_MASS, VAGUE_SUBJECT_WORDS, compileTable } from './lexicon';
import { quoteAround } from './extractTerms';
import type { ExtractedInquiry, KnownCustomerMatch, PlatformSignals, QualifyInput, SignalResult } from './types';
import { FRAUD_SIGNALS, type QualifyWeights, type SignalId } from './weights';

/**
 * The signals of DOMAIN.md, read off an extracted inquiry. Each one that fires becomes a line of
 * the scorecard: its id, its weight (from the editable weights) and the words that made it fire.
 */

export interface ScorecardContext {
  input: QualifyInput;
  extracted: ExtractedInquiry;
  known: KnownCustomerMatch | undefined;
  weights: QualifyWeights;
}

export interface Scorecard {
  signals: SignalResult[];
  /** The buyer's local hour at sending, when receivedAt tells it. */
  localHour?: number;
  /** Sum of the fraud signals' weights. */
  fraudWeight: number;
}

const RE = {
  vagueMass: compileTable(VAGUE_MASS),
  spam: compileTable(SPAM_OFFER),
  noSample: compileTable(NO_SAMPLE),
  bulk: compileTable(BULK_AT_ONCE),
  oddPayment: compileTable(ODD_PAYMENT),
  pushWhatsapp: compileTable(PUSH_WHATSAPP),
  bankChange: compileTable(BANK_CHANGE),
  contactChange: compileTable(CONTACT_CHANGE),
  overpayment: compileTable(OVERPAYMENT),
};

const FRAUD_IDS: ReadonlySet<SignalId> = new Set(FRAUD_SIGNALS);

export function computeScorecard(ctx: ScorecardContext): Scorecard {
  const { input, extracted: x, known, weights } = ctx;
  const signals: SignalResult[] = [];
  const fire = (id: SignalId, evidence: string, scale = 1) => {
    const w = Math.round((weights[id] ?? 0) * scale);
    if (w !== 0 || scale === 1) signals.push({ id, weight: w, evidence: evidence.slice(0, 200) });
  };
  const lower = phraseWindow(x.text).toLowerCase();
  const match = (re: RegExp) => {
    const m = re.exec(lower);
    return m ? quoteAround(lower, m.index, m[0].length) : null;
  };

  // Strong
  const specific = [...x.models, ...x.specs].map((f) => f.value);
  if (specific.length) fire('specificProduct', specific.slice(0, 5).join(', '));
  if (x.quantity) fire('quantity', x.quantity.evidence);
  if (x.targetPrice) fire('targetPrice', x.targetPrice.evidence);
  if (x.tradeTerm) fire('tradeTerm', x.tradeTerm.evidence);
  const oddPayment = match(RE.oddPayment);
  const payments = x.paymentTerms.filter((p) => !RE.oddPayment.test(p.value));
  if (payments.length) fire('paymentTerms', payments.map((p) => p.evidence).join(', '));
  if (x.deliveryDate) fire('deliveryDate', x.deliveryDate.evidence);
  if (x.certificates.length) fire('certificates', x.certificates.map((c) => c.evidence).join(', '));
  if (x.oemOrPackaging) fire('packagingOrOem', x.oemOrPackaging.evidence);
  if (x.sampleRequest) fire('sampleRequest', x.sampleRequest.evidence);
  const senderDomain = domainOf(x.emails[0] ?? '');
  const freeMail = senderDomain !== '' && isFreeMailDomain(senderDomain);
  if (senderDomain && !freeMail) fire('companyDomain', senderDomain);
  if (x.website && senderDomain && !freeMail && sameSite(domainOf(x.website.value), senderDomain)) {
    fire('websiteMatchesDomain', `${x.website.value} ↔ ${x.emails[0] ?? ''}`);
  }
  if (x.signature.full) fire('fullSignature', x.signature.lines.join(' / '));
  if (known) fire('knownCustomer', `${known.company} (${known.by}: ${known.evidence})`);

  // Weak
  const subjectWords = vagueSubjectWords(x.subject);
  if (subjectWords) fire('vagueSubject', subjectWords);
  const vagueMass = match(RE.vagueMass);
  if (vagueMass) fire('vagueMassInquiry', vagueMass);
  const spam = match(RE.spam) ?? (x.subject ? matchIn(RE.spam, x.subject) : null);
  if (spam) fire('spamOffer', spam);
  if (!signed(x)) fire('noSignature', x.signature.lines.length ? `only "${x.signature.lines.join(' / ')}"` : 'no name, title, company or phone at the end');
  if (freeMail) fire('freeMail', x.emails[0] ?? senderDomain);
  const country = input.country ?? x.country?.value;
  const languageMismatch = country ? mismatchedLanguage(x.language, country) : null;
  if (languageMismatch) fire('countryLanguageMismatch', languageMismatch);
  const placeCountry = input.country ?? x.countryBy.platform ?? x.countryBy.text ?? x.countryBy.emailDomain;
  const phone = x.phones.find((p) => p.country);
  if (placeCountry && phone?.country && phone.country !== placeCountry) {
    fire('countryPhoneMismatch', `country ${placeCountry}, phone ${phone.value} (${phone.country})`);
  }
  const clock = buyerClock(input.receivedAt);
  if (clock && (clock.hour >= 23 || clock.hour < 6)) fire('nightTime', `sent at ${clock.text} on the buyer's clock`);

  // Fraud risk
  const noSample = match(RE.noSample);
  const bulk = noSample ? (match(RE.bulk) ?? (x.quantity?.value.unit === 'container' ? x.quantity.evidence : null) ?? oddPayment) : null;
  if (noSample && bulk) fire('skipSamplesPayBulk', noSample === bulk ? noSample : `${noSample} … ${bulk}`);
  if (oddPayment) fire('oddPaymentChannel', oddPayment);
  const push = match(RE.pushWhatsapp);
  if (push) fire('pushWhatsapp', push);
  const bank = match(RE.bankChange);
  if (bank) fire('changeBankDetails', bank);
  const contact = match(RE.contactChange);
  if (contact) fire('contactChanging', contact);
  const overpayment = match(RE.overpayment);
  if (overpayment) fire('overpaymentRefund', overpayment);

  // Platform
  if (input.platform) platformSignals(input.platform, fire);

  const fraudWeight = signals.reduce((sum, s) => (FRAUD_IDS.has(s.id as SignalId) ? sum + s.weight : sum), 0);
  return clock ? { signals, localHour: clock.hour, fraudWeight } : { signals, fraudWeight };
}

/**
 * The part of the message the phrase signals (fraud, spam, fishing, background) are read in: its
 * start, where a buyer says what they want, and its end, where they sign. Past that a long mail is
 * a pasted document or a thread, and reading all of it would cost as much as the extraction itself.
 */
export const PHRASE_HEAD = 8_000;
export const PHRASE_TAIL = 2_000;

export function phraseWindow(text: string, head = PHRASE_HEAD, tail = PHRASE_TAIL): string {
  return text.length <= head + tail ? text : `${text.slice(0, head)}\n${text.slice(-tail)}`;
}

function platformSignals(p: PlatformSignals, fire: (id: SignalId, evidence: string, scale?: number) => void): void {
  const scaled = (id: SignalId, value: number | undefined, full: number, label: string) => {
    if (value === undefined || !Number.isFinite(value) || value <= 0) return;
    fire(id, `${label}: ${value}`, Math.min(1, value / full));
  };
  if (p.verified) fire('verified', 'verified buyer');
  scaled('productViews', p.productViews, 50, 'product views (90 days)');
  scaled('validInquiries', p.validInquiries, 10, 'valid inquiries (90 days)');
  scaled('rfqs', p.rfqs, 5, 'RFQs (90 days)');
  scaled('loginDays', p.loginDays, 30, 'days logged in (90 days)');
  scaled('junkInquiries', p.junkInquiries, 10, 'junk inquiries (90 days)');
  scaled('blacklisted', p.blacklisted, 3, 'times blacklisted');
}

function matchIn(re: RegExp, text: string): string | null {
  const m = re.exec(text.toLowerCase());
  return m ? m[0] : null;
}

/** The subject when every word of it is an empty word ("Hello", "Cooperation", "Price list"). */
function vagueSubjectWords(subject: string | undefined): string | null {
  if (!subject) return null;
  const words = subject.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0 || words.length > 6) return null;
  return words.every((w) => VAGUE_SUBJECT_WORDS.has(w)) ? subject : null;
}

/** A name alone is no signature; a name or company with a title or phone is, as is a web form's name and company. */
function signed(x: ExtractedInquiry): boolean {
  const s = x.signature;
  const parts = [s.name, s.title, s.company, s.phone, s.website].filter(Boolean).length;
  if (parts >= 2) return true;
  return !!x.company && !!x.senderName && x.signature.lines.length === 0 && x.company.evidence.startsWith('company field');
}

function sameSite(site: string, domain: string): boolean {
  return site === domain || site.endsWith(`.${domain}`) || domain.endsWith(`.${site}`);
}

/** Languages spoken in business beyond the country's default (so French from Morocco is no mismatch). */
const ALSO_SPOKEN: Record<string, string> = {
  ru: 'UA BY KZ KG TJ UZ TM AM AZ GE MD LV EE LT MN IL',
  fr: 'MA DZ TN LB MR CA CH BE LU MU RW BI SC VU HT',
  ar: 'IL TD DJ KM ER SO',
  es: 'US AD GI BZ',
  de: 'CH LU BE NA',
  zh: 'MY SG TH ID PH US CA AU NZ',
  pt: 'MO',
};
const ALSO = new Map(Object.entries(ALSO_SPOKEN).map(([lang, countries]) => [lang, new Set(countries.split(' '))]));

/** English is every trade's second language: only other languages can mismatch a country. */
function mismatchedLanguage(language: string, country: string): string | null {
  if (language === 'en' || language === 'und') return null;
  const expected = defaultLanguage(country).split('-')[0] ?? 'en';
  if (expected === language || ALSO.get(language)?.has(country)) return null;
  return `written in ${language}, country ${country} (usually ${expected})`;
}

const WRITTEN_TIME = /T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?([+-]\d{2}:?\d{2})$/;

/**
 * The buyer's clock at sending: the time as written in receivedAt, when it carries an offset.
 * "Z" says nothing about the buyer (it is how servers write UTC), so it gives no clock.
 */
export function buyerClock(receivedAt: string | undefined): { hour: number; text: string; offsetMinutes: number } | null {
  if (!receivedAt) return null;
  const m = WRITTEN_TIME.exec(receivedAt.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const offset = (m[3] ?? '+00:00').replace(':', '');
  const sign = offset.startsWith('-') ? -1 : 1;
  const offsetMinutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
  if (!(hour >= 0 && hour < 24)) return null;
  return { hour, text: `${m[1]}:${m[2]} (UTC${m[3]})`, offsetMinutes };
}
