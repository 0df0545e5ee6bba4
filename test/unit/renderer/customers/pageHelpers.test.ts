import type { ComboboxParsedItem } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { issuesAt, type FieldIssue } from '../../../../src-renderer/features/customers/page/FieldErrors';
import { COMMON_LANGUAGES, foldingFilter } from '../../../../src-renderer/features/customers/page/selectOptions';
import { defaultKeepId, richness } from '../../../../src-renderer/features/customers/merge/chooseKeep';
import { storedCustomer } from '../fixtures';

describe('foldingFilter (country, language and zone selects)', () => {
  const options: ComboboxParsedItem[] = [
    { value: 'CI', label: "Côte d'Ivoire" },
    { value: 'BR', label: 'Brazil' },
    { value: 'TR', label: 'Türkiye' },
    { value: 'CN', label: '中国' },
    { value: 'America/Sao_Paulo', label: 'America/Sao Paulo · GMT-3' },
    { value: 'pt-BR', label: 'português (Brasil) (pt-BR)' },
  ];
  const find = (search: string) => foldingFilter({ options, search, limit: Infinity }).map((o) => ('value' in o ? o.value : o.group));

  it('ignores accents and case', () => {
    expect(find('cote')).toEqual(['CI']);
    expect(find('CÔTE D')).toEqual(['CI']);
    expect(find('turkiye')).toEqual(['TR']);
    expect(find('portugues')).toEqual(['pt-BR']);
  });

  it('finds an entry by its code when the name differs', () => {
    expect(find('br')).toEqual(['BR', 'pt-BR']);
    expect(find('Sao_Paulo')).toEqual(['America/Sao_Paulo']);
    expect(find('são paulo')).toEqual(['America/Sao_Paulo']);
    expect(find('pt-br')).toEqual(['pt-BR']);
  });

  it('finds Chinese names', () => {
    expect(find('中国')).toEqual(['CN']);
    expect(find('中')).toEqual(['CN']);
  });

  it('shows everything for an empty search and nothing for a miss', () => {
    expect(find('')).toHaveLength(options.length);
    expect(find('   ')).toHaveLength(options.length);
    expect(find('atlantis')).toEqual([]);
  });

  it('lists the common customer languages once each, English first', () => {
    expect(COMMON_LANGUAGES[0]).toBe('en');
    expect(new Set(COMMON_LANGUAGES).size).toBe(COMMON_LANGUAGES.length);
    for (const tag of COMMON_LANGUAGES) expect(Intl.getCanonicalLocales(tag)[0], tag).toBe(tag);
  });
});

describe('issuesAt', () => {
  const issue = (field: string): FieldIssue => ({ field, code: 'emailInvalid', message: field });
  const issues = [
    issue('company'),
    issue('contacts.0.emails'),
    issue('contacts.0.emails.1'),
    issue('contacts.0.emails.10'),
    issue('contacts.0.emailsX'),
    issue('contacts.0.emails.1.extra'),
    issue('contacts.1.emails.0'),
    issue('contacts.10.name'),
  ];
  const fields = (found: FieldIssue[]) => found.map((i) => i.field);

  it('finds the issues of one field', () => {
    expect(fields(issuesAt(issues, 'company'))).toEqual(['company']);
    expect(fields(issuesAt(issues, 'contacts.0.emails'))).toEqual(['contacts.0.emails']);
    expect(fields(issuesAt(issues, 'website'))).toEqual([]);
  });

  it('adds the issues of its list items when asked', () => {
    expect(fields(issuesAt(issues, 'contacts.0.emails', true))).toEqual([
      'contacts.0.emails',
      'contacts.0.emails.1',
      'contacts.0.emails.10',
    ]);
  });

  it('does not mistake a longer field or another contact for an item', () => {
    expect(fields(issuesAt(issues, 'contacts.1', true))).toEqual([]);
    expect(fields(issuesAt(issues, 'contacts.1.name'))).toEqual([]);
    expect(fields(issuesAt([], 'company', true))).toEqual([]);
  });
});

describe('chooseKeep (merge)', () => {
  const empty = storedCustomer({ website: '', city: '', notes: '', tags: [], products: [], contacts: [] });
  const person = { id: 'p', name: 'Ana', title: '', emails: [], phones: [], whatsapp: '' };

  it('weighs people most, then history, then filled-in fields, tags and products', () => {
    expect(richness(empty, 0)).toBe(0);
    expect(richness({ ...empty, contacts: [person] }, 0)).toBe(3);
    expect(richness(empty, 4)).toBe(4);
    expect(richness({ ...empty, website: 'a', city: ' ', notes: 'n', tags: ['x', 'y'], products: ['p'] }, 0)).toBe(5);
  });

  it('keeps the record with more in it', () => {
    const rich = { ...empty, id: 'rich', createdAt: 9, contacts: [person] };
    const poor = { ...empty, id: 'poor', createdAt: 1 };
    expect(defaultKeepId(rich, 0, poor, 2)).toBe('rich');
    expect(defaultKeepId(poor, 4, rich, 0)).toBe('poor');
  });

  it('keeps the older record on a tie, and the first one when they are as old', () => {
    const older = { ...empty, id: 'older', createdAt: 1 };
    const newer = { ...empty, id: 'newer', createdAt: 2 };
    expect(defaultKeepId(newer, 0, older, 0)).toBe('older');
    expect(defaultKeepId(older, 0, newer, 0)).toBe('older');
    expect(defaultKeepId({ ...older, id: 'a' }, 0, { ...older, id: 'b' }, 0)).toBe('a');
  });
});
