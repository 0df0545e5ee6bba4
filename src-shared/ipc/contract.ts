import { z } from 'zod';

/**
 * The IPC contract, written once. Each channel maps to the zod schema of its argument and the
 * type of its result. The preload derives window.api from `invokeChannels`; main registers one
 * handler per channel through `handle`, which validates with these schemas. Adding a capability
 * is two edits: a line here and a handler in src-main/ipc/handlers.ts.
 */

/** Bytes that cross IPC: Electron's structured clone passes Uint8Array as is. */
const bytes = z.instanceof(Uint8Array);

export const MAX_SAVE_BYTES = 512 * 1024 * 1024;

export const invokeSchemas = {
  /** Version and where the app keeps its data, for Settings and the README. */
  'app:info': z.undefined(),
  /** Ask the user where to save, then write the bytes there. */
  'files:save': z.object({
    // A bare file name: no folders, nothing Windows forbids, no control characters.
    suggestedName: z
      .string()
      .min(1)
      .max(255)
      .refine((name) => !/[/\\:*?"<>|]/.test(name) && ![...name].some((ch) => ch.charCodeAt(0) < 32), 'not a plain file name'),
    bytes: bytes.refine((b) => b.byteLength <= MAX_SAVE_BYTES, 'too large'),
    filterName: z.string().max(80).optional(),
    extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).max(10).optional(),
  }),
  /** Open an http(s) or mailto link in the system's browser or mail client. */
  'shell:openExternal': z.object({ url: z.string().max(4096).refine(isExternalUrl, 'not an http(s) or mailto link') }),
} as const;

export interface InvokeResults {
  'app:info': { version: string; dataPath: string; platform: string; locale: string };
  'files:save': { saved: true; path: string } | { saved: false };
  'shell:openExternal': { opened: boolean };
}

export type InvokeChannel = keyof typeof invokeSchemas;
export type InvokeArg<C extends InvokeChannel> = z.input<(typeof invokeSchemas)[C]>;
export type InvokeResult<C extends InvokeChannel> = InvokeResults[C];

/** Events from main to the renderer. Each `on` returns its unsubscribe. */
export interface EventPayloads {
  /** The OS asked to open a second instance; the window was focused instead. */
  'app:second-instance': { argv: string[] };
}
export type EventChannel = keyof EventPayloads;

/** Errors cross IPC as values, never as crashes. `code` is an i18n key under `errors.`. */
export type IpcErrorCode = 'invalidArgument' | 'untrustedSender' | 'unknownChannel' | 'ioFailed' | 'internal';
export interface IpcError {
  code: IpcErrorCode;
  message: string;
  details?: string[];
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The shape of window.api: one function per channel, plus `on` for events. */
export type Api = {
  [C in InvokeChannel]: (arg: InvokeArg<C>) => Promise<IpcResult<InvokeResult<C>>>;
} & {
  on<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};

export function isExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'mailto:';
  } catch {
    return false;
  }
}
