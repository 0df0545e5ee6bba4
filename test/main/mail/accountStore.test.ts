import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../src-main/ipc/dispatch';
import { dispatch } from '../../../src-main/ipc/dispatch';
import { createHandlers } from '../../../src-main/ipc/handlers';
import { createAccountStore } from '../../../src-main/mail/accountStore';
import type { InvokeArg, MailAccountState } from '../../../src-shared/ipc/contract';
import type { FakeShell } from '../fakeShell';
import { fakeShell } from '../fakeShell';

const PASSWORD = 'Pa55-wörd-密码';
const smtp: InvokeArg<'mail:setAccount'>['account'] = {
  mode: 'smtp',
  host: 'smtp.example.com',
  port: 587,
  secure: false,
  user: 'sales@tradewind.test',
  from: { name: '张伟', address: 'sales@tradewind.test' },
  rateLimitPerMinute: 20,
};

let dir: string;
let shell: FakeShell;
let handlers: Handlers;
const dataPath = () => join(dir, 'userData');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tradewind-account-'));
  shell = fakeShell(dir);
  handlers = createHandlers(shell);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function setAccount(arg: InvokeArg<'mail:setAccount'>) {
  return dispatch(handlers, 'mail:setAccount', arg);
}
async function state(h = handlers): Promise<MailAccountState> {
  const result = await dispatch(h, 'mail:getAccount', undefined);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as MailAccountState;
}
/** Every byte main wrote, as text: the password must not be readable in any of it. */
async function everythingOnDisk(): Promise<string> {
  const names = await readdir(dataPath()).catch(() => [] as string[]);
  const contents = await Promise.all(names.map((n) => readFile(join(dataPath(), n)).catch(() => Buffer.alloc(0))));
  return contents.map((c) => c.toString('utf8')).join('\n');
}

describe('the mail account and its password', () => {
  it('stores the password only through secrets.encrypt, never in the JSON, never back to the renderer', async () => {
    const saved = await setAccount({ account: smtp, password: PASSWORD });
    expect(saved).toMatchObject({ ok: true, value: { account: { ...smtp, hasPassword: true }, passwordSessionOnly: false } });
    const json = await readFile(join(dataPath(), 'mail-account.json'), 'utf8');
    expect(JSON.parse(json)).toEqual(smtp);
    expect(await everythingOnDisk()).not.toContain(PASSWORD);
    expect(JSON.stringify(await state())).not.toContain(PASSWORD);
    expect(JSON.stringify(saved)).not.toContain(PASSWORD);

    // Main itself gets it back (a restart: a fresh store reading the files).
    const store = createAccountStore({ dataPath: dataPath(), secrets: shell.secrets });
    expect(await store.mailAccount()).toEqual({ host: 'smtp.example.com', port: 587, secure: false, user: 'sales@tradewind.test', pass: PASSWORD, rateLimitPerMinute: 20 });
  });

  it('keeps the stored password when the account is saved again without one', async () => {
    await setAccount({ account: smtp, password: PASSWORD });
    await setAccount({ account: { ...smtp, port: 465, secure: true } });
    expect((await state()).account).toMatchObject({ port: 465, secure: true, hasPassword: true });
    const store = createAccountStore({ dataPath: dataPath(), secrets: shell.secrets });
    expect(await store.mailAccount()).toMatchObject({ pass: PASSWORD, port: 465 });
  });

  it('an empty password forgets the stored one', async () => {
    await setAccount({ account: smtp, password: PASSWORD });
    await setAccount({ account: smtp, password: '' });
    expect((await state()).account).toMatchObject({ hasPassword: false });
    expect(await readdir(dataPath())).toEqual(['mail-account.json']);
  });

  describe('when safeStorage can only keep plain text', () => {
    beforeEach(() => {
      shell.secretStatus = { available: true, backend: 'basic_text', plainText: true };
    });

    it('refuses to store the password without asking: plainTextSecret, and nothing is saved', async () => {
      const result = await setAccount({ account: smtp, password: PASSWORD });
      expect(result).toMatchObject({ ok: false, error: { code: 'plainTextSecret' } });
      if (!result.ok) expect(result.error.message).toContain('basic_text');
      expect(await readdir(dataPath()).catch(() => [])).toEqual([]);
      expect((await state()).account.mode).toBe('eml');
      expect((await state()).secrets).toEqual({ available: true, backend: 'basic_text', plainText: true });
    });

    it('says so too when there is no secret storage at all', async () => {
      shell.secretStatus = { available: false, backend: 'unknown', plainText: true };
      const result = await setAccount({ account: smtp, password: PASSWORD });
      expect(result).toMatchObject({ ok: false, error: { code: 'plainTextSecret', message: expect.stringContaining('no system secret storage') as unknown } });
    });

    it('"this session only" (storePasswordInPlainText: false) keeps it in memory, not on disk', async () => {
      const result = await setAccount({ account: smtp, password: PASSWORD, storePasswordInPlainText: false });
      expect(result).toMatchObject({ ok: true, value: { account: { hasPassword: true }, passwordSessionOnly: true } });
      expect(await readdir(dataPath())).toEqual(['mail-account.json']);
      expect(await everythingOnDisk()).not.toContain(PASSWORD);
      // Next start: the account is there, the password is not.
      const restarted = createHandlers(shell);
      expect(await state(restarted)).toMatchObject({ account: { mode: 'smtp', hasPassword: false }, passwordSessionOnly: false });
    });

    it('"store it anyway" (storePasswordInPlainText: true) writes it, and says it is not session-only', async () => {
      const result = await setAccount({ account: smtp, password: PASSWORD, storePasswordInPlainText: true });
      expect(result).toMatchObject({ ok: true, value: { account: { hasPassword: true }, passwordSessionOnly: false } });
      const store = createAccountStore({ dataPath: dataPath(), secrets: shell.secrets });
      expect(await store.mailAccount()).toMatchObject({ pass: PASSWORD });
    });

    it('a session-only password replaces a stored one, which is removed from disk', async () => {
      shell.secretStatus = { available: true, backend: 'gnome_libsecret', plainText: false };
      await setAccount({ account: smtp, password: 'old-one' });
      shell.secretStatus = { available: true, backend: 'basic_text', plainText: true };
      await setAccount({ account: smtp, password: PASSWORD, storePasswordInPlainText: false });
      expect(await readdir(dataPath())).toEqual(['mail-account.json']);
      expect((await state()).passwordSessionOnly).toBe(true);
    });
  });

  it('an unreadable account file falls back to the .eml default instead of failing', async () => {
    await setAccount({ account: smtp, password: PASSWORD });
    await writeFile(join(dataPath(), 'mail-account.json'), '{ not json');
    expect((await state()).account).toMatchObject({ mode: 'eml', folder: join(dataPath(), 'Outbox') });
    await writeFile(join(dataPath(), 'mail-account.json'), JSON.stringify({ mode: 'smtp', host: 'x' }));
    expect((await state()).account.mode).toBe('eml');
  });

  it('refuses a bad account through dispatch before touching the disk', async () => {
    for (const account of [
      { ...smtp, port: 0 },
      { ...smtp, host: '' },
      { ...smtp, rateLimitPerMinute: 100_000 },
      { ...smtp, from: { name: 'x', address: 'a@b.com, c@d.com' } },
      { mode: 'imap' },
    ]) {
      expect(await setAccount({ account } as never)).toMatchObject({ ok: false, error: { code: 'invalidArgument' } });
    }
    expect(await readdir(dataPath()).catch(() => [])).toEqual([]);
  });
});
