import { describe, expect, it } from 'vitest';
import { compileLetter, htmlToText, parseTemplatePack, type TemplateVariant } from '../../../src-shared/letters';
import { letterEnvironment } from '../../../src-shared/letters/environment';
import { compileTextProgram, runTextProgram } from '../../../src-shared/letters/textProgram';
import { letterData } from './fixtures';
import { packLetterData, readPack } from './packFixtures';
import { programAndExpected } from './textRun';

/**
 * The text program must give exactly htmlToText(rendered body), or give up (null) so that
 * htmlToText is used. `programText` runs it the way compileLetter does: helpers recording while
 * the body renders.
 */
function programText(html: string, data: unknown): { program: boolean; text: string | null; expected: string } {
  const program = compileTextProgram(letterEnvironment.parse(html));
  return { program: program !== null, ...programAndExpected(program, html, data) };
}

const pack = parseTemplatePack(readPack());

describe('the text program', () => {
  it('maps every default-pack template, and gives exactly htmlToText of the rendered body, with full and minimal data', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const t of pack) {
      for (const [language, variant] of Object.entries(t.variants)) {
        for (const full of [true, false]) {
          const data = packLetterData(t, language, full);
          const { program, text, expected } = programText(variant.html, data);
          checked++;
          if (!program) problems.push(`${t.id}/${language}: not mapped`);
          else if (text !== expected) problems.push(`${t.id}/${language} (${full ? 'full' : 'minimal'}):\n${JSON.stringify(text)}\n!==\n${JSON.stringify(expected)}`);
        }
        // The #each's {{else}}: the questions typed as one line rather than a list.
        if (t.inputs.some((i) => i.key.endsWith('questions'))) {
          const data = packLetterData(t, language, true);
          const extra = { ...data.extra, inquiry: { ...(data.extra['inquiry'] as object), questions: 'Voltage?\n  And   plugs?' } };
          const { text, expected } = programText(variant.html, { ...data, extra });
          if (text !== expected) problems.push(`${t.id}/${language} (questions as text): ${JSON.stringify(text)} !== ${JSON.stringify(expected)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(19 * 8 * 2);
  });

  it('renderLetter uses it and still gives the same text', () => {
    const t = pack.find((p) => p.id === 'quote-cover');
    const variant = t?.variants['de'] as TemplateVariant;
    const data = packLetterData(t as never, 'de', true);
    const letter = compileLetter(variant).render(data);
    expect(letter.text).toBe(htmlToText(compileLetter(variant).templates.html(data)));
    expect(letter.text).toContain('Li Wei');
  });

  const data = letterData({ customer: { company: '  Tom & <Jerry>\n\tLtd  ', products: ['a', 'b'] }, contact: { name: 'Ana "Q" Ruiz' } });
  const cases: Array<[string, string]> = [
    ['escaped characters and whitespace in values', '<p>To:{{customer.company}}!</p><p>{{contact.name}}</p>'],
    ['spaces across a value boundary', '<p>a \n{{customer.company}}\n b</p> <br> {{customer.city}} <br><br><br>c'],
    ['entities in static text next to values', '<p>&copy; {{customer.company}}&nbsp;&amp;&#x41;{{contact.name}}</p>'],
    ['#if / #unless / else chains', '{{#if customer.city}}<p>in {{customer.city}}</p>{{else if customer.company}}<p>co</p>{{else}}none{{/if}}{{#unless customer.website}}<li>no site</li>{{/unless}}'],
    ['#each over a list, with this', '<ul>{{#each customer.products}}<li>{{this}}</li>{{else}}<li>none</li>{{/each}}</ul>'],
    ['#each over an empty list takes the else', '<ul>{{#each extra.nothing}}<li>{{this}}</li>{{else}}<li>none</li>{{/each}}</ul>'],
    ['#with', '{{#with contact}}<p>{{name}} / {{title}}</p>{{else}}x{{/with}}'],
    ['helpers, including the products HTML list', '<p>{{greeting}}, {{salutation}}</p>{{products}}<p>{{list customer.products}} {{money 12.5}} {{date letter.sendAt style="short"}}</p><p>{{products style="inline"}}</p>'],
    ['static links and comments', '<p>See <a href="https://x.cn/?a=1&amp;b=2">our site</a> <!-- note --> <a href="mailto:{{salesperson.email}}" >mail</a></p>'],
    ['a lone < in text', '<p>MOQ < 500 {{customer.company}} x<5</p>'],
    ['numbers and booleans', '<p>{{customer.lastContactAt}} {{extra.flag}} {{extra.zero}}</p>'],
  ];
  for (const [name, html] of cases) {
    it(`matches htmlToText: ${name}`, () => {
      const d = { ...data, extra: { flag: false, zero: 0, nothing: [] } };
      const { text, expected } = programText(html, d);
      if (text !== null) expect(text).toBe(expected);
      expect(compileLetter({ subject: 'x', html }).render(d).text).toBe(expected);
    });
  }

  it('maps the cases above that it should', () => {
    expect(compileTextProgram(letterEnvironment.parse('<p>{{#each customer.products}}<li>{{this}}</li>{{/each}}{{products}}</p>'))).not.toBeNull();
    expect(programText('<p>{{customer.company}} {{money 12.5}}</p>', data).text).not.toBeNull();
  });

  const unmappable: Array<[string, string]> = [
    ['a tag split by a mustache', '<p class="{{customer.company}}">x</p>'],
    ['a link whose address is a mustache', '<a href="{{customer.website}}">site</a>'],
    ['a "<" before a mustache', '<p>x <{{customer.company}}</p>'],
    ['a comment left open across a mustache', '<!-- {{customer.company}} -->y'],
    ['a partial entity before a mustache', '<p>&am{{customer.company}}</p>'],
    ['a style element', '<style>p{}</style><p>{{customer.company}}</p>'],
    ['@index', '{{#each customer.products}}{{@index}}{{/each}}'],
    ['../', '{{#each customer.products}}{{../customer.company}}{{/each}}'],
    ['block params', '{{#each customer.products as |p|}}{{p}}{{/each}}'],
  ];
  for (const [name, html] of unmappable) {
    it(`falls back to htmlToText: ${name}`, () => {
      expect(compileTextProgram(letterEnvironment.parse(html))).toBeNull();
      const d = { ...data, extra: { zero: 0 } };
      expect(compileLetter({ subject: 'x', html }).render(d).text).toBe(htmlToText(compileLetter({ subject: 'x', html }).templates.html(d)));
    });
  }

  it('does not map what checkTemplate refuses anyway (a hash on #if)', () => {
    expect(compileTextProgram(letterEnvironment.parse('{{#if extra.zero includeZero=true}}z{{/if}}'))).toBeNull();
  });

  it('gives up per letter on values it cannot print exactly, and the letter still gets its text', () => {
    const html = '<p>{{extra.value}}</p><ul>{{#each extra.list}}<li>{{this}}</li>{{/each}}</ul>';
    for (const extra of [{ value: { a: 1 } }, { value: ['x', 'y'] }, { list: { k: 'v' } }, { value: Object.assign(Object.create({ inherited: 1 }) as object, { own: 2 }) }]) {
      const d = { ...data, extra };
      const { text, expected } = programText(html, d);
      if (text !== null) expect(text).toBe(expected);
      expect(compileLetter({ subject: 'x', html }).render(d).text).toBe(expected);
    }
    expect(programText(html, { ...data, extra: { value: { a: 1 } } }).text).toBeNull();
  });

  it('reads own properties only, like Handlebars with prototype access blocked', () => {
    const html = '<p>[{{extra.value.inherited}}] [{{extra.value.own}}] [{{customer.company.length}}]</p>';
    const d = { ...data, extra: { value: Object.assign(Object.create({ inherited: 1 }) as object, { own: 2 }) } };
    const { text, expected } = programText(html, d);
    expect(text).toBe(expected);
    expect(text).toBe('[] [2] [22]');
  });

  it('gives up when the helper results do not match the program (a tape from another render)', () => {
    const program = compileTextProgram(letterEnvironment.parse('<p>{{greeting}}</p>'));
    expect(program).not.toBeNull();
    if (!program) return;
    expect(runTextProgram(program, data, [])).toBeNull();
    expect(runTextProgram(program, data, ['Hi', 'extra'])).toBeNull();
    expect(runTextProgram(program, data, ['Hi'])).toBe('Hi');
  });
});
