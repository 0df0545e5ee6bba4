import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  DEFAULT_WEIGHTS,
  QUESTION_CODES,
  buildKnownCustomerIndex,
  buyerClock,
  findKnownCustomer,
  normalizeInquiryText,
  qualifyInquiry,
  qualifyThresholdsSchema,
  qualifyWeightsSchema,
  questionText,
  validateQualifyInput,
  type QualifyInput,
} from '../../../src-shared/inquiry';
import { normaliseCompanyName } from '../../../src-shared/customer/derived';

const signal = (input: QualifyInput, id: string) => qualifyInquiry(input).signals.find((s) => s.id === id);

const STRONG = `Dear Lily,

We need 2,000 pcs of model PL-6060-40 (40W, 600x600), target price USD 11/pc, FOB Ningbo.
Payment T/T 30% deposit. Delivery by end of May. CE and RoHS required, with our logo on the box. Please send a sample.

Best regards,
Ryan Brooks
Purchasing Manager
Keystone Lighting Supply LLC
+1 610 555 0199
www.keystonelighting.com`;

describe('the scorecard: each signal fires with its evidence', () => {
  const strong: QualifyInput = { text: STRONG, fromEmail: 'rbrooks@keystonelighting.com', receivedAt: '2026-02-10T10:12:00-05:00' };

  it.each([
    ['specificProduct', 'PL-6060-40'],
    ['quantity', '2,000 pcs'],
    ['targetPrice', 'usd 11/pc'],
    ['tradeTerm', 'FOB Ningbo'],
    ['paymentTerms', 't/t'],
    ['deliveryDate', 'by end of may'],
    ['certificates', 'CE'],
    ['packagingOrOem', 'logo'],
    ['sampleRequest', 'sample'],
    ['companyDomain', 'keystonelighting.com'],
    ['websiteMatchesDomain', 'www.keystonelighting.com'],
    ['fullSignature', 'Keystone Lighting Supply LLC'],
  ])('%s', (id, evidence) => {
    const s = signal(strong, id);
    expect(s?.weight).toBe(DEFAULT_WEIGHTS[id as keyof typeof DEFAULT_WEIGHTS]);
    expect(s?.evidence).toContain(evidence);
  });

  it.each<[string, QualifyInput, string]>([
    ['vagueSubject', { text: 'Hi', subject: 'Cooperation' }, 'Cooperation'],
    ['vagueMassInquiry', { text: 'Please send price list for all your products' }, 'price list for all'],
    ['spamOffer', { text: 'We can put your website on the first page of Google with SEO' }, 'first page of google'],
    ['noSignature', { text: 'How much?' }, 'no name'],
    ['freeMail', { text: 'Hello', fromEmail: 'someone@gmail.com' }, 'someone@gmail.com'],
    ['countryLanguageMismatch', { text: 'Здравствуйте, нужны прожекторы, пришлите цены', country: 'BR' }, 'ru'],
    ['countryPhoneMismatch', { text: 'Hello\nTel: +7 495 123-45-67', country: 'DE' }, '+74951234567'],
    ['nightTime', { text: 'Hello', receivedAt: '2026-02-11T03:20:00+03:00' }, '03:20'],
    ['skipSamplesPayBulk', { text: 'No need for samples, ship 5 containers now' }, 'no need for samples'],
    ['oddPaymentChannel', { text: 'I will pay by Western Union' }, 'western union'],
    ['pushWhatsapp', { text: 'Contact me on WhatsApp only' }, 'whatsapp'],
    ['changeBankDetails', { text: 'Our bank account has been changed, please update our bank details.' }, 'bank'],
    ['contactChanging', { text: 'My old email no longer works, write to me at my new address' }, 'old email'],
    ['overpaymentRefund', { text: 'I will send a cheque for more than the invoice, refund the difference to my agent' }, 'cheque for more than'],
  ])('%s', (id, input, evidence) => {
    const s = signal(input, id);
    expect(s?.weight).toBe(DEFAULT_WEIGHTS[id as keyof typeof DEFAULT_WEIGHTS]);
    expect(s?.evidence.toLowerCase()).toContain(evidence.toLowerCase());
  });

  it('does not fire the weak signals on a good inquiry, nor French from Morocco as a mismatch', () => {
    const ids = qualifyInquiry(strong).signals.map((s) => s.id);
    for (const id of ['vagueSubject', 'vagueMassInquiry', 'noSignature', 'freeMail', 'nightTime', 'countryLanguageMismatch']) expect(ids).not.toContain(id);
    expect(signal({ text: 'Bonjour, nous recherchons des projecteurs, merci', country: 'MA' }, 'countryLanguageMismatch')).toBeUndefined();
    expect(signal({ text: 'Hello, we need LED panels', country: 'BR' }, 'countryLanguageMismatch')).toBeUndefined();
  });

  it('scales the platform signals up to their weight', () => {
    const q = qualifyInquiry({ text: 'Hello', platform: { verified: true, productViews: 25, validInquiries: 50, rfqs: 0, junkInquiries: 5, blacklisted: 9 } });
    const w = Object.fromEntries(q.signals.map((s) => [s.id, s.weight]));
    expect(w).toMatchObject({ verified: 8, productViews: 2, validInquiries: 4, junkInquiries: -5, blacklisted: -20 });
    expect(w.rfqs).toBeUndefined();
  });
});

