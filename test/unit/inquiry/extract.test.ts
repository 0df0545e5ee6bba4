import { describe, expect, it } from 'vitest';
import { detectLanguage, extractInquiry } from '../../../src-shared/inquiry';

const x = (text: string, more: { subject?: string; fromEmail?: string; fromName?: string } = {}) => extractInquiry({ text, ...more });

describe('extractInquiry: quantities', () => {
  it.each([
    ['We need 5,000 pcs of LED panels', 5000, 'pcs'],
    ['Please quote 2x40HQ of solar panels', 2, '40HQ'],
    ['We can take 1 container per month', 1, 'container'],
    ['Necesitamos 500 unidades', 500, 'unidades'],
    ['Нужно 1000 штук', 1000, 'штук'],
    ['数量：2000个', 2000, '个'],
    ['Wir benötigen 3.000 Stück', 3000, 'stück'],
    ['Il nous faut 1 000 pièces', 1000, 'pièces'],
    ['نرغب في طلب 5000 قطعة', 5000, 'قطعة'],
    ['Quantidade de 800 peças', 800, 'peças'],
  ])('%s', (text, amount, unit) => {
    expect(x(text).quantity?.value).toEqual({ amount, unit });
  });

  it('prefers the platform quantity line and ignores wattages and phone numbers', () => {
    expect(x('Quantity: 2000 Pieces\nMessage:\nThe 40W panel please').quantity?.value).toEqual({ amount: 2000, unit: 'pieces' });
    expect(x('The 100W floodlight, call +49 421 3398 210').quantity).toBeUndefined();
  });
});

describe('extractInquiry: target price', () => {
  it.each([
    ['Target price USD 2.5/pc', 250, 'USD'],
    ['our target price is $2.50', 250, 'USD'],
    ['around €3 per piece', 300, 'EUR'],
    ['precio objetivo 2,5 EUR', 250, 'EUR'],
    ['目标价 2.5美元', 250, 'USD'],
    ['Zielpreis 1.250,00 EUR', 125000, 'EUR'],
  ])('%s', (text, minor, currency) => {
    expect(x(text).targetPrice?.value).toEqual({ minor, currency });
  });

  it('does not take any amount for a target price', () => {
    expect(x('Our SEO packages start at $99 per month').targetPrice).toBeUndefined();
  });
});

