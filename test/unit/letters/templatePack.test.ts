import { describe, expect, it } from 'vitest';
import { parseTemplatePack, parseVariantFile } from '../../../src-shared/letters';

const json = JSON.stringify({
  kind: 'quoteCover',
  name: { en: 'Quote cover letter', 'zh-CN': '报价附信' },
  description: { en: 'Sends a quotation', 'zh-CN': '发送报价' },
  suggest: { stages: ['quoted'] },
  inputs: [{ key: 'quote.number', type: 'text', label: { en: 'Quote number', 'zh-CN': '报价单号' }, required: true }],
});

describe('parseTemplatePack', () => {
  it('reads folders of template.json and <lang>.html, whatever the leading path', () => {
    const pack = parseTemplatePack({
      '/resources/templates/quote-cover/template.json': json,
      '/resources/templates/quote-cover/en.html': 'Subject: Quote {{extra.quote.number}}\n\n<p>{{salutation}}</p>\n',
      '/resources/templates/quote-cover/zh.html': '\uFEFFSubject: 报价 {{extra.quote.number}}\r\n\r\n<p>{{salutation}}</p>\r\n',
      '/resources/templates/README.md': '# pack',
    });
    expect(pack).toEqual([
      {
        id: 'quote-cover', kind: 'quoteCover', name: { en: 'Quote cover letter', 'zh-CN': '报价附信' }, description: { en: 'Sends a quotation', 'zh-CN': '发送报价' },
        suggest: { stages: ['quoted'] },
        inputs: [{ key: 'quote.number', type: 'text', label: { en: 'Quote number', 'zh-CN': '报价单号' }, required: true }],
        variants: {
          en: { subject: 'Quote {{extra.quote.number}}', html: '<p>{{salutation}}</p>' },
          zh: { subject: '报价 {{extra.quote.number}}', html: '<p>{{salutation}}</p>' },
        },
        fallbackLanguage: 'en', builtIn: true, updatedAt: 0,
      },
    ]);
  });

  it('names the file in every error', () => {
    const en = 'Subject: x\n\n<p>y</p>';
    expect(() => parseTemplatePack({ 'a/en.html': en })).toThrow('a/template.json: missing');
    expect(() => parseTemplatePack({ 'a/template.json': '{ kind: ', 'a/en.html': en })).toThrow(/^a\/template\.json: not valid JSON/);
    expect(() => parseTemplatePack({ 'a/template.json': json.replace('quoteCover', 'quoteCovr'), 'a/en.html': en })).toThrow(/^a\/template\.json: kind: /);
    expect(() => parseTemplatePack({ 'a/template.json': json.replace('"zh-CN":"报价附信"', '"zh":"x"'), 'a/en.html': en })).toThrow(/a\/template\.json: name\.zh-CN/);
    expect(() => parseTemplatePack({ 'a/template.json': json, 'a/zh.html': en })).toThrow('a/en.html: missing');
    expect(() => parseTemplatePack({ 'a/template.json': json })).toThrow('a/: no language files');
    expect(() => parseTemplatePack({ 'a/template.json': json, 'a/en.html': '<p>no subject</p>' })).toThrow('a/en.html: the first line must be "Subject: …"');
    expect(() => parseTemplatePack({ 'Bad Id/template.json': json })).toThrow('Bad Id/template.json: "Bad Id" is not a template id');
  });
});

describe('parseVariantFile', () => {
  it('needs a subject, a blank line and a body', () => {
    expect(() => parseVariantFile('x/en.html', 'Subject: a\n<p>b</p>')).toThrow('x/en.html: a blank line');
    expect(() => parseVariantFile('x/en.html', 'Subject:   \n\n<p>b</p>')).toThrow('x/en.html: the subject line is empty');
    expect(() => parseVariantFile('x/en.html', 'Subject: a\n\n  ')).toThrow('x/en.html: the body is empty');
  });
});
