import { describe, expect, it } from 'vitest';
import type { Customer, CustomerInput } from '../../../src-shared/customer/customer';
import { withDerivedFields } from '../../../src-shared/customer/derived';
import { EXPORT_COLUMNS, EXPORT_HEADER_LABELS, exportCustomersCsv, type ExportColumn } from '../../../src-shared/export';
import { mapCustomerColumns, readCustomerTable, validateCustomerRows } from '../../../src-shared/import';

function customer(id: string, input: CustomerInput, createdAt = Date.UTC(2024, 0, 2)): Customer {
  const withIds = { ...input, contacts: input.contacts.map((c, i) => ({ ...c, id: `${id}-c${i}` })) };
  return { ...withDerivedFields(withIds), id, createdAt, updatedAt: createdAt };
}

const INPUTS: CustomerInput[] = [
  {
    company: 'Müller Import GmbH',
    website: 'https://www.mueller-import.de',
    country: 'DE',
    city: 'Berlin',
    contacts: [
      { name: 'Hans Müller', title: 'Head of Purchasing', emails: ['hans@mueller-import.de', 'einkauf@mueller-import.de'], phones: ['+49301234567', '+4915123456789'], whatsapp: '+4915123456789' },
    ],
    language: 'de',
    timeZone: 'Europe/Berlin',
    level: 'B',
    background: 'importerWholesaler',
    stage: 'sample',
    source: 'tradeFair',
    tags: ['VIP', 'Canton Fair 2024'],
    products: ['LED panel 600x600', 'LED bulb, 9W'],
    notes: 'Asked for CE and RoHS.\nPays by T/T 30/70, "fast".',
    lastContactAt: Date.UTC(2025, 1, 3, 8, 15),
    nextFollowUpAt: Date.UTC(2025, 3, 1),
  },
  {
    company: '深圳华强贸易有限公司',
    website: '',
    country: 'CN',
    city: '深圳',
    contacts: [{ name: '张伟', title: '', emails: ['zhang@hq-trade.cn'], phones: ['+8613800138000'], whatsapp: '' }],
    language: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    level: 'E',
    background: 'tradingAgent',
    stage: 'junk',
    source: 'alibaba',
    tags: [],
    products: [],
    notes: '',
    lastContactAt: null,
    nextFollowUpAt: null,
  },
  {
    company: '=HYPERLINK("http://evil.example","click")',
    website: 'evil.example',
    country: 'SA',
    city: '',
    contacts: [{ name: '@admin', title: '-boss', emails: [], phones: ['+966501234567'], whatsapp: '' }],
    language: 'ar',
    timeZone: 'Asia/Riyadh',
    level: 'D',
    background: 'unknown',
    stage: 'newInquiry',
    source: 'other',
    tags: ['+1'],
    products: [],
    notes: '-5% if they order two containers',
    lastContactAt: null,
    nextFollowUpAt: null,
  },
];
const CUSTOMERS = INPUTS.map((input, i) => customer(`id${i}`, input));

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(3));

