import { describe, expect, it } from 'vitest';
import { compileLetter, renderLetter, TemplateError } from '../../../src-shared/letters';
import { letterData } from './fixtures';

describe('renderLetter', () => {
  it('escapes customer HTML in the body and keeps it readable in the text', () => {
    const data = letterData({ customer: { company: '<script>alert(1)</script> & "Sons"' } });
    const r = renderLetter({ subject: 'For {{customer.company}}', html: '<p>Hello {{customer.company}}</p>' }, data);
    expect(r.html).not.toContain('<script>');
    expect(r.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Sons&quot;');
    expect(r.text).toBe('Hello <script>alert(1)</script> & "Sons"');
    // The subject is a plain-text header: no HTML escaping to show as "&amp;".
    expect(r.subject).toBe('For <script>alert(1)</script> & "Sons"');
  });

  it('keeps the subject on one line (no header injection)', () => {
    const data = letterData({ customer: { company: 'Acme\r\nBcc: victim@example.com\u2028x\t  y' } });
    const r = renderLetter({ subject: '  Quote\n for {{customer.company}}  ', html: 'x' }, data);
    expect(r.subject).toBe('Quote for Acme Bcc: victim@example.com x y');
  });

  it('wraps the body in lang and dir: Arabic right to left', () => {
    const ar = renderLetter({ subject: 's', html: '<p>{{salutation}}</p>' }, letterData({ letter: { language: 'ar', locale: 'ar-SA' }, contact: { name: '', title: '' } }));
    expect(ar.html).toBe('<div lang="ar" dir="rtl"><p>السادة المحترمون،</p></div>');
    expect(ar.text).toBe('السادة المحترمون،');
    const en = renderLetter({ subject: 's', html: 'x' }, letterData());
    expect(en.html).toBe('<div lang="en" dir="ltr">x</div>');
    const odd = renderLetter({ subject: 's', html: 'x' }, letterData({ letter: { language: 'en" onload="x' } }));
    expect(odd.html).toBe('<div lang="en" dir="ltr">x</div>');
  });

  it('names missing required fields and never throws for them', () => {
    const variant = {
      subject: 'Quote {{extra.quote.number}} for {{customer.company}}',
      html: '<p>{{salutation}} {{greeting}}</p><p>Total {{money extra.quote.total}}, valid until {{date extra.quote.validUntil}}</p>' +
        '<p>{{contact.title}}</p>{{#if extra.quote.leadTime}}{{extra.quote.leadTime}} {{extra.quote.other}}{{/if}}' +
        '{{#unless extra.note}}{{extra.fallback}}{{/unless}}{{products}}',
    };
    const r = renderLetter(variant, letterData({ customer: { company: '  ' }, contact: { title: '' }, extra: { quote: { total: { minor: 100, currency: 'USD' } } } }));
    expect(r.missing.sort()).toEqual(['contact.title', 'customer.company', 'extra.quote.number', 'extra.quote.validUntil']);
    expect(r.text).toContain('Total $1.00');
  });

  it('checks fields inside #each against each item, and the list itself unless there is an else', () => {
    const variant = { subject: 's', html: '<ul>{{#each products}}<li>{{name}} {{model}} {{../customer.company}} {{@index}}</li>{{/each}}</ul>{{#each extra.list}}{{this}}{{else}}none{{/each}}' };
    const r = renderLetter(variant, letterData({ products: [{ name: 'A', model: 'M1' }, { name: '', model: 'M2' }, { name: 'C' }] as never, customer: { company: 'Acme' } }));
    expect(r.missing).toEqual(['products[1].name', 'products[2].model']);
    expect(renderLetter(variant, letterData({ products: [] as never })).missing).toEqual(['products']);
    expect(renderLetter({ subject: 's', html: '{{#each extra.q as |item|}}{{item.text}}{{/each}}' }, letterData({ extra: { q: [{ text: 'a' }, { text: '' }] } })).missing).toEqual(['extra.q[1].text']);
  });

  it('treats helper arguments as required and argument-free helpers as needing nothing', () => {
    const r = renderLetter({ subject: '{{greeting}}', html: '{{salutation}}{{products}}{{list customer.products}}{{plural extra.n one="#" other="#"}}{{@root.customer.city}}' }, letterData({ customer: { products: [], city: '' }, products: [] as never }));
    expect(r.missing).toEqual(['customer.products', 'extra.n', 'customer.city']);
  });

  it('throws TemplateError with the problems for a broken template', () => {
    let error: unknown;
    try {
      renderLetter({ subject: 's', html: '<p>\n{{{customer.company}}}</p>' }, letterData());
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).problems).toEqual([expect.objectContaining({ code: 'unescapedOutput', line: 2, column: 1 })]);
    expect(() => renderLetter({ subject: 's', html: '{{shout x}}' }, letterData())).toThrow(TemplateError);
  });

  it('compiles once per source', () => {
    const a = compileLetter({ subject: 'x {{customer.company}}', html: '<p>{{customer.city}}</p>' });
    const b = compileLetter({ subject: 'x {{customer.company}}', html: '<p>{{customer.city}}</p>' });
    expect(b).toBe(a);
    expect(compileLetter({ subject: 'x {{customer.company}}', html: '<p>{{customer.country}}</p>' })).not.toBe(a);
  });

  it('renders data that crossed IPC without some parts, without throwing', () => {
    const r = compileLetter({ subject: '{{customer.company}}', html: '{{greeting}} {{salutation}} {{money extra.t}} {{date extra.d}} {{products}}' }).render({} as never);
    expect(r.missing).toEqual(['customer.company', 'extra.t', 'extra.d']);
    expect(r.html).toMatch(/^<div lang="en" dir="ltr">Good (morning|afternoon|evening) Dear Sir or Madam,\s+<\/div>$/);
  });
});
