import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapCustomerColumns, readCustomerTable, validateCustomerRows, VCARD_HEADERS } from '../../../src-shared/import';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/import', name)));

/** The table as objects, header → cell, for readable assertions. */
function records(name: string): Record<string, string>[] {
  const table = readCustomerTable(fixture(name), name);
  expect(table.headers).toEqual([...VCARD_HEADERS]);
  return table.rows.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i] ?? ''])));
}

describe('readCustomerTable: vCard', () => {
  it('reads Android 2.1 cards: quoted-printable UTF-8 with soft line breaks, bare TYPE params', () => {
    const [zhang, maria] = records('android-2.1.vcf');
    expect(zhang).toMatchObject({
      'Full Name': '张伟',
      'First Name': '伟',
      'Last Name': '张',
      Company: '深圳华强贸易有限公司',
      Emails: 'zhang.wei@hq-trade.cn; sales@hq-trade.cn',
      Phones: '+86 138 0013 8000; +86 755 8888 6666',
      Notes: '广交会认识\nMet at Canton Fair',
    });
    expect(maria).toMatchObject({ 'Full Name': 'Maria Silva', Company: '', Phones: '+55 11 91234-5678' });
  });

  it('reads iPhone 3.0 cards: folded lines, item1. groups, escapes, work address, categories', () => {
    const [hans, jan] = records('iphone-3.0.vcf');
    expect(hans).toMatchObject({
      'Full Name': 'Dr. Hans Müller',
      Company: 'Müller Import GmbH',
      'Job Title': 'Head of Purchasing',
      Emails: 'hans.mueller@mueller-import.de; hans.m@gmail.com',
      Phones: '+49 151 2345 6789; 030 1234567',
      Website: 'https://www.mueller-import.de',
      Country: 'Germany',
      City: 'Berlin',
      Tags: 'VIP; Trade fair 2024',
      Notes: 'Wants LED panels, 600x600\nAsked for CE certificate',
    });
    expect(jan?.Notes).toBe(
      'A very long note that the iPhone folds onto the next line when it is longer than seventy-five characters.',
    );
  });

  it('reads 4.0 cards: tel: URIs, quoted parameter values, PREF', () => {
    const [ahmed] = records('vcard-4.0.vcf');
    expect(ahmed).toMatchObject({
      Company: 'Gulf Home Trading LLC',
      Emails: 'ahmed@gulfhome.ae; ahmed.sayed@outlook.com',
      Phones: '+971-50-123-4567; +971-4-123-4567',
      City: 'Dubai',
      Country: 'United Arab Emirates',
      Website: 'https://gulfhome.ae',
    });
  });

  it('maps every vCard header to a field, and the cards validate into customers', () => {
    const table = readCustomerTable(fixture('android-2.1.vcf'), 'contacts.vcf');
    const mapping = mapCustomerColumns(table.headers);
    expect(mapping).not.toContain(null);
    const { valid, errors } = validateCustomerRows(table.rows, mapping);
    expect(errors).toEqual([]);
    expect(valid.map((v) => [v.customer.company, v.customer.country, v.customer.contacts[0]?.phones])).toEqual([
      ['深圳华强贸易有限公司', 'CN', ['+8613800138000', '+8675588886666']],
      // No company on the card: the person stands for it; Brazil comes from the +55 number.
      ['Maria Silva', 'BR', ['+5511912345678']],
    ]);
    expect(valid[1]?.customer.language).toBe('pt-BR');
  });

  it('decodes a GBK quoted-printable value when the card says CHARSET=GBK', () => {
    // 张伟 in GBK is D5 C5 CE B0.
    const card = 'BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:=D5=C5=CE=B0\r\nEND:VCARD\r\n';
    const table = readCustomerTable(new TextEncoder().encode(card), 'old-phone.vcf');
    expect(table.rows[0]?.[0]).toBe('张伟');
  });
});
