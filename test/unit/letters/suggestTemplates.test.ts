import { describe, expect, it } from 'vitest';
import { type LetterTemplate, suggestTemplates, type TemplateKind, type TemplateSuggestion } from '../../../src-shared/letters';

function t(id: string, kind: TemplateKind, suggest: TemplateSuggestion = {}): LetterTemplate {
  return { id, kind, suggest, name: { en: id, 'zh-CN': id }, description: { en: '', 'zh-CN': '' }, inputs: [], variants: { en: { subject: 's', html: 'h' } }, fallbackLanguage: 'en', builtIn: true, updatedAt: 0 };
}

const pack = [
  t('festival-christmas', 'festival'),
  t('inquiry-reply-a', 'inquiryReply', { levels: ['A'] }),
  t('inquiry-reply-c', 'inquiryReply', { levels: ['C'] }),
  t('development-importer', 'development', { backgrounds: ['importerWholesaler', 'distributor'] }),
  t('development-retailer', 'development', { backgrounds: ['chainRetailer'] }),
  t('quote-cover', 'quoteCover', { stages: ['qualified', 'quoted'] }),
  t('quote-follow-up-1', 'quoteFollowUp', { stages: ['quoted'] }),
  t('quote-follow-up-2', 'quoteFollowUp', { stages: ['quoted'] }),
  t('custom', 'custom'),
];
const ids = (customer: { level: string; background: string; stage: string }) => suggestTemplates(pack, customer).map((x) => x.id);

describe('suggestTemplates', () => {
  it('puts the inquiry reply for the level first for a new inquiry', () => {
    expect(ids({ level: 'C', background: 'importerWholesaler', stage: 'newInquiry' })).toEqual([
      'inquiry-reply-c', 'development-importer', 'festival-christmas', 'custom',
    ]);
  });
  it('puts the follow-ups first for a quoted customer, in their given order', () => {
    expect(ids({ level: 'A', background: 'chainRetailer', stage: 'quoted' }).slice(0, 5)).toEqual([
      'quote-follow-up-1', 'quote-follow-up-2', 'quote-cover', 'inquiry-reply-a', 'development-retailer',
    ]);
  });
  it('offers development letters to silent customers of the right background', () => {
    expect(ids({ level: 'D', background: 'distributor', stage: 'silent' })[0]).toBe('development-importer');
  });
  it('is stable and does not change its input', () => {
    const before = pack.map((x) => x.id);
    const c = { level: 'E', background: 'unknown', stage: 'junk' };
    expect(ids(c)).toEqual(['festival-christmas', 'custom']);
    expect(ids(c)).toEqual(ids(c));
    expect(pack.map((x) => x.id)).toEqual(before);
  });
});
