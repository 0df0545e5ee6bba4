import { describe, expect, it } from 'vitest';
import { checkTemplate, renderLetter } from '../../../src-shared/letters';
import { COMPILE_OPTIONS, letterEnvironment } from '../../../src-shared/letters/environment';
import { JUNE_1, letterData } from './fixtures';

/** Renders a one-line body and returns its text. */
function text(html: string, overrides: Parameters<typeof letterData>[0] = {}): string {
  return renderLetter({ subject: 's', html }, letterData(overrides)).text;
}

describe('money', () => {
  it('formats exact minor units with the currency digits from Intl', () => {
    expect(text('{{money extra.t}}', { extra: { t: { minor: 1234567, currency: 'USD' } } })).toBe('$12,345.67');
    expect(text('{{money extra.t}}', { extra: { t: { minor: 1234567, currency: 'JPY' } } })).toBe('¥1,234,567');
    expect(text('{{money extra.t}}', { extra: { t: { minor: -5, currency: 'USD' } } })).toBe('-$0.05');
    expect(text('{{money extra.t}}', { extra: { t: { minor: 1234, currency: 'KWD' } } })).toBe('KWD\u00a01.234');
  });
  it('keeps every digit of big amounts', () => {
    expect(text('{{money extra.t}}', { extra: { t: { minor: 9007199254740991, currency: 'USD' } } })).toBe('$90,071,992,547,409.91');
  });
  it("takes a plain number in the letter's currency, formatted for the customer's locale", () => {
    expect(text('{{money extra.t}}', { extra: { t: 1500.5 }, letter: { locale: 'de-DE', currency: 'EUR' } })).toBe('1.500,50\u00a0€');
    expect(text('{{money extra.t}}', { extra: { t: 99 }, letter: { locale: 'ja-JP', currency: 'JPY' } })).toBe('￥99');
  });
  it('renders nothing for what is not money (a bad currency code does not stop the batch)', () => {
    expect(text('[{{money extra.t}}]', { extra: { t: { minor: 100, currency: 'XX1' } } })).toBe('[]');
    expect(text('[{{money extra.t}}]', { extra: { t: 'abc' } })).toBe('[]');
  });
});

describe('date', () => {
  it('formats epoch ms in the customer time zone, not the machine one', () => {
    const lateInNewYork = Date.UTC(2026, 5, 2, 2, 30); // 1 June 22:30 in New York, 2 June in UTC and Shanghai
    expect(text('{{date extra.d}}', { extra: { d: lateInNewYork } })).toBe('June 1, 2026');
    expect(text('{{date extra.d}}', { extra: { d: lateInNewYork }, letter: { timeZone: 'Asia/Shanghai', locale: 'zh-CN' } })).toBe('2026年6月2日');
  });
  it('keeps a date-only string on its calendar day in every zone', () => {
    for (const timeZone of ['Pacific/Honolulu', 'UTC', 'Pacific/Kiritimati', 'America/Sao_Paulo']) {
      expect(text('{{date extra.d}}', { extra: { d: '2026-12-31' }, letter: { timeZone } })).toBe('December 31, 2026');
    }
  });
  it('takes a style and the letter locale', () => {
    expect(text('{{date extra.d style="short"}}', { extra: { d: '2026-03-04' }, letter: { locale: 'en-GB' } })).toBe('04/03/2026');
    expect(text('{{date extra.d style="full"}}', { extra: { d: '2026-03-04' }, letter: { locale: 'de-DE' } })).toBe('Mittwoch, 4. März 2026');
    expect(text('{{date extra.d style="bogus"}}', { extra: { d: '2026-03-04' } })).toBe('March 4, 2026');
  });
  it('renders nothing for an unusable value', () => {
    expect(text('[{{date extra.d}}]', { extra: { d: '04/03/2026' } })).toBe('[]');
  });
});

describe('greeting', () => {
  it("follows the customer's clock at sending, not the salesperson's", () => {
    // 06:00 UTC: 02:00 in New York (evening greeting), 14:00 in Shanghai, 09:00 in Riyadh.
    expect(text('{{greeting}}', { letter: { timeZone: 'America/New_York', sendAt: JUNE_1 } })).toBe('Good evening');
    expect(text('{{greeting}}', { letter: { timeZone: 'Asia/Shanghai', language: 'zh', sendAt: JUNE_1 } })).toBe('下午好');
    expect(text('{{greeting}}', { letter: { timeZone: 'Asia/Riyadh', language: 'ar', sendAt: JUNE_1 } })).toBe('صباح الخير');
    expect(text('{{greeting}}', { letter: { timeZone: 'Europe/Berlin', language: 'de', sendAt: Date.UTC(2026, 5, 1, 7) } })).toBe('Guten Morgen');
    expect(text('{{greeting}}', { letter: { timeZone: 'Europe/Moscow', language: 'ru', sendAt: Date.UTC(2026, 5, 1, 17) } })).toBe('Добрый вечер');
  });
  it('falls back to English for other languages', () => {
    expect(text('{{greeting}}', { letter: { language: 'it', timeZone: 'Europe/Rome', sendAt: Date.UTC(2026, 5, 1, 8) } })).toBe('Good morning');
  });
});

