import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCustomerTable, TableReadError } from '../../../src-shared/import';

/** A minimal workbook as Excel writes it: a relation to the sheet, shared strings, typed cells. */
function workbook(sheetXml: string, sharedStrings: string[], sheetTarget = 'worksheets/sheet1.xml'): Uint8Array {
  const sst = sharedStrings.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        '<sheet name="客户" sheetId="1" r:id="rId3"/><sheet name="Other" sheetId="2" r:id="rId4"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId4" Type="worksheet" Target="worksheets/sheet2.xml"/>` +
        `<Relationship Id="rId3" Type="worksheet" Target="${sheetTarget}"/></Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sst}` +
        '<si><r><t>Rich </t></r><r><rPr><b/></rPr><t>Text</t></r><rPh><t>ignored</t></rPh></si></sst>',
    ),
    [`xl/${sheetTarget}`]: strToU8(sheetXml),
    'xl/worksheets/sheet2.xml': strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>'),
  });
}

const SHEET = `<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>
<row r="2"><c r="A2" t="s"><v>5</v></c><c r="C2"><v>8613800138000</v></c><c r="D2"><v>45356</v></c><c r="E2" t="inlineStr"><is><t>A &amp; B &lt;ok&gt;</t></is></c></row>
<row r="4"><c r="B4" t="s"><v>6</v></c><c r="D4"><v>4.4000000000000004</v></c><c r="E4" t="b"><v>1</v></c></row>
<row r="5"><c r="A5" t="e"><v>#N/A</v></c></row>
</sheetData></worksheet>`;

describe('readCustomerTable: xlsx', () => {
  it('reads the first sheet: shared, inline and rich strings, numbers, and gaps in the right column', () => {
    const bytes = workbook(SHEET, ['公司名称', '国家', '电话', '最后联系', '备注', 'Acme Co., Ltd.', 'Brazil'], 'worksheets/customers.xml');
    const table = readCustomerTable(bytes, 'customers.xlsx');
    expect(table.encoding).toBe('xlsx');
    expect(table.headers).toEqual(['公司名称', '国家', '电话', '最后联系', '备注']);
    expect(table.rows).toEqual([
      ['Acme Co., Ltd.', '', '8613800138000', '45356', 'A & B <ok>'],
      ['', 'Brazil', '', '4.4', 'TRUE'],
    ]);
  });

  it('reads rich text from shared strings without the phonetic guide', () => {
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>';
    const table = readCustomerTable(workbook(sheet, ['Company']), 'x.xlsx');
    expect(table.rows).toEqual([['Rich Text']]);
  });

  it('refuses a workbook with a DTD (entity expansion)', () => {
    const sheet = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>';
    expect(() => readCustomerTable(workbook(sheet, []), 'x.xlsx')).toThrow(TableReadError);
  });

  it('refuses a zip that holds no workbook', () => {
    const zip = zipSync({ 'hello.txt': strToU8('hi') });
    expect(() => readCustomerTable(zip, 'x.xlsx')).toThrow(expect.objectContaining({ code: 'xlsxInvalid' }));
  });
});