describe('score, level and flags', () => {
  it('score is base plus the weights, clamped to 0-100', () => {
    const q = qualifyInquiry({ text: 'How much?' });
    expect(q.score).toBe(DEFAULT_WEIGHTS.base + q.signals.reduce((s, x) => s + x.weight, 0));
    expect(qualifyInquiry({ text: STRONG, fromEmail: 'r@keystonelighting.com' }).score).toBe(100);
    expect(qualifyInquiry({ text: 'Send price list for all your products, pay by Western Union, no need samples, 5 containers' }).score).toBe(0);
  });

  it('weights change the score', () => {
    const input = { text: 'We need 500 pcs of LED panels', fromEmail: 'a@gmail.com' };
    const base = qualifyInquiry(input).score;
    expect(qualifyInquiry(input, { weights: { quantity: 30 } }).score).toBe(base + 20);
    expect(qualifyInquiry(input, { weights: { freeMail: 0 } }).score).toBe(base + 6);
  });

  it('thresholds change the level', () => {
    const input = { text: 'We need 500 pcs of LED panels 40W', fromEmail: 'a@gmail.com' };
    expect(qualifyInquiry(input).level).toBe('D');
    expect(qualifyInquiry(input, { thresholds: { levels: [{ level: 'C', minScore: 40 }, { level: 'D', minScore: 20 }] } }).level).toBe('C');
    expect(qualifyInquiry(input, { thresholds: { levels: [{ level: 'D', minScore: 90 }] } }).level).toBe('E');
  });

  it('a strong prospect needs at least one concrete fact, however real the company', () => {
    const q = qualifyInquiry({
      text: 'Dear Sir,\nPlease send your catalogue.\n\nBest regards,\nRashid Khan\nSourcing Manager\nGlobal Impex FZE\n+971 50 123 4567\nwww.globalimpex.ae',
      fromEmail: 'rashid@globalimpex.ae',
      platform: { verified: true },
    });
    expect(q.score).toBeGreaterThanOrEqual(60);
    expect(q.level).toBe('D');
  });

  it('fraud forces E, whatever else the inquiry says, and flags it', () => {
    const q = qualifyInquiry({ text: `${STRONG}\n\nP.S. Our bank account has been changed, please update our bank details.`, fromEmail: 'r@keystonelighting.com' });
    expect(q.score).toBeGreaterThan(60);
    expect(q.level).toBe('E');
    expect(q.flags).toContain('fraudRisk');
    expect(q.plan).toMatchObject({ action: 'archive', questions: [] });
    expect(q.plan.templateId).toBeUndefined();
  });

  it('one weak fraud cue costs points but does not force E', () => {
    const q = qualifyInquiry({ text: `${STRONG}\nWe can pay the sample fee by Western Union.`, fromEmail: 'r@keystonelighting.com' });
    expect(q.level).toBe('C');
    expect(q.flags).not.toContain('fraudRisk');
  });

  it('night time comes from the offset written in receivedAt, not from UTC', () => {
    expect(signal({ text: 'Hello', receivedAt: '2026-03-29T01:40:00-06:00' }, 'nightTime')).toBeDefined();
    expect(signal({ text: 'Hello', receivedAt: '2026-03-29T07:40:00Z' }, 'nightTime')).toBeUndefined();
    expect(signal({ text: 'Hello', receivedAt: '2026-03-29T23:00:00+08:00' }, 'nightTime')).toBeDefined();
    expect(signal({ text: 'Hello', receivedAt: '2026-03-29T06:00:00+08:00' }, 'nightTime')).toBeUndefined();
    expect(buyerClock('2026-03-29T01:40:00-05:30')).toMatchObject({ hour: 1, offsetMinutes: -330 });
  });

  it('raises the flags', () => {
    const q = qualifyInquiry({
      text: 'Dear sir, send price list for all your products',
      fromEmail: 'x@gmail.com',
      receivedAt: '2026-02-11T03:20:00+00:00',
    });
    expect(q.flags).toEqual(expect.arrayContaining(['freeMail', 'nightTime', 'vagueMass']));
    expect(qualifyInquiry({ text: 'Hello' }).flags).toContain('noEmail');
    expect(qualifyInquiry({ text: 'Hello\nTel: +7 495 123-45-67', country: 'DE' }).flags).toContain('phoneMismatch');
    expect(qualifyInquiry({ text: 'Country/Region: Brazil\nHello', fromEmail: 'a@firma.de' }).flags).toContain('countryMismatch');
  });

  it('empty text scores 0, level E, and says why', () => {
    const q = qualifyInquiry({ text: '' });
    expect(q).toMatchObject({ score: 0, level: 'E' });
    expect(q.flags).toContain('emptyText');
  });

  it('suggests a background from the words', () => {
    expect(qualifyInquiry({ text: 'We sell on Amazon and Shopify' }).background).toBe('ecommerce');
    expect(qualifyInquiry({ text: 'Somos mayoristas en Monterrey' }).background).toBe('importerWholesaler');
    expect(qualifyInquiry({ text: 'Nous sommes distributeur à Casablanca' }).background).toBe('distributor');
    expect(qualifyInquiry({ text: 'Мы участвуем в тендере' }).background).toBe('projectBuyer');
    expect(qualifyInquiry({ text: 'نحن موزع في القاهرة' }).background).toBe('distributor');
    expect(qualifyInquiry({ text: '我们是一家贸易公司' }).background).toBe('tradingAgent');
    expect(qualifyInquiry({ text: 'Hello' }).background).toBeUndefined();
  });
});

