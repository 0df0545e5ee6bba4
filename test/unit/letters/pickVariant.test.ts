import { describe, expect, it } from 'vitest';
import { pickVariant } from '../../../src-shared/letters';

const v = (s: string) => ({ subject: s, html: s });
const template = { fallbackLanguage: 'en', variants: { en: v('en'), pt: v('pt'), zh: v('zh'), 'pt-BR': v('pt-BR'), es: v('es') } };

describe('pickVariant', () => {
  it('walks pt-BR → pt → en', () => {
    const withoutBr = { fallbackLanguage: 'en', variants: { en: v('en'), pt: v('pt') } };
    expect(pickVariant(withoutBr, 'pt-BR')).toMatchObject({ language: 'pt', chain: ['pt-BR', 'pt'], exact: true });
    expect(pickVariant(template, 'pt-BR')).toMatchObject({ language: 'pt-BR', chain: ['pt-BR'], exact: true });
    expect(pickVariant(template, 'pt-br').language).toBe('pt-BR');
  });
  it('maps zh-CN, zh-TW and zh-Hans to zh', () => {
    for (const tag of ['zh-CN', 'zh-TW', 'zh-Hans', 'zh-Hant-TW', 'zh_CN']) {
      expect(pickVariant(template, tag)).toMatchObject({ language: 'zh', exact: true });
    }
    expect(pickVariant(template, 'zh-Hant-TW').chain).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh']);
  });
  it('falls back to the template fallback, not exact', () => {
    expect(pickVariant(template, 'it-IT')).toMatchObject({ language: 'en', chain: ['it-IT', 'it', 'en'], exact: false });
    expect(pickVariant(template, '')).toMatchObject({ language: 'en', chain: ['en'], exact: false });
  });
  it('calls English exact for English customers', () => {
    expect(pickVariant(template, 'en-GB')).toMatchObject({ language: 'en', chain: ['en-GB', 'en'], exact: true });
  });
  it('answers per fallback language when the same variants are asked with another fallback', () => {
    const variants = { en: v('en'), de: v('de') };
    expect(pickVariant({ fallbackLanguage: 'en', variants }, 'fr').language).toBe('en');
    expect(pickVariant({ fallbackLanguage: 'de', variants }, 'fr').language).toBe('de');
    expect(pickVariant({ fallbackLanguage: 'en', variants }, 'fr').language).toBe('en');
  });
  it('takes the first variant when even the fallback is missing, and throws with none', () => {
    expect(pickVariant({ fallbackLanguage: 'en', variants: { de: v('de') } }, 'fr')).toMatchObject({ language: 'de', exact: false, chain: ['fr', 'en', 'de'] });
    expect(() => pickVariant({ fallbackLanguage: 'en', variants: {} }, 'fr')).toThrow(/no language variants/);
  });
});
