import { describe, expect, it } from 'vitest';
import { CUSTOMER_FIELDS, MULTI_COLUMN_FIELDS } from '../../../../src-shared/import';
import { MAPPABLE_FIELDS, columnOfField, mappingProblems } from '../../../../src-renderer/features/import/mappingRules';
import type { ColumnMapping } from '../../../../src-renderer/features/import/importProtocol';
import { translator } from '../fixtures';

describe('mappingProblems', () => {
  it('finds nothing wrong with a company and a country', () => {
    expect(mappingProblems(['company', 'country', 'email', null])).toEqual([]);
  });

  it('needs a name: the company, or a contact\'s name', () => {
    expect(mappingProblems(['country', 'email'])).toEqual([{ kind: 'noName' }]);
    for (const name of ['contactName', 'firstName', 'lastName'] as const) {
      expect(mappingProblems([name, 'country']), name).toEqual([]);
    }
  });

  it('needs a place: the country, or a phone or WhatsApp number that tells it', () => {
    expect(mappingProblems(['company', 'city', 'email'])).toEqual([{ kind: 'noPlace' }]);
    expect(mappingProblems(['company', 'phone'])).toEqual([]);
    expect(mappingProblems(['company', 'whatsapp'])).toEqual([]);
  });

  it('reports both when nothing useful is mapped, the name first', () => {
    expect(mappingProblems([])).toEqual([{ kind: 'noName' }, { kind: 'noPlace' }]);
    expect(mappingProblems([null, null, null])).toEqual([{ kind: 'noName' }, { kind: 'noPlace' }]);
    expect(mappingProblems(['notes', 'tags'])).toEqual([{ kind: 'noName' }, { kind: 'noPlace' }]);
  });

  it('refuses two columns for one single-valued field, naming both columns', () => {
    expect(mappingProblems(['company', 'country', 'company'])).toEqual([{ kind: 'twice', field: 'company', columns: [0, 2] }]);
    expect(mappingProblems(['company', 'country', 'country', null, 'country'])).toEqual([
      { kind: 'twice', field: 'country', columns: [1, 2, 4] },
    ]);
  });

  it('lets emails, phones, tags and products take several columns', () => {
    const mapping: ColumnMapping = ['company', 'country', 'email', 'email', 'phone', 'phone', 'tags', 'tags', 'products', 'products'];
    expect(mappingProblems(mapping)).toEqual([]);
    expect([...MULTI_COLUMN_FIELDS].sort()).toEqual(['email', 'phone', 'products', 'tags']);
  });

  it('lists every doubled field, after the missing name and place', () => {
    expect(mappingProblems(['website', 'website', 'city', 'city'])).toEqual([
      { kind: 'noName' },
      { kind: 'noPlace' },
      { kind: 'twice', field: 'website', columns: [0, 1] },
      { kind: 'twice', field: 'city', columns: [2, 3] },
    ]);
  });
});

describe('columnOfField and MAPPABLE_FIELDS', () => {
  it('finds the first column feeding a field, or -1', () => {
    const mapping: ColumnMapping = [null, 'email', 'company', 'email'];
    expect(columnOfField(mapping, 'email')).toBe(1);
    expect(columnOfField(mapping, 'company')).toBe(2);
    expect(columnOfField(mapping, 'country')).toBe(-1);
    expect(columnOfField(mapping, 'row')).toBe(-1);
    expect(columnOfField([], 'company')).toBe(-1);
  });

  it('offers every customer field, each with a label in both languages', async () => {
    expect(MAPPABLE_FIELDS).toEqual(CUSTOMER_FIELDS);
    for (const lang of ['en', 'zh-CN'] as const) {
      const t = await translator(lang);
      for (const field of MAPPABLE_FIELDS) {
        expect(t(`customer:field.${field}`, { defaultValue: '' }), `${lang} ${field}`).not.toBe('');
      }
    }
  });
});