describe('the reply plan', () => {
  it('picks the template for the level and asks what is missing', () => {
    const q = qualifyInquiry({ text: 'We need LED panels 40W for our shops. Regards, Jo', fromEmail: 'jo@shopco.com', receivedAt: '2026-03-01T10:00:00+01:00' });
    expect(q.plan.templateKind).toBe('inquiryReply');
    expect(q.plan.templateId).toBe(`inquiry-reply-${q.level.toLowerCase()}`);
    expect(q.plan.questions).toContain('askQuantity');
    expect(q.plan.questions).not.toContain('askProductModel');
    expect(q.plan.replyBy).toBe('2026-03-02T09:00:00.000Z');
    expect(q.plan.buyerUtcOffsetMinutes).toBe(60);
  });

  it('counts 24 hours from now when there is no receivedAt', () => {
    const now = Date.parse('2026-05-01T08:00:00Z');
    expect(qualifyInquiry({ text: 'Hello' }, { now }).plan.replyBy).toBe('2026-05-02T08:00:00.000Z');
  });

  it('asks for the destination port only when we pay the freight there', () => {
    expect(qualifyInquiry({ text: 'Need 500 pcs model XR-200, CIF price' }).plan.questions).toContain('askDestinationPort');
    expect(qualifyInquiry({ text: 'Need 500 pcs model XR-200, CIF Santos' }).plan.questions).not.toContain('askDestinationPort');
    expect(qualifyInquiry({ text: 'Need 500 pcs model XR-200, FOB price' }).plan.questions).not.toContain('askDestinationPort');
  });

  it('every question reads as a sentence in the eight languages, English for others', () => {
    for (const code of QUESTION_CODES) {
      for (const lang of ['en', 'es', 'pt', 'pt-BR', 'fr', 'de', 'ru', 'ar', 'zh', 'zh-CN']) {
        expect(questionText(code, lang).length).toBeGreaterThan(5);
      }
      expect(questionText(code, 'it')).toBe(questionText(code, 'en'));
    }
    expect(questionText('askQuantity', 'es')).toBe('¿Qué cantidad necesita para el primer pedido?');
    expect(questionText('nonsense', 'en')).toBe('');
  });
});

