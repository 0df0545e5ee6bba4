import { describe, expect, it } from 'vitest';
import { NAMESPACES, pickUiLanguage, UI_LANGUAGES } from '../../../src-renderer/i18n';

describe('pickUiLanguage', () => {
  it('follows the saved choice', () => {
    expect(pickUiLanguage('en', ['zh-CN'])).toBe('en');
    expect(pickUiLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
  });

  it('follows the system on the first start', () => {
    expect(pickUiLanguage(null, ['zh-CN', 'en-US'])).toBe('zh-CN');
    expect(pickUiLanguage(undefined, ['en-GB', 'zh-CN'])).toBe('en');
    expect(pickUiLanguage(null, ['zh'])).toBe('zh-CN');
    expect(pickUiLanguage(null, ['zh-TW'])).toBe('zh-CN');
    expect(pickUiLanguage(null, ['zh-Hans-CN'])).toBe('zh-CN');
    expect(pickUiLanguage(null, ['ZH-cn'])).toBe('zh-CN');
  });

  it('takes the first system language it supports', () => {
    expect(pickUiLanguage(null, ['de-DE', 'fr', 'zh-CN', 'en'])).toBe('zh-CN');
    expect(pickUiLanguage(null, ['ar-EG', 'en-US', 'zh-CN'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(pickUiLanguage(null, [])).toBe('en');
    expect(pickUiLanguage(null, ['de-DE', 'es'])).toBe('en');
    expect(pickUiLanguage('', [''])).toBe('en');
  });

  it('ignores a saved value that is not a UI language', () => {
    expect(pickUiLanguage('fr', ['zh-CN'])).toBe('zh-CN');
    expect(pickUiLanguage('zh', ['en'])).toBe('en');
    expect(pickUiLanguage('EN', ['zh-CN'])).toBe('zh-CN');
  });

  it('always answers a UI language', () => {
    for (const saved of [null, 'en', 'zh-CN', 'xx']) {
      for (const system of [[], ['en'], ['zh'], ['ja']]) expect(UI_LANGUAGES).toContain(pickUiLanguage(saved, system));
    }
  });
});

describe('i18n namespaces', () => {
  it('are found from the locale files, common included', () => {
    expect(NAMESPACES).toContain('common');
    expect(new Set(NAMESPACES).size).toBe(NAMESPACES.length);
  });
});
