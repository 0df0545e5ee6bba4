import { mkdir } from 'node:fs/promises';
import type { InvokeArg } from '../../src-shared/ipc/contract';
import type { SendOutcome } from '../../src-shared/mail/types';
import type { AccountStore } from '../mail/accountStore';
import { createAccountStore } from '../mail/accountStore';
import { createMailer } from '../mail/createMailer';
import { MailError } from '../mail/MailError';
import type { Mailer, MailerOptions } from '../mail/types';
import type { Handlers } from './dispatch';
import type { ShellCapabilities } from './handlers';

type MailChannels = 'mail:send' | 'mail:verify' | 'mail:getAccount' | 'mail:setAccount' | 'mail:openOutboxFolder' | 'mail:chooseOutboxFolder';

export interface MailHandlerDeps {
  shell: Pick<ShellCapabilities, 'secrets' | 'openPath' | 'chooseFolder' | 'appInfo'>;
  /** Where mail-account.json and the default Outbox live; default shell.appInfo().dataPath. */
  dataPath?: string;
  /** Passed to createMailer (the clock, SMTP timeouts in tests). */
  mailer?: MailerOptions;
}

/**
 * mail:* channels. One mailer is kept for the current account (its SMTP pool is reused across
 * sends) and rebuilt after the account changes or the server refused the login.
 */
export function createMailHandlers(deps: MailHandlerDeps): Pick<Handlers, MailChannels> {
  let store: AccountStore | null = null;
  const accounts = () => (store ??= createAccountStore({ dataPath: deps.dataPath ?? deps.shell.appInfo().dataPath, secrets: deps.shell.secrets }));
  let current: Promise<Mailer> | null = null;

  const mailer = () =>
    (current ??= accounts()
      .mailAccount()
      .then((account) => createMailer(account, deps.mailer))
      .catch((err: unknown) => {
        current = null;
        throw err;
      }));

  /** Closes the pool (deliveries in progress finish) so the next call builds a fresh mailer. */
  function dropMailer(): void {
    const old = current;
    current = null;
    void old?.then((m) => m.close()).catch(() => undefined);
  }

  return {
    'mail:send': async ({ message }: InvokeArg<'mail:send'>): Promise<SendOutcome> => {
      const m = await mailer();
      try {
        return { status: 'sent', ...(await m.send(message)) };
      } catch (err) {
        if (!(err instanceof MailError)) throw err; // e.g. the .eml folder cannot be written: ioFailed
        // A refused login fails every message after it: stop the pool and start afresh next time.
        if (err.failure.kind === 'auth') dropMailer();
        return { status: 'failed', ...err.failure };
      }
    },
    'mail:verify': async () => {
      const m = await mailer();
      try {
        await m.verify();
        return { ok: true as const };
      } catch (err) {
        if (!(err instanceof MailError)) throw err;
        if (err.failure.kind === 'auth') dropMailer();
        return { ok: false as const, ...err.failure };
      }
    },
    'mail:getAccount': () => accounts().state(),
    'mail:setAccount': async (arg: InvokeArg<'mail:setAccount'>) => {
      const state = await accounts().set(arg);
      dropMailer();
      return state;
    },
    'mail:openOutboxFolder': async () => {
      const path = await accounts().outboxFolder();
      await mkdir(path, { recursive: true });
      await deps.shell.openPath(path);
      return { opened: true, path };
    },
    'mail:chooseOutboxFolder': async () => ({ folder: await deps.shell.chooseFolder() }),
  };
}
