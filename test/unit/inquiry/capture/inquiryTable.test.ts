import { describe, expect, it } from 'vitest';
import { TableReadError } from '../../../../src-shared/import';
import { validateQualifyInput } from '../../../../src-shared/inquiry';
import { CaptureError, mapInquiryColumns, readInquiryTable, rowsToInquiries } from '../../../../src-shared/inquiry/capture';

const bytes = (text: string) => new TextEncoder().encode(text);

const ALIBABA_EXPORT = `Inquiry Time,Subject,Buyer Name,Email,Country/Region,Product Name,Quantity,Message,Verified Buyer,Product Views,Times Blacklisted,Internal Note
2026-11-18T22:47:13-03:00,LED high bay 150W,João Pereira,JOAO@construtora-sul.com.br,Brazil,LED High Bay 150W,800 pcs,"Please quote CIF Santos, IP66, 5 years warranty.",Yes,35,0,call back
2026-11-19 09:30,Hello,,buyer2026@gmail.com,Nigeria,,,Send me your price list,No,1,2,
2026-11-20T10:00:00Z,Empty row,Nobody,,,,,,,,,
,,Karl,karl@licht.de,Deutschland,Panel 62x62,300,,,,,
`;

describe('mapInquiryColumns', () => {
  it('recognises platform, CRM and Chinese headers, each field once', () => {
    expect(mapInquiryColumns(['Inquiry Time', 'Subject', 'Buyer Name', 'Email', 'Country/Region', 'Product Name', 'Quantity', 'Message', 'Verified Buyer', 'Product Views', 'Times Blacklisted', 'Internal Note'])).toEqual([
      'receivedAt', 'subject', 'fromName', 'fromEmail', 'country', 'product', 'quantity', 'message', 'verified', 'productViews', 'blacklisted', null,
    ]);
    expect(mapInquiryColumns(['询盘时间', '买家姓名', '邮箱', '国家/地区', '询盘内容', '产品名称', '采购数量', '来源', '留言'])).toEqual([
      'receivedAt', 'fromName', 'fromEmail', 'country', 'message', 'product', 'quantity', 'channel', null,
    ]);
    expect(mapInquiryColumns(['E-MAIL', ' message ', 'WhatsApp'])).toEqual(['fromEmail', 'message', 'phone']);
  });
});

describe('reading an inquiry spreadsheet', () => {
  it('turns each row into a valid input, with the mapping; rows without text are skipped and reported', () => {
    const table = readInquiryTable(bytes(ALIBABA_EXPORT), 'inquiries.csv');
    const { inputs, rows, skipped } = rowsToInquiries(table, mapInquiryColumns(table.headers));
    expect(skipped).toEqual([{ row: 3, reason: 'noMessage' }]);
    expect(inputs).toHaveLength(3);
    // Each input's row, so a screen can name it (row 3 was skipped).
    expect(rows).toEqual([1, 2, 4]);
    for (const input of inputs) expect(validateQualifyInput(input).ok).toBe(true);

    const [joao, vague, karl] = inputs;
    expect(joao).toMatchObject({
      subject: 'LED high bay 150W',
      fromName: 'João Pereira',
      fromEmail: 'joao@construtora-sul.com.br',
      country: 'BR',
      receivedAt: '2026-11-18T22:47:13-03:00',
      platform: { verified: true, productViews: 35, blacklisted: 0 },
    });
    expect(joao?.text).toBe('Product: LED High Bay 150W\nQuantity: 800 pcs\n\nPlease quote CIF Santos, IP66, 5 years warranty.');
    expect(vague).toMatchObject({ country: 'NG', receivedAt: new Date(2026, 10, 19, 9, 30).toISOString(), platform: { verified: false, productViews: 1, blacklisted: 2 } });
    expect(karl).toMatchObject({ country: 'DE', text: 'Product: Panel 62x62\nQuantity: 300' });
    expect(karl?.receivedAt).toBeUndefined();
  });

  it('follows the mapping the salesperson changed', () => {
    const table = readInquiryTable(bytes('Col A,Col B\nPlease quote 100 pcs,Hello\n'), 'sheet.csv');
    expect(mapInquiryColumns(table.headers)).toEqual([null, null]);
    const { inputs } = rowsToInquiries(table, ['message', 'subject']);
    expect(inputs).toEqual([{ text: 'Please quote 100 pcs', subject: 'Hello' }]);
  });

  it('reads a GBK CSV from a Chinese Excel', () => {
    const gbkBytes = new Uint8Array([
      ...bytes('Email,'),
      0xc1, 0xf4, 0xd1, 0xd4, // 留言
      ...bytes('\nbob@x.com,need 500 pcs\n'),
    ]);
    const table = readInquiryTable(gbkBytes, 'inquiries.csv');
    expect(table.headers).toEqual(['Email', '留言']);
  });

  it('refuses a contact card, a binary file and an unsupported type with clear codes', () => {
    expect(() => readInquiryTable(bytes('BEGIN:VCARD\nEND:VCARD\n'), 'contacts.vcf')).toThrow(CaptureError);
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as TableReadError | CaptureError).code;
      }
      return null;
    };
    expect(codeOf(() => readInquiryTable(bytes('BEGIN:VCARD\n'), 'c.vcf'))).toBe('vcardNotInquiries');
    expect(codeOf(() => readInquiryTable(new Uint8Array([0x41, 0, 0x42, 0, 0, 0, 0x43, 0x0a, 0x44, 0, 0, 0]), 'x.csv'))).toBe('fileBinary');
    expect(codeOf(() => readInquiryTable(bytes('x'), 'mail.eml'))).toBe('unsupportedType');
    expect(codeOf(() => readInquiryTable(bytes('Message\n'), 'x.csv'))).toBe('noDataRows');
    expect(TableReadError).toBeDefined();
  });
});
