import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TableReadErrorCode } from '../../../../src-shared/import';
import { DataError } from '../../../../src-renderer/data';
import { describeImportFailure } from '../../../../src-renderer/features/import/describeImportFailure';
import { ImportRequestError } from '../../../../src-renderer/features/import/importClient';
import { translator } from '../fixtures';

let en: TFunction;
let zh: TFunction;
beforeAll(async () => {
  en = await translator('en');
  zh = await translator('zh-CN');
});

describe('describeImportFailure', () => {
  it('says what is wrong with the file, with its params', () => {
    const tooBig = new ImportRequestError({ kind: 'table', code: 'fileTooBig', params: { maxMb: 50 } });
    expect(describeImportFailure(tooBig, en)).toBe('The file is too big to import (the limit is 50 MB).');
    expect(describeImportFailure(tooBig, zh)).toContain('50');
    const type = new ImportRequestError({ kind: 'table', code: 'unsupportedType', params: { ext: '.pdf' } });
    expect(describeImportFailure(type, en)).toBe('Files of type “.pdf” cannot be imported. Save the list as CSV, XLSX or vCard (.vcf) first.');
    const malformed = new ImportRequestError({ kind: 'table', code: 'csvMalformed', params: { row: 7 } });
    expect(describeImportFailure(malformed, en)).toBe('The file is malformed at row 7: a quoted value is never closed.');
  });

  it('has a sentence for every way a file can fail to read, in both languages', () => {
    const codes: Record<TableReadErrorCode, true> = {
      fileEmpty: true,
      fileTooBig: true,
      fileBinary: true,
      csvMalformed: true,
      unsupportedType: true,
      xlsxInvalid: true,
      vcardEmpty: true,
      noDataRows: true,
    };
    for (const t of [en, zh]) {
      for (const code of Object.keys(codes)) {
        const text = describeImportFailure(new ImportRequestError({ kind: 'table', code, params: { maxMb: 1, row: 1, ext: '.x' } }), t);
        expect(text, code).not.toBe(code);
        expect(text, code).not.toMatch(/\{\{/);
      }
    }
  });

  it('asks for the file again when the reader lost it', () => {
    const lost = new ImportRequestError({ kind: 'fileLost' });
    expect(describeImportFailure(lost, en)).toBe('The file is no longer loaded (the background reader stopped). Choose the file again.');
    expect(describeImportFailure(lost, zh)).toBe('文件已不在内存中（后台读取进程已停止）。请重新选择文件。');
  });

  it('shows anything else the worker reports as unexpected, with its message', () => {
    const crash = new ImportRequestError({ kind: 'unexpected', message: 'cancelled' });
    expect(describeImportFailure(crash, en)).toBe('An unexpected error happened: cancelled');
    expect(crash.message).toBe('cancelled');
  });

  it('leaves errors from elsewhere to describeError', () => {
    expect(describeImportFailure(new DataError('importFailed', 'x'), en)).toBe('The import did not finish, and nothing was changed.');
    expect(describeImportFailure(new Error('disk'), en)).toBe('An unexpected error happened: disk');
    expect(describeImportFailure('nope', en)).toBe('An unexpected error happened: nope');
  });

  it('gives ImportRequestError a readable message for logs', () => {
    expect(new ImportRequestError({ kind: 'table', code: 'fileEmpty', params: {} }).message).toBe('fileEmpty');
    expect(new ImportRequestError({ kind: 'fileLost' }).message).toBe('file lost');
    expect(new ImportRequestError({ kind: 'fileLost' }).name).toBe('ImportRequestError');
  });
});
