import { describe, expect, it } from 'vitest';
import { readCustomerTable } from '../../../src-shared/import';

const CSV = '公司名称,联系人,国家,邮箱\r\n深圳华强贸易有限公司,张伟,中国,zhang@hq-trade.cn\r\n';
const HEADERS = ['公司名称', '联系人', '国家', '邮箱'];
const ROW = ['深圳华强贸易有限公司', '张伟', '中国', 'zhang@hq-trade.cn'];

/** The same CSV as Excel on a Chinese Windows saves it (GBK); TextEncoder cannot write GBK. */
const GBK_BYTES = new Uint8Array([
  0xb9, 0xab, 0xcb, 0xbe, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xc1, 0xaa, 0xcf, 0xb5, 0xc8, 0xcb, 0x2c, 0xb9, 0xfa, 0xbc,
  0xd2, 0x2c, 0xd3, 0xca, 0xcf, 0xe4, 0x0d, 0x0a, 0xc9, 0xee, 0xdb, 0xda, 0xbb, 0xaa, 0xc7, 0xbf, 0xc3, 0xb3, 0xd2,
  0xd7, 0xd3, 0xd0, 0xcf, 0xde, 0xb9, 0xab, 0xcb, 0xbe, 0x2c, 0xd5, 0xc5, 0xce, 0xb0, 0x2c, 0xd6, 0xd0, 0xb9, 0xfa,
  0x2c, 0x7a, 0x68, 0x61, 0x6e, 0x67, 0x40, 0x68, 0x71, 0x2d, 0x74, 0x72, 0x61, 0x64, 0x65, 0x2e, 0x63, 0x6e, 0x0d,
  0x0a,
]);

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const units = bom ? `\uFEFF${text}` : text;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);

describe('readCustomerTable: encodings', () => {
  it.each([
    ['utf-8', new TextEncoder().encode(CSV), 'utf-8'],
    ['utf-8 with BOM', withBom(new TextEncoder().encode(CSV)), 'utf-8-bom'],
    ['utf-16le with BOM', utf16(CSV, true), 'utf-16le'],
    ['utf-16be with BOM', utf16(CSV, false), 'utf-16be'],
    ['utf-16le without BOM (Notepad "Unicode")', utf16(CSV.replace(/[^ -~\r\n]/g, 'x'), true, false), 'utf-16le'],
    ['GBK, read as gb18030', GBK_BYTES, 'gb18030'],
  ])('reads %s', (_name, bytes, encoding) => {
    const table = readCustomerTable(bytes, 'customers.csv');
    expect(table.encoding).toBe(encoding);
    if (encoding === 'utf-16le' && _name.includes('without')) {
      expect(table.headers).toHaveLength(4);
      return;
    }
    expect(table.headers).toEqual(HEADERS);
    expect(table.rows).toEqual([ROW]);
  });

  it('does not leave the BOM on the first header', () => {
    const table = readCustomerTable(withBom(new TextEncoder().encode('Company,Email\nAcme,a@acme.com\n')), 'x.csv');
    expect(table.headers[0]).toBe('Company');
  });
});

/** "Firma;Ort;Land / Müller GmbH;München;Deutschland" as German Excel saves it (Windows-1252). */
const CP1252_BYTES = new Uint8Array([
  ...ascii('Firma;Ort;Land\r\nM'), 0xfc, ...ascii('ller GmbH;M'), 0xfc, ...ascii('nchen;Deutschland\r\n'),
]);

/** Traditional characters use GBK's extension area, whose second bytes are ASCII letters (恆 is 0x90 "a"). */
const GBK_TRADITIONAL_BYTES = new Uint8Array([
  0xb9, 0xab, 0xcb, 0xbe, 0x2c, 0xb3, 0xc7, 0xca, 0xd0, 0x0d, 0x0a, // 公司,城市
  0x90, 0x61, 0xdf, 0x5f, 0xd9, 0x51, 0xd2, 0xd7, 0xd3, 0xd0, 0xcf, 0xde, 0xb9, 0xab, 0xcb, 0xbe, 0x2c, 0xcf, 0xe3, 0xb8, 0xdb, // 恆達貿易有限公司,香港
  0x0d, 0x0a,
]);

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** Windows-1252 of Latin-1 text plus the few characters Excel uses from 0x80-0x9F. */
function cp1252(text: string): Uint8Array {
  const extra: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c, 'Œ': 0x8c };
  return new Uint8Array([...text].map((c) => extra[c] ?? c.charCodeAt(0)));
}

