import { join } from 'node:path';
import type { ShellCapabilities } from '../../src-main/ipc/handlers';
import type { SecretStorageStatus } from '../../src-shared/mail/types';

/** A stand-in for the Electron shell: dialogs answer from a script, links are only recorded. */
export interface FakeShell extends ShellCapabilities {
  /** The next answers of the save dialog: a path, or null for "cancelled". Empty: save into `saveDir`. */
  saveAnswers: (string | null)[];
  saveRequests: { suggestedName: string; filterName?: string; extensions?: string[] }[];
  opened: string[];
  /** Paths given to openPath, in order. */
  openedPaths: string[];
  /** The next answers of the folder dialog: a path, or null for "cancelled". Empty: cancelled. */
  folderAnswers: (string | null)[];
  /** What secrets.status() reports; a test sets it to play a machine without real encryption. */
  secretStatus: SecretStorageStatus;
}

/** The fake "encryption": XOR with a fixed byte, so the password is not readable in the file yet easy to check. */
const FAKE_KEY = 0x5a;
const xor = (bytes: Uint8Array) => bytes.map((b) => b ^ FAKE_KEY);

export function fakeShell(saveDir: string): FakeShell {
  const shell: FakeShell = {
    saveAnswers: [],
    saveRequests: [],
    opened: [],
    openedPaths: [],
    folderAnswers: [],
    secretStatus: { available: true, backend: 'gnome_libsecret', plainText: false },
    async chooseSavePath(suggestedName, filterName, extensions) {
      shell.saveRequests.push({ suggestedName, filterName, extensions });
      return shell.saveAnswers.length > 0 ? (shell.saveAnswers.shift() ?? null) : join(saveDir, suggestedName);
    },
    async openExternal(url) {
      shell.opened.push(url);
    },
    appInfo: () => ({ version: '0.0.0-test', dataPath: join(saveDir, 'userData'), platform: 'linux', locale: 'en-US' }),
    secrets: {
      status: () => ({ ...shell.secretStatus }),
      encrypt: (plain) => {
        if (!shell.secretStatus.available) throw new Error('Encryption is not available.');
        return xor(new TextEncoder().encode(plain));
      },
      decrypt: (bytes) => new TextDecoder().decode(xor(bytes)),
    },
    async openPath(path) {
      shell.openedPaths.push(path);
    },
    async chooseFolder() {
      return shell.folderAnswers.shift() ?? null;
    },
  };
  return shell;
}