describe('extractInquiry: terms, dates, certificates, samples, packaging', () => {
  it('reads the 11 Incoterms and C&F, with the named place', () => {
    for (const term of ['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'C&F']) {
      expect(x(`Please quote ${term} price`).tradeTerm?.value).toBe(term);
    }
    expect(x('Please quote FOB Ningbo and CIF Santos').tradeTerm).toMatchObject({ value: 'FOB', place: 'Ningbo', evidence: 'FOB Ningbo' });
    expect(x('price FOB and lead time').tradeTerm?.place).toBeUndefined();
  });

  it('reads payment terms in several languages', () => {
    const pay = (t: string) => x(t).paymentTerms.map((p) => p.value);
    expect(pay('T/T 30% deposit, balance before shipment')).toEqual(expect.arrayContaining(['t/t', '30% deposit']));
    expect(pay('Payment by L/C at sight or PayPal for samples')).toEqual(expect.arrayContaining(['l/c', 'paypal']));
    expect(pay('Pago: 30% anticipo')).toContain('30% anticipo');
    expect(pay('Оплата — аккредитив')).toContain('аккредитив');
    expect(pay('والدفع بخطاب اعتماد')).toContain('خطاب اعتماد');
    expect(pay('付款方式 信用证')).toContain('信用证');
    expect(pay('We pay through Trade Assurance')).toContain('trade assurance');
  });

  it('reads delivery deadlines', () => {
    expect(x('Delivery is required by 15 March 2026.').deliveryDate?.value).toBe('by 15 march 2026');
    expect(x('Entrega antes del 30 de junio.').deliveryDate?.value).toBe('antes del 30 de junio');
    expect(x('Liefertermin bitte bis Ende Mai.').deliveryDate?.value).toBe('bis ende mai');
    expect(x('Срок до 15 марта').deliveryDate?.value).toBe('до 15 марта');
    expect(x('交货期希望在 4 月 15 日之前').deliveryDate?.value).toBe('4 月 15 日之前');
    expect(x('We need them soon').deliveryDate).toBeUndefined();
  });

  it('reads certificates, upper-case only for the short ones', () => {
    const certs = x('Must be CE, RoHS, FCC and UL listed, ISO 9001 factory, SASO for KSA, EAC for Russia').certificates.map((c) => c.value);
    expect(certs).toEqual(expect.arrayContaining(['CE', 'RoHS', 'FCC', 'UL', 'ISO 9001', 'SASO', 'EAC']));
    expect(x('ce produit nous intéresse, we will reach you').certificates).toEqual([]);
    expect(x('Нужен сертификат соответствия').certificates.map((c) => c.value)).toEqual(['certificate']);
  });

  it('reads sample requests but not "no need for samples"', () => {
    expect(x('Can you send a sample first?').sampleRequest?.evidence).toContain('sample');
    expect(x('¿Pueden enviar una muestra?').sampleRequest).toBeDefined();
    expect(x('可以先寄样品吗').sampleRequest).toBeDefined();
    expect(x('No need for samples, ship now').sampleRequest).toBeUndefined();
  });

  it('reads OEM, logo and packaging requests', () => {
    expect(x('with our logo on a colour box').oemOrPackaging).toBeDefined();
    expect(x('OEM service needed').oemOrPackaging).toBeDefined();
    expect(x('mit unserem Logo und eigener Verpackung').oemOrPackaging).toBeDefined();
    expect(x('需要贴牌').oemOrPackaging).toBeDefined();
    expect(x('How much is it?').oemOrPackaging).toBeUndefined();
  });

  it('reads model numbers, specifications and the product asked for', () => {
    const r = x('Hi, we are interested in your LED panel lights 600x600 40W, model PL-6060-40 and XR-200.');
    expect(r.models.map((m) => m.value)).toEqual(expect.arrayContaining(['PL-6060-40', 'XR-200']));
    expect(r.specs.map((s) => s.value)).toEqual(expect.arrayContaining(['600x600', '40w']));
    expect(r.products[0]?.value).toBe('LED panel lights 600x600 40W');
    expect(x('Please quote model 5521').models.map((m) => m.value)).toEqual(['5521']);
    expect(x('Necesitamos lámparas solares').products[0]?.value).toBe('lámparas solares');
    expect(x('Нужны прожекторы').products[0]?.value).toBe('прожекторы');
  });

  it('takes the platform product line as a product but not as the buyer\'s own specification', () => {
    const r = x('Product: 18W LED Tube T8\nCountry/Region: Nigeria\n\nMessage:\nHi, can you send me the price?');
    expect(r.products[0]?.value).toBe('18W LED Tube T8');
    expect(r.specs).toEqual([]);
    expect(r.country).toMatchObject({ value: 'NG', source: 'platform' });
  });
});

describe('extractInquiry: who is asking', () => {
  const mail = `From: Ana Gómez <ana@tiendasol.com.br>
Subject: Pedido de painéis
Date: Mon, 2 Mar 2026 10:00:00 -0300

Olá, precisamos de 2x40HQ de painéis 550W. WhatsApp: 5511987654321

Atenciosamente,
Ana Gómez
Gerente de Compras
Tienda Sol Ltda
+55 11 3456 7821
www.tiendasol.com.br`;

  it('reads pasted headers, the signature, phones and WhatsApp', () => {
    const r = x(mail);
    expect(r.headers).toMatchObject({ from: 'Ana Gómez <ana@tiendasol.com.br>', subject: 'Pedido de painéis' });
    expect(r.subject).toBe('Pedido de painéis');
    expect(r.senderName?.value).toBe('Ana Gómez');
    expect(r.emails).toEqual(['ana@tiendasol.com.br']);
    expect(r.company?.value).toBe('Tienda Sol Ltda');
    expect(r.website?.value).toBe('www.tiendasol.com.br');
    expect(r.whatsapp?.value).toBe('+5511987654321');
    expect(r.phones.map((p) => p.value)).toContain('+551134567821');
    expect(r.signature).toMatchObject({ name: 'Ana Gómez', title: 'Gerente de Compras', company: 'Tienda Sol Ltda', full: true });
    expect(r.countryBy).toMatchObject({ phone: 'BR', emailDomain: 'BR' });
    expect(r.language).toBe('pt');
  });

  it('gives the fields passed in precedence over the text', () => {
    const r = x('Hello, 100 pcs please.\nRegards,\nBob', { fromEmail: 'Buyer@Example.COM', fromName: 'Robert Smith', subject: 'Order' });
    expect(r.emails[0]).toBe('buyer@example.com');
    expect(r.senderName?.value).toBe('Robert Smith');
    expect(r.subject).toBe('Order');
  });

  it('reads the country from the platform line, the signature, the phone and the email domain, in that order', () => {
    expect(x('Country/Region: Brazil\nHello').country).toMatchObject({ value: 'BR', source: 'platform' });
    expect(x('Hello\n\nRegards,\nPeter Otieno\nProject Manager\nNairobi, Kenya').country).toMatchObject({ value: 'KE', source: 'text' });
    expect(x('Hello, call me on +7 495 123-45-67').country).toMatchObject({ value: 'RU', source: 'phone' });
    expect(x('Hello', { fromEmail: 'a@firma.de' }).country).toMatchObject({ value: 'DE', source: 'emailDomain' });
    expect(x('Hello', { fromEmail: 'a@startup.io' }).country).toBeUndefined();
  });

  it('does not take the platform\'s own site for the buyer\'s website', () => {
    expect(x('Sent via https://www.alibaba.com/inquiry').website).toBeUndefined();
  });
});

describe('extractInquiry: bad input', () => {
  it('empty text gives an empty result with the emptyText problem', () => {
    const r = x('   \n ');
    expect(r.problems).toEqual(expect.arrayContaining(['emptyText', 'noEmail']));
    expect(r.quantity).toBeUndefined();
  });

  it('1 MB of text is read in well under a second, analysing the first 50,000 characters', () => {
    const text = 'We need 500 pcs of LED panels, FOB Ningbo. '.repeat(25_000);
    const t0 = performance.now();
    const r = x(text);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.problems).toContain('truncated');
    expect(r.text.length).toBeLessThanOrEqual(50_000);
    expect(r.quantity?.value.amount).toBe(500);
  });

  it('1 MB of HTML is handled too', () => {
    const html = `<html><body>${'<div><p>We need <b>5,000 pcs</b> of model XR-200.</p><script>var a=1;</script></div>'.repeat(15_000)}</body></html>`;
    const t0 = performance.now();
    const r = x(html);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.problems).toEqual(expect.arrayContaining(['htmlOnly', 'truncated']));
    expect(r.quantity?.value.amount).toBe(5000);
  });

  it('binary garbage is flagged and does not throw', () => {
    let garbage = '';
    for (let i = 0; i < 20_000; i++) garbage += String.fromCharCode((i * 7919) % 256);
    const r = x(garbage);
    expect(r.problems).toContain('binaryText');
  });

  it('a script in plain text stays text', () => {
    const r = x('Hello <script>alert("x")</script> we need 300 pcs');
    expect(r.text).toContain('<script>alert("x")</script>');
    expect(r.problems).not.toContain('htmlOnly');
    expect(r.quantity?.value.amount).toBe(300);
  });

  it('an HTML-only mail becomes text, its script dropped', () => {
    const r = x('<html><body><p>Hello,</p><p>We need <b>5,000 pcs</b> of model XR-200.</p><script>alert(1)</script></body></html>');
    expect(r.text).toBe('Hello,\n\nWe need 5,000 pcs of model XR-200.');
    expect(r.problems).toContain('htmlOnly');
    expect(r.models.map((m) => m.value)).toEqual(['XR-200']);
  });

  it('an inquiry with no email at all says so', () => {
    const r = x('Need 2x40HQ solar panels 550W, CIF Lagos. Chinedu, Sunhub Energy Ltd');
    expect(r.emails).toEqual([]);
    expect(r.problems).toContain('noEmail');
    expect(r.company?.value).toBe('Sunhub Energy Ltd');
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Hello, we are interested in your products and would like a price.', 'en'],
    ['Hola, necesitamos una cotización para nuestros clientes, gracias.', 'es'],
    ['Olá, precisamos de uma cotação para os nossos clientes, obrigado.', 'pt'],
    ['Bonjour, nous avons besoin d\'un devis pour nos clients, merci.', 'fr'],
    ['Guten Tag, wir benötigen ein Angebot für unsere Kunden, danke.', 'de'],
    ['Здравствуйте, нам нужно коммерческое предложение на LED панели.', 'ru'],
    ['السلام عليكم، نحتاج عرض سعر للألواح الشمسية LED', 'ar'],
    ['你好，我们需要 LED 灯带 2000 卷，FOB 深圳价格。', 'zh'],
    ['', 'und'],
    ['12345 !!!', 'und'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
