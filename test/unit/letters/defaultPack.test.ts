import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTemplate, type LetterTemplate, PACK_LANGUAGES, parseTemplatePack, renderLetter } from '../../../src-shared/letters';
import { packLetterData, readPack } from './packFixtures';

/**
 * The default pack in resources/templates, as the app loads it: every template of the README
 * table, in all eight languages, compiling cleanly and rendering with nothing missing.
 */
const root = resolve(import.meta.dirname, '../../../resources/templates');

/** The README's table rows: id and kind. */
function readmeTable(): Array<{ id: string; kind: string }> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const rows: Array<{ id: string; kind: string }> = [];
  for (const line of readme.split('\n')) {
    const m = /^\|\s*([a-z0-9-]+)\s*\|\s*([A-Za-z]+)\s*\|/.exec(line);
    if (m && m[1] !== 'id') rows.push({ id: m[1] as string, kind: m[2] as string });
  }
  return rows;
}

function render(template: LetterTemplate, language: string, full: boolean) {
  const variant = template.variants[language];
  if (!variant) throw new Error(`${template.id}/${language}.html is missing`);
  return renderLetter(variant, packLetterData(template, language, full));
}

const files = readPack();
const pack = parseTemplatePack(files);
const byId = new Map(pack.map((t) => [t.id, t]));

describe('the default template pack', () => {
  it('has every template of the README table, of the right kind', () => {
    const table = readmeTable();
    expect(table.length).toBeGreaterThanOrEqual(19);
    const problems = table.flatMap(({ id, kind }) => {
      const t = byId.get(id);
      if (!t) return [`${id}: no folder resources/templates/${id}`];
      return t.kind === kind ? [] : [`${id}: kind is ${t.kind}, the README says ${kind}`];
    });
    expect(problems).toEqual([]);
  });

  it('has all eight languages for every template', () => {
    const problems = pack.flatMap((t) => PACK_LANGUAGES.filter((l) => !t.variants[l]).map((l) => `${t.id}/${l}.html is missing`));
    expect(problems).toEqual([]);
  });

  it('declares every extra.* field it uses as an input (the composer asks only for those)', () => {
    const problems = pack.flatMap((t) => {
      const keys = new Set(t.inputs.map((i) => i.key));
      return Object.entries(t.variants).flatMap(([language, v]) =>
        [...`${v.subject}\n${v.html}`.matchAll(/extra\.([A-Za-z0-9_.]+)/g)]
          .map((m) => (m[1] ?? '').replace(/\.$/, ''))
          .filter((key) => !keys.has(key))
          .map((key) => `${t.id}/${language}.html uses extra.${key}, not declared in template.json inputs`),
      );
    });
    expect([...new Set(problems)]).toEqual([]);
  });

  it('passes checkTemplate with no problems', () => {
    const problems = pack.flatMap((t) =>
      Object.entries(t.variants).flatMap(([language, variant]) =>
        checkTemplate(variant).map((p) => `${t.id}/${language}.html ${p.part} ${p.line}:${p.column} ${p.code}: ${p.message}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('renders every variant for a full customer with nothing missing and no Handlebars left', () => {
    const problems: string[] = [];
    for (const t of pack) {
      for (const language of Object.keys(t.variants)) {
        try {
          const letter = render(t, language, true);
          if (letter.missing.length) problems.push(`${t.id}/${language}.html: missing ${letter.missing.join(', ')}`);
          for (const [part, value] of Object.entries({ subject: letter.subject, html: letter.html, text: letter.text })) {
            if (value.includes('{{') || value.includes('}}')) problems.push(`${t.id}/${language}.html: "{{" left in the ${part}`);
          }
          if (!letter.subject.trim()) problems.push(`${t.id}/${language}.html: empty subject`);
          if (!letter.text.includes('Li Wei')) problems.push(`${t.id}/${language}.html: no signature (salesperson.name)`);
          if (language === 'ar' && !letter.html.startsWith('<div lang="ar" dir="rtl">')) problems.push(`${t.id}/ar.html: not right to left`);
        } catch (err) {
          problems.push(`${t.id}/${language}.html: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('needs nothing beyond company names, the salesperson and the required inputs (optional fields sit inside #if)', () => {
    const problems: string[] = [];
    for (const t of pack) {
      for (const language of Object.keys(t.variants)) {
        try {
          const letter = render(t, language, false);
          if (letter.missing.length) problems.push(`${t.id}/${language}.html: requires ${letter.missing.join(', ')} (wrap in {{#if}} or declare a required input)`);
        } catch (err) {
          problems.push(`${t.id}/${language}.html: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
