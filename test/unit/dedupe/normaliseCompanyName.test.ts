import { describe, expect, it } from 'vitest';
import { normaliseCompanyName } from '../../../src-shared/customer/derived';

// The definition normaliseCompanyName must keep: its ASCII fast path has to agree with it.
const LEGAL_FORMS = new Set([
  'ltd', 'limited', 'llc', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'kg',
  'sa', 'sas', 'sarl', 'srl', 'spa', 'sl', 'bv', 'nv', 'plc', 'pty', 'pvt', 'private', 'oy', 'ab', 'as', 'aps',
  'ooo', 'zao', 'oao', 'pte', 'bhd', 'sdn', 'tbk', 'jsc', 'llp', 'lp', 'cv', 'de', 'and', 'the', 'ltda', 'eireli',
  'me', 'epp', 'fze', 'fzco', 'fzc', 'wll', 'trading', 'group',
]);
function reference(name: string): string {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/(有限责任公司|股份有限公司|有限公司|集团|公司)$/u, '');
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const kept = words.filter((w) => !LEGAL_FORMS.has(w));
  return (kept.length > 0 ? kept : words).join('');
}

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

describe('normaliseCompanyName', () => {
  it.each([
    ['ACME Trading Co., Ltd.', 'acme'], ['Acme Ltd', 'acme'], ['Müller Import GmbH', 'mullerimport'], ['The Trading Group', 'thetradinggroup'],
    ['深圳华强贸易有限公司', '深圳华强贸易'], ['ＡＣＭＥ　Ｌｔｄ', 'acme'], ['  ', ''], ['', ''], ['Co., Ltd.', 'coltd'], ['3M Co.', '3m'],
    ['São Paulo Importações Ltda', 'saopauloimportacoes'], ['Ocean-Blue_Lighting (HK) Ltd', 'oceanbluelightinghk'],
  ])('%s → %s', (name, key) => {
    expect(normaliseCompanyName(name)).toBe(key);
    expect(reference(name)).toBe(key);
  });

  it('agrees with its Unicode definition on random names, ASCII or not', { timeout: 60_000 }, () => {
    const next = random(23);
    const ascii = ['Acme', 'ACME', 'ltd', 'Co.', ',', ' ', '  ', '-', '&', 'and', 'The', 'GmbH', 'x', 'Z9', '42', '_', '/', '(HK)', 'Ltda', 'S.A.', "'", '"', '\t', 'trading', 'Group'];
    const other = [
      'é', 'Ü', 'ß', '公司', '有限公司', '股份有限公司', '有限责任公司', '集团', '深圳', '华强', '贸易', '恆達', 'ﬁ', '²', 'Ⅷ', 'İ', 'ǅ', 'K', 'Å',
      'ООО', '«ЭлектроСвет»', 'Электро', 'свет', 'Й', 'ё', 'ΣΟΦΙΑ', 'Σ', 'σοφία', 'Αθήνα', '(주)', '한빛조명', 'ไทย', 'บริษัท', 'شركة', 'آ',
      'الرياض', '（深圳）', '·', '－', '　', 'Ａｃｍｅ', '\u0301', '😀', '𠀋', 'Ǆ', 'ǆ', 'Ꭰ', 'ꭰ', 'ı', 'ſ', '\u00AD', '\u200B',
    ];
    for (let k = 0; k < 20_000; k++) {
      const count = Math.floor(next() * 7);
      let name = '';
      for (let i = 0; i < count; i++) {
        const pool = k % 2 && next() < 0.5 ? other : ascii;
        name += pool[Math.floor(next() * pool.length)];
      }
      expect(normaliseCompanyName(name), JSON.stringify(name)).toBe(reference(name));
    }
    // Every character of the Basic Multilingual Plane, alone and inside a word.
    for (let c = 0x80; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const name of [ch, `ab${ch}cd Ltd`]) expect(normaliseCompanyName(name), `U+${c.toString(16)}`).toBe(reference(name));
    }
    // Every printable ASCII character, alone and between letters.
    for (let c = 0x20; c < 0x7f; c++) {
      const ch = String.fromCharCode(c);
      for (const name of [ch, `ab${ch}cd`, `${ch}Ltd`, `Acme${ch}`]) expect(normaliseCompanyName(name), JSON.stringify(name)).toBe(reference(name));
    }
  });
});
