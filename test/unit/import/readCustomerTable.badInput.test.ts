import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readCustomerTable, TableReadError } from '../../../src-shared/import';

const text = (s: string) => new TextEncoder().encode(s);

function failure(bytes: Uint8Array, fileName: string): TableReadError {
  try {
    readCustomerTable(bytes, fileName);
  } catch (err) {
    expect(err).toBeInstanceOf(TableReadError);
    return err as TableReadError;
  }
  throw new Error('expected readCustomerTable to throw');
}

describe('readCustomerTable: bad input', () => {
  it('refuses an empty file, and one of blank lines only', () => {
    expect(failure(new Uint8Array(0), 'a.csv').code).toBe('fileEmpty');
    expect(failure(text('\r\n  \n,,\n'), 'a.csv').code).toBe('fileEmpty');
  });

  it('refuses a header without data rows', () => {
    const err = failure(text('Company,Email\n\n'), 'a.csv');
    expect(err.code).toBe('noDataRows');
    expect(err.message).toMatch(/no customer rows/);
  });

  it('refuses a file over the limit before decoding it', () => {
    const err = failure(new Uint8Array(MAX_IMPORT_BYTES + 1), 'big.csv');
    expect(err.code).toBe('fileTooBig');
    expect(err.params).toEqual({ maxMb: 64 });
    expect(err.message).toContain('64 MB');
  });

  it('refuses binary data such as a PNG renamed to .csv', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(failure(png, 'photo.csv').code).toBe('fileBinary');
  });

  it('refuses control-character noise without NUL bytes', () => {
    const noise = new Uint8Array(2000).map((_, i) => (i % 7) + 1);
    expect(failure(noise, 'noise.txt').code).toBe('fileBinary');
  });

  it('names the row of an unclosed quote', () => {
    const err = failure(text('Company,Notes\nAcme,ok\nBeta,"never closed\nGamma,fine\n'), 'a.csv');
    expect(err.code).toBe('csvMalformed');
    expect(err.params).toEqual({ row: 3 });
    expect(err.message).toContain('row 3');
  });

  it.each(['offer.pdf', 'letter.doc', 'letter.docx', 'archive.zip', 'no-extension'])('refuses %s', (name) => {
    const err = failure(text('Company\nAcme\n'), name);
    expect(err.code).toBe('unsupportedType');
    expect(err.params.ext).toBe(name.includes('.') ? name.slice(name.lastIndexOf('.')) : name);
  });

  it('refuses an old binary .xls with the unsupported-type error', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(failure(ole, 'old.xls').code).toBe('unsupportedType');
  });

  it('refuses a .xlsx that is not a zip, or a zip without a workbook', () => {
    expect(failure(text('Company\nAcme\n'), 'fake.xlsx').code).toBe('xlsxInvalid');
    expect(failure(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'broken.xlsx').code).toBe('xlsxInvalid');
  });

  it('refuses a .vcf without cards', () => {
    expect(failure(text('Company,Email\nAcme,a@acme.com\n'), 'contacts.vcf').code).toBe('vcardEmpty');
  });
});
