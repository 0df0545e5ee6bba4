import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mapInquiryColumns, readInquiryTable, rowsToInquiries } from '../../../../src-shared/inquiry/capture';

/** A one-sheet workbook with inline strings and numbers, as a platform export writes it. */
function workbook(rows: Array<Array<string | number>>): Uint8Array {
  const col = (i: number) => String.fromCharCode(65 + i);
  const sheetRows = rows
    .map((cells, r) => {
      const xml = cells
        .map((v, c) => {
          const ref = `${col(c)}${r + 1}`;
          return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="询盘" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`),
  });
}

describe('an .xlsx of inquiries', () => {
  it('reads Chinese headers, an Excel date serial and counts', () => {
    const bytes = workbook([
      ['询盘时间', '买家', '邮箱', '国家', '询盘内容', '来源', '有效询盘数'],
      [46345.5, 'Ali Hassan', 'ali@hassan-trading.sa', '沙特阿拉伯', 'Need 2 containers of LED tubes T8, CIF Dammam', 'Alibaba', 7],
    ]);
    const table = readInquiryTable(bytes, '询盘.xlsx');
    const mapping = mapInquiryColumns(table.headers);
    expect(mapping).toEqual(['receivedAt', 'fromName', 'fromEmail', 'country', 'message', 'channel', 'validInquiries']);
    const { inputs, skipped } = rowsToInquiries(table, mapping);
    expect(skipped).toEqual([]);
    expect(inputs[0]).toMatchObject({
      fromName: 'Ali Hassan',
      fromEmail: 'ali@hassan-trading.sa',
      country: 'SA',
      channel: 'alibaba',
      platform: { validInquiries: 7 },
      text: 'Need 2 containers of LED tubes T8, CIF Dammam',
    });
    expect(inputs[0]?.receivedAt).toMatch(/^2026-11-19T\d{2}:\d{2}:\d{2}\.000Z$/);
  });
});
