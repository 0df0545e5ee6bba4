import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { InvokeArg, MailAccountState } from '../../src-shared/ipc/contract';
import type { MailAccount, MailAccountSettings, MailAddress, SecretStorageStatus } from '../../src-shared/mail/types';
import { writeFileAtomically } from '../files/saveFile';
import { HandlerError } from '../ipc/dispatch';

/** What main needs from safeStorage (Electron) or a test's stand-in. */
export interface Secrets {
  status(): SecretStorageStatus;
  encrypt(plain: string): Uint8Array;
  decrypt(bytes: Uint8Array): string;
}

export const ACCOUNT_FILE = 'mail-account.json';
export const PASSWORD_FILE = 'mail-password.bin';

/**
 * mail-password.bin starts with one byte saying how the rest is kept:
 * - ENCRYPTED: safeStorage.encryptString's output (DPAPI, Keychain, libsecret/kwallet);
 * - PLAIN: the UTF-8 password itself. Only written when safeStorage could not really encrypt and
 *   the salesperson explicitly agreed (storePasswordInPlainText: true). Anyone who can read the
 *   file can read the password; Settings says so before asking.
 */
const ENCRYPTED = 1;
const PLAIN = 0;

const address = z.object({ name: z.string().max(200), address: z.string().max(254) });
const storedAccount = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('eml'), folder: z.string().max(4096), from: address }),
  z.object({
    mode: z.literal('smtp'),
    host: z.string().min(1).max(255),
    port: z.number().int().min(1).max(65535),
    secure: z.boolean(),
    user: z.string().max(320),
    from: address,
    rateLimitPerMinute: z.number().int().min(0).max(600),
  }),
]);
type StoredAccount = z.infer<typeof storedAccount>;

export interface AccountStore {
  /** The settings as Settings shows them: never the password. */
  state(): Promise<MailAccountState>;
  /** Saves the account (and the password, when given). Throws HandlerError('plainTextSecret') to ask first. */
  set(input: InvokeArg<'mail:setAccount'>): Promise<MailAccountState>;
  /** What createMailer takes, with the password, for main's own use. */
  mailAccount(): Promise<MailAccount>;
  /** Where the .eml files go now. */
  outboxFolder(): Promise<string>;
  readonly defaultOutboxFolder: string;
}

/**
 * The mail account in <dataPath>/mail-account.json (written atomically) and its password in
 * <dataPath>/mail-password.bin, through the shell's secret storage. The password never leaves main.
 */
export function createAccountStore(deps: { dataPath: string; secrets: Secrets }): AccountStore {
  const accountPath = join(deps.dataPath, ACCOUNT_FILE);
  const passwordPath = join(deps.dataPath, PASSWORD_FILE);
  const defaultOutboxFolder = join(deps.dataPath, 'Outbox');
  const defaultAccount: StoredAccount = { mode: 'eml', folder: defaultOutboxFolder, from: { name: '', address: '' } };
  /** A password the salesperson chose not to store on disk: gone when the app quits. */
  let sessionPassword: string | undefined;

  async function readAccount(): Promise<StoredAccount> {
    let text: string;
    try {
      text = await readFile(accountPath, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return defaultAccount;
      throw err;
    }
    // A file we cannot understand (hand-edited, from a newer version) falls back to the .eml
    // default rather than failing every send; it is replaced whole on the next save.
    const parsed = storedAccount.safeParse(safeJson(text));
    return parsed.success ? withFolder(parsed.data) : defaultAccount;
  }

  const withFolder = (a: StoredAccount): StoredAccount => (a.mode === 'eml' && a.folder.trim() === '' ? { ...a, folder: defaultOutboxFolder } : a);

  async function readPassword(): Promise<string | undefined> {
    if (sessionPassword !== undefined) return sessionPassword;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(passwordPath));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    const body = bytes.subarray(1);
    if (bytes[0] === PLAIN) return new TextDecoder().decode(body);
    try {
      return deps.secrets.decrypt(body);
    } catch {
      // The keyring changed or is locked: behave as if no password were stored; the login fails
      // with an auth error and Settings asks for the password again.
      return undefined;
    }
  }

  async function hasStoredPassword(): Promise<boolean> {
    try {
      await readFile(passwordPath);
      return true;
    } catch {
      return false;
    }
  }

  async function state(): Promise<MailAccountState> {
    const account = await readAccount();
    const hasPassword = sessionPassword !== undefined || (await hasStoredPassword());
    return {
      account: toSettings(account, hasPassword),
      secrets: deps.secrets.status(),
      defaultOutboxFolder,
      passwordSessionOnly: sessionPassword !== undefined,
    };
  }

  async function storePassword(password: string, storePlain: boolean | undefined): Promise<void> {
    if (password === '') {
      // An emptied password field: forget the password, wherever it was kept.
      sessionPassword = undefined;
      await rm(passwordPath, { force: true });
      return;
    }
    const status = deps.secrets.status();
    if (!status.plainText) {
      const encrypted = deps.secrets.encrypt(password);
      await writeFileAtomically(passwordPath, prefixed(ENCRYPTED, encrypted));
      sessionPassword = undefined;
    } else if (storePlain === true) {
      await writeFileAtomically(passwordPath, prefixed(PLAIN, new TextEncoder().encode(password)));
      sessionPassword = undefined;
    } else if (storePlain === false) {
      // "This session only": nothing on disk, and an older stored password must not linger.
      await rm(passwordPath, { force: true });
      sessionPassword = password;
    } else {
      const why = status.available ? `the system's secret storage is "${status.backend}", which does not encrypt` : 'no system secret storage is available';
      throw new HandlerError('plainTextSecret', `The password can only be kept in plain text on this computer: ${why}.`);
    }
  }

  return {
    defaultOutboxFolder,
    state,
    async set(input) {
      // The password first: when it needs the salesperson's word, nothing is saved at all.
      if (input.password !== undefined) await storePassword(input.password, input.storePasswordInPlainText);
      const a = input.account;
      const next: StoredAccount =
        a.mode === 'eml'
          ? withFolder({ mode: 'eml', folder: a.folder, from: a.from })
          : { mode: 'smtp', host: a.host, port: a.port, secure: a.secure, user: a.user, from: a.from, rateLimitPerMinute: a.rateLimitPerMinute };
      await writeFileAtomically(accountPath, new TextEncoder().encode(`${JSON.stringify(next, null, 2)}\n`));
      return state();
    },
    async mailAccount() {
      const account = await readAccount();
      if (account.mode === 'eml') return { eml: account.folder };
      const pass = await readPassword();
      return {
        host: account.host,
        port: account.port,
        secure: account.secure,
        ...(account.user ? { user: account.user } : {}),
        ...(pass !== undefined ? { pass } : {}),
        rateLimitPerMinute: account.rateLimitPerMinute,
      };
    },
    async outboxFolder() {
      const account = await readAccount();
      return account.mode === 'eml' ? account.folder : defaultOutboxFolder;
    },
  };
}

function toSettings(a: StoredAccount, hasPassword: boolean): MailAccountSettings {
  const from: MailAddress = a.from;
  if (a.mode === 'eml') return { mode: 'eml', folder: a.folder, from };
  return {
    mode: 'smtp',
    host: a.host,
    port: a.port,
    secure: a.secure,
    user: a.user,
    from,
    rateLimitPerMinute: a.rateLimitPerMinute,
    hasPassword,
  };
}

function prefixed(kind: number, bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + 1);
  out[0] = kind;
  out.set(bytes, 1);
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
