import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALIDATION_CODES, VALIDATION_MESSAGES, validationMessage } from '../../../src-shared/import';

const locale = (lang: string) =>
  JSON.parse(readFileSync(resolve(__dirname, `../../../src-renderer/i18n/locales/validation.${lang}.json`), 'utf8')) as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('validation messages', () => {
  it('validation.en.json says exactly what the code says', () => {
    expect(locale('en')).toEqual(VALIDATION_MESSAGES);
  });

  it('validation.zh-CN.json has every code, in Chinese, with the same params', () => {
    const zh = locale('zh-CN');
    expect(Object.keys(zh).sort()).toEqual([...VALIDATION_CODES].sort());
    for (const code of VALIDATION_CODES) {
      expect(placeholders(zh[code] ?? ''), code).toEqual(placeholders(VALIDATION_MESSAGES[code]));
      expect(zh[code], code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('fills params the way i18next does', () => {
    expect(validationMessage('phoneInvalid', { value: '123', country: 'BR' })).toBe('“123” is not a valid phone number for BR.');
    expect(validationMessage('fileEmpty')).toBe('The file is empty.');
  });
});
