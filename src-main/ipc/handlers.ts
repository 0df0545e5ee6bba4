import type { InvokeArg } from '../../src-shared/ipc/contract';
import { writeFileAtomically } from '../files/saveFile';
import type { Handlers } from './dispatch';

/** What only Electron (or a test's stand-in) can do: dialogs, the shell, app paths. */
export interface ShellCapabilities {
  chooseSavePath(suggestedName: string, filterName?: string, extensions?: string[]): Promise<string | null>;
  openExternal(url: string): Promise<void>;
  appInfo(): { version: string; dataPath: string; platform: string; locale: string };
}

export function createHandlers(shell: ShellCapabilities): Handlers {
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
  };
}