describe('salutation', () => {
  const cases: Array<[string, string, string, string]> = [
    ['en', 'Maria Lopez', 'Purchasing Manager', 'Dear Maria Lopez,'],
    ['en', '', 'Purchasing Manager', 'Dear Purchasing Manager,'],
    ['en', '', '', 'Dear Sir or Madam,'],
    ['de', 'Maria Lopez', '', 'Guten Tag Maria Lopez,'],
    ['de', '', 'Einkaufsleiterin', 'Sehr geehrte Damen und Herren,'],
    ['de', '', '', 'Sehr geehrte Damen und Herren,'],
    ['fr', '', '', 'Madame, Monsieur,'],
    ['es', '', '', 'Estimados señores:'],
    ['pt', 'João Silva', '', 'Prezado(a) João Silva,'],
    ['ru', 'Мария', '', 'Здравствуйте, Мария!'],
    ['zh', '王伟', '', '尊敬的王伟：'],
    ['zh', 'Maria Lopez', '', '尊敬的 Maria Lopez：'],
    ['zh', '', '', '尊敬的先生/女士：'],
    ['ar', '', '', 'السادة المحترمون،'],
    ['ja', '', '', 'Dear Sir or Madam,'],
  ];
  it.each(cases)('%s name=%j title=%j → %s', (language, name, title, expected) => {
    expect(text('{{salutation}}', { letter: { language }, contact: { name, title } })).toBe(expected);
  });
  it('escapes the name', () => {
    const html = renderLetter({ subject: 's', html: '{{salutation}}' }, letterData({ contact: { name: '<b>Bob</b>' } })).html;
    expect(html).toContain('Dear &lt;b&gt;Bob&lt;/b&gt;,');
  });
});

describe('list, plural, products', () => {
  it('joins in the letter language', () => {
    expect(text('{{list customer.products}}')).toBe('LED bulbs and panel lights');
    expect(text('{{list customer.products}}', { letter: { locale: 'es-MX' } })).toBe('LED bulbs y panel lights');
    expect(text('{{list customer.products}}', { letter: { locale: 'zh-CN' }, customer: { products: ['灯泡', '面板灯', '灯带'] } })).toBe('灯泡、面板灯和灯带');
  });
  it('picks the plural form in Russian (one, few, many)', () => {
    const tpl = '{{plural extra.n one="# коробка" few="# коробки" many="# коробок" other="# коробки"}}';
    const ru = (n: number) => text(tpl, { extra: { n }, letter: { locale: 'ru-RU', language: 'ru' } });
    expect([ru(1), ru(3), ru(5), ru(21), ru(1.5)]).toEqual(['1 коробка', '3 коробки', '5 коробок', '21 коробка', '1,5 коробки']);
  });
  it('picks the plural form in Arabic (zero, one, two, few, many, other)', () => {
    const tpl = '{{plural extra.n zero="z" one="o" two="t" few="f#" many="m#" other="x#"}}';
    const ar = (n: number) => text(tpl, { extra: { n }, letter: { locale: 'ar-EG', language: 'ar' } });
    expect([ar(0), ar(1), ar(2), ar(3), ar(11), ar(100)]).toEqual(['z', 'o', 't', 'f٣', 'm١١', 'x١٠٠']);
  });
  it('uses other when a form is not given, and the zero form for 0 in English', () => {
    expect(text('{{plural extra.n one="# carton" other="# cartons"}}', { extra: { n: 1200 } })).toBe('1,200 cartons');
    expect(text('{{plural extra.n zero="no cartons" one="# carton" other="# cartons"}}', { extra: { n: 0 } })).toBe('no cartons');
  });
  it('lists the products as escaped HTML, or inline', () => {
    const data = letterData({ products: [{ name: 'Bulb <A19>', model: 'B-9', price: { minor: 120, currency: 'USD' }, moq: 5000, unit: 'pcs' }, { name: 'Panel' }] as never });
    const r = renderLetter({ subject: 's', html: '{{products}}|{{products style="inline"}}' }, data);
    expect(r.html).toContain('<ul><li>Bulb &lt;A19&gt; B-9 — $1.20 — MOQ 5,000 pcs</li><li>Panel</li></ul>|Bulb &lt;A19&gt; and Panel');
    expect(r.text).toContain('- Bulb <A19> B-9 — $1.20 — MOQ 5,000 pcs\n- Panel');
  });
});

describe('the environment', () => {
  it('keeps prototype access blocked at run time', () => {
    // Compiled directly: checkTemplate refuses these names, so this proves the runtime blocks them too.
    const template = letterEnvironment.compile(
      '[{{constructor.name}}][{{__proto__}}][{{#with this}}{{constructor}}{{/with}}][{{customer.constructor}}][{{customer.company.constructor.name}}][{{customer.__proto__.toString}}]',
      COMPILE_OPTIONS,
    );
    expect(template(letterData())).toBe('[][][][][][]');
  });
  it('refuses prototype probing when a template is checked', () => {
    const problems = checkTemplate({ subject: '{{__proto__}}', html: '{{constructor.name}} {{#with this}}{{constructor}}{{/with}}' });
    expect(problems.map((p) => [p.part, p.code, p.name])).toEqual([
      ['subject', 'forbidden', '__proto__'],
      ['html', 'forbidden', 'constructor.name'],
      ['html', 'forbidden', 'constructor'],
    ]);
  });
  it('has no lookup or log helper', () => {
    expect(() => renderLetter({ subject: 's', html: '{{lookup customer "company"}}' }, letterData())).toThrow(/Unknown helper "lookup"/);
    expect(() => renderLetter({ subject: 's', html: '{{log "x"}}' }, letterData())).toThrow(/Unknown helper "log"/);
  });
});
