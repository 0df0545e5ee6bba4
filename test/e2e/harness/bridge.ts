import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import type { BrowserContext } from 'playwright-core';
import type { Handlers } from '../../../src-main/ipc/dispatch';
import { dispatchFromSender } from '../../../src-main/ipc/dispatch';
import { eventChannelNames, invokeChannelNames } from '../../../src-shared/ipc/channels';
import type { IpcResult } from '../../../src-shared/ipc/contract';

const SOURCE_FILE = join(import.meta.dirname, 'bridge.page.js');
const SOURCE = readFileSync(SOURCE_FILE, 'utf8');
const BINDING = '__tradewindInvoke';
/** The page function that delivers a main → renderer event (see bridge.page.js). */
export const EMIT = '__tradewindEmit';

export interface Codec {
  encode(value: unknown): unknown;
  decode(value: unknown): unknown;
  /** value → JSON text, carrying bytes, dates, undefined… as structured clone would. */
  pack(value: unknown): string;
  unpack(text: string): unknown;
}

/** The very codec the page runs, evaluated in this realm so Uint8Array is Node's own. */
export const codec: Codec = (() => {
  const root = globalThis as { __tradewindCodec?: Codec };
  if (!root.__tradewindCodec) runInThisContext(SOURCE, { filename: SOURCE_FILE });
  const loaded = root.__tradewindCodec;
  if (!loaded) throw new Error('bridge.page.js did not define the codec');
  return loaded;
})();

/** One IPC call as main saw it. */
export interface IpcCall {
  channel: string;
  arg: unknown;
  result: IpcResult<unknown>;
  /** The page address the call came from. */
  senderUrl: string;
  at: number;
}

/**
 * Puts the IPC contract in the page the way Electron does: window.api (from bridge.page.js, as the
 * preload would) calls a Playwright binding, which runs main's own dispatchFromSender with the real
 * handlers: sender check, zod validation, typed errors. `onCall` sees every call and its answer.
 */
export async function installBridge(
  context: BrowserContext,
  options: { handlers: () => Handlers; appOrigin: string; onCall: (call: IpcCall) => void },
): Promise<void> {
  await context.exposeBinding(BINDING, async (source, channel: unknown, payload: unknown) => {
    const frame = source.frame;
    const sender = { url: frame.url(), isTopFrame: frame.parentFrame() === null };
    let arg: unknown;
    let result: IpcResult<unknown>;
    try {
      arg = codec.unpack(String(payload));
      result = await dispatchFromSender(options.handlers(), String(channel), arg, sender, options.appOrigin);
    } catch (err) {
      // Only a harness bug lands here; dispatch itself never throws.
      result = { ok: false, error: { code: 'internal', message: `e2e bridge: ${String(err)}` } };
    }
    options.onCall({ channel: String(channel), arg, result, senderUrl: sender.url, at: Date.now() });
    return codec.pack(result);
  });
  const config = { invoke: [...invokeChannelNames], events: [...eventChannelNames], binding: BINDING, emit: EMIT };
  await context.addInitScript({ content: `globalThis.__tradewindBridgeConfig = ${JSON.stringify(config)};\n${SOURCE}` });
}
