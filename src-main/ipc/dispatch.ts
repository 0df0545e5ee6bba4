import type { InvokeChannel, InvokeResult, IpcError, IpcErrorCode, IpcResult } from '../../src-shared/ipc/contract';
import { invokeSchemas } from '../../src-shared/ipc/contract';

/** One plain function per channel. Electron-only capabilities are injected, so tests run in Node. */
export type Handlers = { [C in InvokeChannel]: (arg: never) => Promise<InvokeResult<C>> };

const fail = (error: IpcError): IpcResult<never> => ({ ok: false, error });

/** Thrown by a handler to answer with a specific error code (e.g. plainTextSecret). */
export class HandlerError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}

/**
 * Validates the argument against the contract's schema, runs the handler, and turns every failure
 * into a typed error value. Nothing a renderer sends can crash main.
 */
export async function dispatch(handlers: Handlers, channel: string, arg: unknown): Promise<IpcResult<unknown>> {
  if (!Object.hasOwn(invokeSchemas, channel)) {
    return fail({ code: 'unknownChannel', message: `Unknown channel: ${channel}` });
  }
  const name = channel as InvokeChannel;
  const parsed = invokeSchemas[name].safeParse(arg);
  if (!parsed.success) {
    return fail({
      code: 'invalidArgument',
      message: `Invalid argument for ${name}`,
      details: parsed.error.issues.map((i) => `${i.path.join('.') || '(argument)'}: ${i.message}`),
    });
  }
  try {
    const handler = handlers[name] as (a: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof HandlerError) return fail({ code: err.code, message: err.message });
    const e = err as NodeJS.ErrnoException;
    const io = typeof e?.code === 'string' && /^E[A-Z]+$/.test(e.code);
    return fail({ code: io ? 'ioFailed' : 'internal', message: e instanceof Error ? e.message : String(err) });
  }
}

/** The frame an IPC call came from, as Electron reports it (event.senderFrame). */
export interface SenderFrame {
  url: string | undefined;
  /** False for an iframe: only the app's top frame may call main. */
  isTopFrame: boolean;
}

/**
 * What each IPC handler registered by the shell does: refuse calls that do not come from the top
 * frame of our own page, then dispatch. The e2e harness calls this too, with the page's frame.
 */
export async function dispatchFromSender(
  handlers: Handlers,
  channel: string,
  arg: unknown,
  sender: SenderFrame | null,
  appOrigin: string,
): Promise<IpcResult<unknown>> {
  if (!sender || !sender.isTopFrame || !isTrustedSenderUrl(sender.url, appOrigin)) {
    return fail({ code: 'untrustedSender', message: 'Refused: the request did not come from the app.' });
  }
  return dispatch(handlers, channel, arg);
}

/** Only our own page, loaded from our own origin, may call main. */
export function isTrustedSenderUrl(url: string | undefined, appOrigin: string): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    if (appOrigin === 'file://') return u.protocol === 'file:';
    return u.origin === appOrigin;
  } catch {
    return false;
  }
}
