import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IpcError } from '../../../../src-shared/ipc/contract';
import { describeError } from '../../../../src-renderer/app/describeError';
import { MainError } from '../../../../src-renderer/app/mainApi';
import { DataError, type DataErrorCode } from '../../../../src-renderer/data';
import { translator } from '../fixtures';

let en: TFunction;
let zh: TFunction;
beforeAll(async () => {
  en = await translator('en');
  zh = await translator('zh-CN');
});

const main = (code: IpcError['code'], message: string, details?: string[]) =>
  new MainError(details ? { code, message, details } : { code, message });

describe('describeError: refusals from main', () => {
  it('says what main refused, in the UI language', () => {
    expect(describeError(main('untrustedSender', 'sender not trusted'), en)).toBe('A request from outside the app was refused.');
    expect(describeError(main('invalidArgument', 'bad'), en)).toBe('The app sent a request main could not accept. Nothing was changed.');
    expect(describeError(main('invalidArgument', 'bad'), zh)).toContain('主进程');
  });

  it('fills in the details, or else the message, where the sentence has room for them', () => {
    expect(describeError(main('ioFailed', 'EACCES', ['permission denied', '/tmp/x.csv']), en)).toBe(
      'The file could not be written: permission denied; /tmp/x.csv',
    );
    expect(describeError(main('ioFailed', 'EACCES: permission denied'), en)).toBe('The file could not be written: EACCES: permission denied');
    expect(describeError(main('internal', 'boom', []), en)).toBe('An unexpected error happened: boom');
  });

  it('falls back to "unexpected" for a code the UI does not know', () => {
    const error = main('someNewCode' as IpcError['code'], 'new thing');
    expect(describeError(error, en)).toBe('An unexpected error happened: new thing');
  });

  it('translates every code main can send, in both languages', () => {
    const codes: Record<IpcError['code'], true> = {
      invalidArgument: true,
      untrustedSender: true,
      unknownChannel: true,
      ioFailed: true,
      internal: true,
      plainTextSecret: true,
    };
    for (const t of [en, zh]) {
      for (const code of Object.keys(codes) as IpcError['code'][]) {
        const text = describeError(main(code, 'msg', ['detail']), t);
        expect(text, code).not.toBe(`errors.${code}`);
        expect(text, code).not.toBe(describeError(new Error('msg'), t));
      }
    }
  });
});

describe('describeError: book errors', () => {
  it('translates the data layer\'s code with its params', () => {
    expect(describeError(new DataError('segmentNameTooLong', 'too long', { max: 80 }), en)).toBe(
      'A segment name can have at most 80 characters.',
    );
    expect(describeError(new DataError('segmentNameTooLong', 'too long', { max: 80 }), zh)).toBe('分组名称最多 80 个字符。');
    expect(describeError(new DataError('segmentNameTaken', 'taken', { name: 'VIP' }), en)).toBe('There is already a segment called “VIP”.');
    expect(describeError(new DataError('importRowInvalid', 'bad row', { row: 12, field: 'email' }), zh)).toBe(
      '第 12 行无法导入：字段“email”无效。数据未做任何更改。',
    );
    expect(describeError(new DataError('notFound', 'gone'), en)).toBe(
      'This record no longer exists. It may have been deleted in another window.',
    );
  });

  it('has a sentence for every DataError code in both languages', () => {
    const codes: Record<DataErrorCode, true> = {
      invalidCustomer: true,
      invalidChange: true,
      invalidInteraction: true,
      notFound: true,
      customerExists: true,
      mergeSameCustomer: true,
      segmentNameMissing: true,
      segmentNameTooLong: true,
      segmentNameTaken: true,
      importFailed: true,
      importRowInvalid: true,
      invalidTemplate: true,
      templatePackInvalid: true,
      invalidLetter: true,
      outboxCannotRetry: true,
      outboxCannotCancel: true,
      outboxCannotMarkSent: true,
    };
    for (const t of [en, zh]) {
      for (const code of Object.keys(codes) as DataErrorCode[]) {
        const text = describeError(new DataError(code, 'english log line', { field: 'company', row: 1, max: 1, name: 'x' }), t);
        expect(text, code).not.toContain('unexpected');
        expect(text, code).not.toContain('english log line');
      }
    }
  });

  it('reads a code and params from a plain object too (an error that lost its class)', () => {
    expect(describeError({ code: 'segmentNameTooLong', params: { max: 80 } }, en)).toBe('A segment name can have at most 80 characters.');
    expect(describeError({ code: 'notFound', params: null }, en)).toContain('no longer exists');
  });

  it('shows an unknown code as unexpected, with the error\'s own message', () => {
    const error = Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' });
    expect(describeError(error, en)).toBe('An unexpected error happened: ENOSPC: no space left');
    // A numeric code (DOMException) is not a book code.
    expect(describeError(Object.assign(new Error('quota'), { code: 22 }), en)).toBe('An unexpected error happened: quota');
  });
});

describe('describeError: anything else', () => {
  it('shows the message of an unexpected error, in the UI language', () => {
    expect(describeError(new TypeError('x is undefined'), en)).toBe('An unexpected error happened: x is undefined');
    expect(describeError(new TypeError('x is undefined'), zh)).toContain('x is undefined');
    expect(describeError(new TypeError('x is undefined'), zh)).not.toContain('An unexpected');
  });

  it('copes with things thrown that are not errors', () => {
    expect(describeError('plain string', en)).toBe('An unexpected error happened: plain string');
    expect(describeError(42, en)).toBe('An unexpected error happened: 42');
    expect(describeError(null, en)).toBe('An unexpected error happened: null');
    expect(describeError(undefined, en)).toBe('An unexpected error happened: undefined');
  });

  it('does not let a message containing markup or i18next syntax change the sentence', () => {
    expect(describeError(new Error('<b>{{message}}</b> $t(common:appName)'), en)).toBe(
      'An unexpected error happened: <b>{{message}}</b> $t(common:appName)',
    );
  });
});