describe('exportCustomersCsv', () => {
  it('starts with a UTF-8 BOM so Excel reads Chinese correctly', () => {
    const bytes = exportCustomersCsv(CUSTOMERS);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(bytes)).toContain('深圳华强贸易有限公司');
  });

  it('writes the header row and one CRLF row per customer', () => {
    const text = decode(exportCustomersCsv(CUSTOMERS.slice(0, 2)));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(EXPORT_COLUMNS.map((c) => EXPORT_HEADER_LABELS[c]).join(','));
    expect(lines[2]).toMatch(/^深圳华强贸易有限公司,张伟,,zhang@hq-trade.cn,'\+8613800138000,,,CN,深圳,zh-CN,Asia\/Shanghai,E,tradingAgent,junk,alibaba,,,,2024-01-02T00:00:00.000Z,,$/);
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    const table = readCustomerTable(exportCustomersCsv(CUSTOMERS.slice(2)), 'x.csv');
    const cell = (header: string) => table.rows[0]?.[table.headers.indexOf(header)];
    expect(cell('Company')).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(cell('Contact Name')).toBe("'@admin");
    expect(cell('Job Title')).toBe("'-boss");
    expect(cell('Phones')).toBe("'+966501234567");
    expect(cell('Tags')).toBe("'+1");
    expect(cell('Notes')).toBe("'-5% if they order two containers");
  });

  it('neutralises a leading tab or carriage return too', () => {
    const hidden = customer('tab', { ...INPUTS[1]!, company: '\t=1+1', city: '\r=2' });
    const table = readCustomerTable(exportCustomersCsv([hidden], { columns: ['company', 'city'] }), 'x.csv');
    expect(table.rows[0]).toEqual(["'\t=1+1", "'\r=2"]);
  });

  it('writes only the chosen columns, under the given labels', () => {
    const columns: ExportColumn[] = ['company', 'country'];
    const text = decode(exportCustomersCsv(CUSTOMERS.slice(1, 2), { columns, headerLabels: { company: '公司名称' } }));
    expect(text).toBe('公司名称,Country\r\n深圳华强贸易有限公司,CN');
  });

  it('lists every contact of a customer in the name, email and phone cells', () => {
    const two = customer('two', {
      ...INPUTS[1]!,
      contacts: [
        { name: 'A', title: 'Boss', emails: ['a@x.cn'], phones: [], whatsapp: '' },
        { name: 'B', title: 'Boss', emails: ['b@x.cn'], phones: ['+8613800138001'], whatsapp: '+8613800138001' },
      ],
    });
    const table = readCustomerTable(exportCustomersCsv([two]), 'x.csv');
    const cell = (header: string) => table.rows[0]?.[table.headers.indexOf(header)];
    expect([cell('Contact Name'), cell('Job Title'), cell('Emails'), cell('WhatsApp')]).toEqual(['A; B', 'Boss', 'a@x.cn; b@x.cn', "'+8613800138001"]);
  });
});

describe('export → import round trip', () => {
  const EN_LABELS = {
    company: 'Company', contactName: 'Contact', title: 'Title', emails: 'Emails', phones: 'Phones', whatsapp: 'WhatsApp',
    website: 'Website', country: 'Country', city: 'City', language: 'Language', timeZone: 'Time zone', level: 'Level',
    background: 'Background', stage: 'Stage', source: 'Source', tags: 'Tags', products: 'Products of interest', notes: 'Notes',
    createdAt: 'Created', lastContactAt: 'Last contact', nextFollowUpAt: 'Next follow-up',
  };
  const ZH_LABELS = {
    company: '公司名称', contactName: '联系人', title: '职位', emails: '邮箱', phones: '电话', whatsapp: 'WhatsApp', website: '网站',
    country: '国家/地区', city: '城市', language: '语言', timeZone: '时区', level: '客户等级', background: '客户背景', stage: '阶段',
    source: '来源', tags: '标签', products: '意向产品', notes: '备注', createdAt: '创建时间', lastContactAt: '最后联系',
    nextFollowUpAt: '下次跟进',
  };

  it.each([
    ['default labels', undefined],
    ['the UI’s English field labels', EN_LABELS],
    ['the UI’s Chinese field labels', ZH_LABELS],
  ])('gives back equal customers with %s', (_name, headerLabels) => {
    const bytes = exportCustomersCsv(CUSTOMERS, headerLabels ? { headerLabels } : {});
    const table = readCustomerTable(bytes, 'customers.csv');
    expect(table.encoding).toBe('utf-8-bom');
    const mapping = mapCustomerColumns(table.headers);
    expect(mapping.filter((f) => f === null)).toHaveLength(1); // "Created" is the book's, not the file's
    const { valid, errors } = validateCustomerRows(table.rows, mapping, { now: Date.UTC(2025, 2, 1) });
    expect(errors).toEqual([]);
    expect(valid.map((v) => v.customer)).toEqual(INPUTS);
  });
});