describe('readCustomerTable: GBK or Windows-1252', () => {
  it('reads a German Excel export as windows-1252, not as Chinese', () => {
    const table = readCustomerTable(CP1252_BYTES, 'kunden.csv');
    expect(table.encoding).toBe('windows-1252');
    expect(table.headers).toEqual(['Firma', 'Ort', 'Land']);
    expect(table.rows).toEqual([['Müller GmbH', 'München', 'Deutschland']]);
  });

  it.each([
    ['French', 'Société;Ville\r\nSociété Générale;Orléans\r\nCafé de Flore;Besançon\r\n'],
    ['Spanish', 'Empresa;Ciudad\r\nJosé García S.L.;Málaga\r\nCompañía Eléctrica;León\r\n'],
    ['Portuguese, with two accents in a row', 'Empresa;Cidade\r\nImportações e Exportações Ltda;São Paulo\r\n'],
    ['with curly quotes, dashes and the euro', 'Name;Note\r\nÖsterreich Handel;“Rabatt” – 5 € …\r\n'],
  ])('reads %s text as windows-1252', (_language, text) => {
    const table = readCustomerTable(cp1252(text), 'list.csv');
    expect(table.encoding).toBe('windows-1252');
    expect([table.headers, ...table.rows].map((row) => row.join(';')).join('\r\n') + '\r\n').toBe(text);
  });

  it('still reads GBK as gb18030, simplified and traditional', () => {
    expect(readCustomerTable(GBK_BYTES, 'customers.csv').encoding).toBe('gb18030');
    const traditional = readCustomerTable(GBK_TRADITIONAL_BYTES, 'customers.csv');
    expect(traditional.encoding).toBe('gb18030');
    expect(traditional.rows).toEqual([['恆達貿易有限公司', '香港']]);
  });

  it('uses the encoding the salesperson forces, whatever the guess', () => {
    const asChinese = readCustomerTable(CP1252_BYTES, 'kunden.csv', { encoding: 'gb18030' });
    expect(asChinese.encoding).toBe('gb18030');
    expect(asChinese.rows[0]?.[0]).not.toBe('Müller GmbH');
    const gbkForced = readCustomerTable(GBK_BYTES, 'customers.csv', { encoding: 'gb18030' });
    expect(gbkForced.rows).toEqual([ROW]);
    const gbkAs1252 = readCustomerTable(GBK_BYTES, 'customers.csv', { encoding: 'windows-1252' });
    expect(gbkAs1252.encoding).toBe('windows-1252');
    expect(gbkAs1252.headers[0]).toBe('¹«Ë¾Ãû³Æ');
    expect(readCustomerTable(CP1252_BYTES, 'kunden.csv', { encoding: 'windows-1252' }).rows).toEqual([['Müller GmbH', 'München', 'Deutschland']]);
  });

  it('forces UTF-8 and UTF-16 too, dropping their BOM', () => {
    const utf8 = readCustomerTable(withBom(new TextEncoder().encode(CSV)), 'customers.csv', { encoding: 'utf-8' });
    expect(utf8).toEqual({ encoding: 'utf-8', headers: HEADERS, rows: [ROW] });
    expect(readCustomerTable(utf16(CSV, true), 'customers.csv', { encoding: 'utf-16le' }).rows).toEqual([ROW]);
    expect(readCustomerTable(utf16(CSV, false, false), 'customers.csv', { encoding: 'utf-16be' }).rows).toEqual([ROW]);
    // Forced UTF-8 on Windows-1252 bytes is garbled, not refused: the salesperson sees it and picks again.
    expect(readCustomerTable(CP1252_BYTES, 'kunden.csv', { encoding: 'utf-8' }).rows[0]?.[0]).toBe('M\uFFFDller GmbH');
  });
});

describe('readCustomerTable: delimiters and shape', () => {
  const read = (text: string, name = 'list.csv') => readCustomerTable(new TextEncoder().encode(text), name);

  it('detects semicolons (European Excel) and tabs', () => {
    expect(read('Company;Country\nAcme;DE\n').rows).toEqual([['Acme', 'DE']]);
    expect(read('Company\tCountry\nAcme\tDE\n', 'list.txt').rows).toEqual([['Acme', 'DE']]);
    expect(read('Company\tCountry, region\nAcme\tDE\n', 'list.tsv').headers).toEqual(['Company', 'Country, region']);
  });

  it('honours an Excel "sep=" line', () => {
    const table = read('sep=;\nCompany;Notes\nAcme;"a, b"\n');
    expect(table.headers).toEqual(['Company', 'Notes']);
    expect(table.rows).toEqual([['Acme', 'a, b']]);
  });

  it('ignores commas inside quotes when guessing, and keeps quoted line breaks', () => {
    const table = read('"Company; Inc";Notes\n"Acme; Inc";"line 1\nline 2"\n');
    expect(table.rows).toEqual([['Acme; Inc', 'line 1\nline 2']]);
  });

  it('trims headers, drops empty rows and pads or cuts rows to the header', () => {
    const table = read('  Company , Country \n\n,\nAcme\n  ,  \nBeta,BR,extra\n');
    expect(table.headers).toEqual(['Company', 'Country']);
    expect(table.rows).toEqual([
      ['Acme', ''],
      ['Beta', 'BR'],
    ]);
  });

  it('takes the first non-empty line as the header', () => {
    expect(read('\n\nCompany,Country\nAcme,DE\n').headers).toEqual(['Company', 'Country']);
  });

  it('reads a .xls that is really tab-separated text, as some platforms export it', () => {
    expect(read('Company\tCountry\nAcme\tDE\n', 'export.xls').rows).toEqual([['Acme', 'DE']]);
  });
});