describe('known customers', () => {
  const row = (id: string, company: string, emails: string[], domain: string, level: string) => ({ id, company, emails, domain, nameKey: normaliseCompanyName(company), level });
  const index = buildKnownCustomerIndex([
    row('a', 'Nordlicht Handels GmbH', ['einkauf@nordlicht-handel.de'], 'nordlicht-handel.de', 'A'),
    row('b', 'Sunrise Garden Store', ['sunrise.garden@gmail.com'], '', 'B'),
    row('c', 'Gmail Lovers Ltd', ['boss@gmail.com'], 'gmail.com', 'C'),
  ]);

  it('matches by email, by company domain and by company name key', () => {
    expect(findKnownCustomer(index, { emails: ['EINKAUF@nordlicht-handel.de'] })).toMatchObject({ id: 'a', by: 'email', level: 'A' });
    expect(findKnownCustomer(index, { emails: ['new.buyer@nordlicht-handel.de'] })).toMatchObject({ id: 'a', by: 'domain' });
    expect(findKnownCustomer(index, { company: 'NORDLICHT HANDELS' })).toMatchObject({ id: 'a', by: 'name' });
    expect(findKnownCustomer(index, { emails: ['sunrise.garden@gmail.com'] })).toMatchObject({ id: 'b', by: 'email' });
  });

  it('ignores free-mail domains', () => {
    expect(findKnownCustomer(index, { emails: ['stranger@gmail.com'] })).toBeUndefined();
    expect(findKnownCustomer(index, { domain: 'gmail.com' })).toBeUndefined();
    expect(findKnownCustomer(index, { company: 'Someone Else' })).toBeUndefined();
  });

  it('a known customer at A or B keeps the level; the match is a signal and a flag', () => {
    const q = qualifyInquiry({ text: 'Same as last time please', fromEmail: 'sunrise.garden@gmail.com' }, { known: index });
    expect(q.level).toBe('B');
    expect(q.knownCustomer).toMatchObject({ id: 'b', by: 'email' });
    expect(q.flags).toContain('knownCustomer');
    expect(q.signals.find((s) => s.id === 'knownCustomer')?.evidence).toContain('Sunrise Garden Store');
  });
});

describe('settings data and input checks', () => {
  it('the defaults pass their schemas; a bad value does not', () => {
    expect(qualifyWeightsSchema.parse(DEFAULT_WEIGHTS)).toEqual(DEFAULT_WEIGHTS);
    expect(qualifyThresholdsSchema.parse(DEFAULT_THRESHOLDS)).toEqual(DEFAULT_THRESHOLDS);
    expect(qualifyWeightsSchema.safeParse({ ...DEFAULT_WEIGHTS, quantity: 'ten' }).success).toBe(false);
    expect(qualifyWeightsSchema.safeParse({ ...DEFAULT_WEIGHTS, unknownSignal: 3 }).success).toBe(false);
    expect(qualifyWeightsSchema.partial().safeParse({ quantity: 12 }).success).toBe(true);
  });

  it('validates the input with a code and messages in both UI languages', () => {
    expect(validateQualifyInput({ text: '  ' })).toMatchObject({ ok: false, error: { code: 'emptyText' } });
    const bad = validateQualifyInput({ text: 'Hello', receivedAt: 'yesterday' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'inputInvalid', path: 'receivedAt' } });
    if (!bad.ok) expect(bad.error.message['zh-CN']).toContain('receivedAt');
    expect(validateQualifyInput({ text: 'Hello', receivedAt: '2026-03-29T01:40:00-06:00', country: 'MX' }).ok).toBe(true);
  });
});

describe('normalizeInquiryText', () => {
  it('cuts quoted replies and platform footers, keeps the original', () => {
    const text = 'Hi Lily,\nWe need 100 pcs.\n\nOn 2 Aug 2026, Lily wrote:\n> Dear Chloe, 5000 pcs?\n> ok';
    const n = normalizeInquiryText(text);
    expect(n.body).toBe('Hi Lily,\nWe need 100 pcs.');
    expect(n.cutQuote).toBe(true);
    expect(n.original).toBe(text);
    const alibaba = normalizeInquiryText('You have a new inquiry from Alibaba.com\nProduct: X\n\nMessage:\nHello\n\nTo protect your trade, please make payment through Alibaba.com Trade Assurance.');
    expect(alibaba.body).toBe('Product: X\n\nMessage:\nHello');
    expect(alibaba.cutFooter).toBe(true);
  });

  it('unifies quotes, spaces, full-width and Arabic-Indic digits', () => {
    expect(normalizeInquiryText('“Hello”\u00a0\u00a0world ‘x’ ２０００ ٥٠٠').body).toBe('"Hello" world \'x\' 2000 500');
  });

  it('cuts Outlook-style quoted headers but reads a pasted header block at the top', () => {
    const n = normalizeInquiryText('From: a@b.com\nSubject: Hi\n\nBody text\n\nFrom: me@us.com\nSent: Monday\nOld text');
    expect(n.headers).toMatchObject({ from: 'a@b.com', subject: 'Hi' });
    expect(n.body).toBe('Body text');
  });
});
