import { mkdir } from 'node:fs/promises';
import type { InvokeArg } from '../../src-shared/ipc/contract';
import type { OutgoingMessage, SendOutcome } from '../../src-shared/mail/types';
import type { AccountStore } from '../mail/accountStore';
import { createAccountStore } from '../mail/accountStore';
import { createMailer } from '../mail/createMailer';
import { MailError } from '../mail/MailError';
import type { Mailer, MailerOptions } from '../mail/types';
import type { Handlers } from './dispatch';
import type { ShellCapabilities } from './handlers';

type MailChannels = 'mail:send' | 'mail:sendMany' | 'mail:verify' | 'mail:getAccount' | 'mail:setAccount' | 'mail:openOutboxFolder' | 'mail:chooseOutboxFolder';

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
  /** The mailer `current` resolved to (null until it did, and once dropped). */
  let built: Mailer | null = null;

  const mailer = () =>
    (current ??= accounts()
      .mailAccount()
      .then((account) => (built = createMailer(account, deps.mailer)))
      .catch((err: unknown) => {
        current = null;
        throw err;
      }));

  /** Closes the pool (deliveries in progress finish) so the next call builds a fresh mailer. */
  function dropMailer(): void {
    const old = current;
    current = null;
    built = null;
    void old?.then((m) => m.close()).catch(() => undefined);
  }

  /** One letter's outcome; throws only what is not a mail failure. */
  async function sendOne(m: Mailer, message: OutgoingMessage): Promise<SendOutcome> {
    try {
      return { status: 'sent', ...(await m.send(message)) };
    } catch (err) {
      if (!(err instanceof MailError)) throw err;
      return { status: 'failed', ...err.failure };
    }
  }

  /**
   * A refused login fails every message after it: stop the pool and start afresh next time. Only
   * once the call's letters all have their answer (closing the pool earlier would fail the rest
   * as "pool closed" instead of with the server's own 535), and only if no other call did already.
   */
  function afterAnswers(m: Mailer, outcomes: readonly SendOutcome[]): void {
    if (m === built && outcomes.some((o) => o.status === 'failed' && o.kind === 'auth')) dropMailer();
  }

  return {
    'mail:send': async ({ message }: InvokeArg<'mail:send'>): Promise<SendOutcome> => {
      const m = await mailer();
      const outcome = await sendOne(m, message);
      afterAnswers(m, [outcome]);
      return outcome;
    },
    'mail:sendMany': async ({ messages }: InvokeArg<'mail:sendMany'>): Promise<{ outcomes: SendOutcome[] }> => {
      const m = await mailer();
      // All at once: the pool queues them and its connections and rate limit do the pacing.
      const settled = await Promise.allSettled(messages.map((message) => sendOne(m, message)));
      const outcomes = settled.map((s): SendOutcome =>
        s.status === 'fulfilled'
          ? s.value
          : // Not a mail failure (a bug, a mailer that broke): whether it went is unknown.
            { status: 'failed', kind: 'uncertain', message: s.reason instanceof Error ? s.reason.message : String(s.reason) },
      );
      afterAnswers(m, outcomes);
      return { outcomes };
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
