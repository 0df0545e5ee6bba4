import type { InvokeArg } from '../../src-shared/ipc/contract';
import type { SecretStorageStatus } from '../../src-shared/mail/types';
import { writeFileAtomically } from '../files/saveFile';
import type { MailerOptions } from '../mail/types';
import type { Handlers } from './dispatch';
import { createLettersHandlers } from './lettersHandlers';
import { createMailHandlers } from './mailHandlers';

/** What only Electron (or a test's stand-in) can do: dialogs, the shell, app paths, secrets. */
export interface ShellCapabilities {
  chooseSavePath(suggestedName: string, filterName?: string, extensions?: string[]): Promise<string | null>;
  openExternal(url: string): Promise<void>;
  appInfo(): { version: string; dataPath: string; platform: string; locale: string };
  /** safeStorage: how well it can keep a secret here, and the means to. */
  secrets: {
    status(): SecretStorageStatus;
    encrypt(plain: string): Uint8Array;
    decrypt(bytes: Uint8Array): string;
  };
  /** Show a folder (or open a file) with the system's own application; rejects when it could not. */
  openPath(path: string): Promise<void>;
  /** Ask the user for a folder (may create one); null when cancelled. */
  chooseFolder(): Promise<string | null>;
}

export interface HandlerOptions {
  /**
   * Where main keeps its own files (the mail account, the default .eml Outbox). Default
   * shell.appInfo().dataPath; the e2e harness passes a temp folder, as its appInfo shows a
   * made-up path for stable screenshots.
   */
  dataPath?: string;
  /** For createMailer: the clock, SMTP timeouts (tests). */
  mail?: MailerOptions;
}

export function createHandlers(shell: ShellCapabilities, options: HandlerOptions = {}): Handlers {
  return {
    'app:info': async () => shell.appInfo(),
    'files:save': async (arg: InvokeArg<'files:save'>) => {
      const path = await shell.chooseSavePath(arg.suggestedName, arg.filterName, arg.extensions);
      if (!path) return { saved: false as const };
      await writeFileAtomically(path, arg.bytes);
      return { saved: true as const, path };
    },
    'shell:openExternal': async (arg: InvokeArg<'shell:openExternal'>) => {
      await shell.openExternal(arg.url);
      return { opened: true };
    },
    ...createLettersHandlers(),
    ...createMailHandlers({ shell, dataPath: options.dataPath, mailer: options.mail }),
  };
}
