import { join } from 'node:path';
import type { ShellCapabilities } from '../../src-main/ipc/handlers';

/** A stand-in for the Electron shell: dialogs answer from a script, links are only recorded. */
export interface FakeShell extends ShellCapabilities {
  /** The next answers of the save dialog: a path, or null for "cancelled". Empty: save into `saveDir`. */
  saveAnswers: (string | null)[];
  saveRequests: { suggestedName: string; filterName?: string; extensions?: string[] }[];
  opened: string[];
}

export function fakeShell(saveDir: string): FakeShell {
  const shell: FakeShell = {
    saveAnswers: [],
    saveRequests: [],
    opened: [],
    async chooseSavePath(suggestedName, filterName, extensions) {
      shell.saveRequests.push({ suggestedName, filterName, extensions });
      return shell.saveAnswers.length > 0 ? (shell.saveAnswers.shift() ?? null) : join(saveDir, suggestedName);
    },
    async openExternal(url) {
      shell.opened.push(url);
    },
    appInfo: () => ({ version: '0.0.0-test', dataPath: join(saveDir, 'userData'), platform: 'linux', locale: 'en-US' }),
  };
  return shell;
}
