import { describe, expect, it } from 'vitest';
import { MAX_TEMPLATE_CHARS } from '../../../src-shared/ipc/contract';
import { checkTemplate } from '../../../src-shared/letters';

const html = (body: string) => checkTemplate({ subject: 'Hello {{customer.company}}', html: body });

describe('checkTemplate', () => {
  it('passes a good template', () => {
    expect(
      html('<p>{{salutation}}</p>{{#if extra.x}}{{money extra.x}}{{else}}-{{/if}}{{#each products}}<li>{{name}} {{@index}}</li>{{/each}}' +
        '{{#unless contact.name}}{{greeting}}{{/unless}}{{#with company}}{{name}}{{/with}}{{plural extra.n one="#" other="#"}}{{date (money 1)}}'),
    ).toEqual([]);
  });

  it('reports a syntax error with its line and column', () => {
    const [problem, ...rest] = html('<p>one</p>\n<p>two</p>\n<p>{{customer.company</p>');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ part: 'html', code: 'syntax', line: 3 });
    expect(problem?.column).toBeGreaterThanOrEqual(4);
    expect(problem?.message).toMatch(/^Parse error on line 3/);
  });

  it('reports an unclosed block at the end and a mismatched one where it opens', () => {
    expect(html('a\n{{#if x}}\nb')[0]).toMatchObject({ code: 'syntax', line: 3, message: expect.stringContaining('not closed') });
    const mismatch = html('a\n  {{#if x}}\n{{/each}}')[0];
    expect(mismatch).toMatchObject({ code: 'syntax', line: 2, column: 6 });
    expect(mismatch?.message).toContain("if doesn't match each");
  });

  it('reports syntax errors in the subject as the subject', () => {
    expect(checkTemplate({ subject: 'Quote {{', html: '' })[0]).toMatchObject({ part: 'subject', code: 'syntax', line: 1 });
  });

  it('names unknown helpers with their place', () => {
    const problems = html('<p>ok</p>\n  {{shout customer.company}} {{#loop products}}x{{/loop}} {{date (upper x)}} {{customer.company "x"}}');
    expect(problems.map((p) => [p.code, p.name, p.line, p.column])).toEqual([
      ['unknownHelper', 'shout', 2, 3],
      ['unknownHelper', 'loop', 2, 30],
      ['unknownHelper', 'upper', 2, 66],
      ['unknownHelper', 'customer.company', 2, 78],
    ]);
  });

  it('refuses block helpers used inline and value helpers used as blocks', () => {
    expect(html('{{if x}}')[0]).toMatchObject({ code: 'unknownHelper', message: expect.stringContaining('block helper') });
    expect(html('{{#money x}}y{{/money}}')[0]).toMatchObject({ code: 'unknownHelper', name: 'money' });
    expect(html('{{#if}}y{{/if}}')[0]).toMatchObject({ code: 'syntax', name: 'if' });
    expect(html('{{#customer}}{{company}}{{/customer}}')[0]).toMatchObject({ code: 'unknownHelper', name: 'customer' });
  });

  it('refuses unescaped output: triple-stash and {{&', () => {
    const problems = html('<p>{{{customer.company}}}</p>\n{{& contact.name}}');
    expect(problems.map((p) => [p.code, p.name, p.line])).toEqual([
      ['unescapedOutput', 'customer.company', 1],
      ['unescapedOutput', 'contact.name', 2],
    ]);
  });

  it('refuses partials and decorators', () => {
    expect(html('{{> footer}}')[0]).toMatchObject({ code: 'partial', line: 1, column: 1 });
    expect(html('{{#> layout}}x{{/layout}}')[0]).toMatchObject({ code: 'partial' });
    expect(html('{{* inline}}')[0]).toMatchObject({ code: 'forbidden' });
  });

  it('refuses a body over the limit before parsing it, quickly', () => {
    const huge = `${'<p>{{customer.company}}</p>'.repeat(200_000)}{{`; // about 5 MB, and broken
    expect(huge.length).toBeGreaterThan(5_000_000);
    const problems = html(huge);
    expect(problems).toEqual([expect.objectContaining({ part: 'html', code: 'tooLarge', line: 0 })]);
    expect(problems[0]?.message).toContain(String(MAX_TEMPLATE_CHARS));
  });
});
