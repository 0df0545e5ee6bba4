import type { InvokeArg, InvokeChannel, InvokeResult, IpcError } from '../../src-shared/ipc/contract';

/** A failure reported by main, as a value with a code that the UI translates (`errors.<code>`). */
export class MainError extends Error {
  readonly code: IpcError['code'];
  readonly details: string[];
  constructor(error: IpcError) {
    super(error.message);
    this.code = error.code;
    this.details = error.details ?? [];
  }
}

/** Calls main through window.api and unwraps the result envelope. */
export async function callMain<C extends InvokeChannel>(channel: C, arg: InvokeArg<C>): Promise<InvokeResult<C>> {
  const call = window.api[channel] as (a: InvokeArg<C>) => Promise<
    { ok: true; value: InvokeResult<C> } | { ok: false; error: IpcError }
  >;
  const result = await call(arg);
  if (!result.ok) throw new MainError(result.error);
  return result.value;
}
