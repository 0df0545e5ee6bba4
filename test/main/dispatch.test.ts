import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../src-main/ipc/dispatch';
import { dispatch, dispatchFromSender, isTrustedSenderUrl } from '../../src-main/ipc/dispatch';
import { invokeChannelNames } from '../../src-shared/ipc/channels';
import type { InvokeArg, InvokeChannel } from '../../src-shared/ipc/contract';
import { invokeSchemas, MAX_MESSAGE_CHARS, MAX_RENDER_BATCH, MAX_SAVE_BYTES, MAX_SEND_BATCH, MAX_TEMPLATE_CHARS } from '../../src-shared/ipc/contract';

/**
 * Good and bad arguments for every channel. The mapped type makes this stop compiling when a
 * channel is added to the contract without samples here.
 */
const goodMessage = {
  messageId: '<0b7c5a9e-1111-4c2d-9a37-5d0c7f3e2a10@example.cn>',
  from: { name: 'Li Wei', address: 'li@example.cn' },
  to: { name: 'María López', address: 'maria@example.es' },
  subject: 'Cotización',
  html: '<p>Hola</p>',
  text: 'Hola',
  language: 'es',
};

const samples: { [C in InvokeChannel]: { good: InvokeArg<C>[]; bad: unknown[] } } = {
  'app:info': { good: [undefined], bad: [null, 0, '', {}, { x: 1 }] },
  'files:save': {
    good: [
      { suggestedName: 'customers.csv', bytes: new Uint8Array([1, 2, 3]) },
      { suggestedName: '客户 2026.xlsx', bytes: new Uint8Array(), filterName: 'Excel', extensions: ['xlsx'] },
    ],
    bad: [
      undefined,
      null,
      'customers.csv',
      { suggestedName: 'a.csv' },
      { suggestedName: 'a.csv', bytes: [1, 2, 3] },
      { suggestedName: 'a.csv', bytes: 'AQID' },
      { suggestedName: 'a.csv', bytes: new ArrayBuffer(3) },
      { suggestedName: '', bytes: new Uint8Array() },
      { suggestedName: '../../etc/passwd', bytes: new Uint8Array() },
      { suggestedName: 'C:\\Windows\\x.dll', bytes: new Uint8Array() },
      { suggestedName: 'a\u0000.csv', bytes: new Uint8Array() },
      { suggestedName: 'x'.repeat(256), bytes: new Uint8Array() },
      { suggestedName: 'a.csv', bytes: new Uint8Array(), extensions: ['../x'] },
      { suggestedName: 'a.csv', bytes: new Uint8Array(), extensions: 'csv' },
      { suggestedName: 'a.csv', bytes: new Uint8Array(), filterName: 'f'.repeat(81) },
    ],
  },
  'shell:openExternal': {
    good: [{ url: 'https://example.com/' }, { url: 'http://example.com/a?b=c' }, { url: 'mailto:buyer@example.com' }],
    bad: [
      undefined,
      'https://example.com',
      { url: 'javascript:alert(1)' },
      { url: 'file:///etc/passwd' },
      { url: 'data:text/html,<script>alert(1)</script>' },
      { url: 'not a url' },
      { url: `https://example.com/${'a'.repeat(5000)}` },
      { href: 'https://example.com' },
    ],
  },
  'letters:check': {
    good: [{ variant: { subject: 'Hello {{customer.company}}', html: '<p>{{salutation}}</p>' } }],
    bad: [undefined, {}, { variant: { subject: 1, html: '' } }, { variant: { subject: '', html: 'x'.repeat(MAX_TEMPLATE_CHARS + 1) } }],
  },
  'letters:render': {
    good: [{ variant: { subject: 's', html: 'h' }, items: [{ customer: { company: 'A' } } as never] }],
    bad: [
      { variant: { subject: 's', html: 'h' }, items: [] },
      { variant: { subject: 's', html: 'h' }, items: ['not an object'] },
      { variant: { subject: 's', html: 'h' }, items: [[1]] },
      { variant: { subject: 's', html: 'h' }, items: Array.from({ length: MAX_RENDER_BATCH + 1 }, () => ({})) },
    ],
  },
  'mail:send': {
    good: [{ message: goodMessage }, { message: { ...goodMessage, listUnsubscribe: 'mailto:sales@example.com?subject=unsubscribe' } }],
    bad: [
      undefined,
      { message: { ...goodMessage, to: { name: 'x', address: 'a@b.com, c@d.com' } } },
      { message: { ...goodMessage, to: { name: 'x', address: 'Evil <a@b.com>' } } },
      { message: { ...goodMessage, to: [{ name: 'x', address: 'a@b.com' }] } },
      { message: { ...goodMessage, messageId: 'no-brackets@example.com' } },
      { message: { ...goodMessage, html: 'x'.repeat(MAX_MESSAGE_CHARS + 1) } },
      { message: { ...goodMessage, listUnsubscribe: 'https://example.com/unsub' } },
      { message: { ...goodMessage, subject: undefined } },
    ],
  },
  'mail:sendMany': {
    good: [{ messages: [goodMessage] }, { messages: Array.from({ length: MAX_SEND_BATCH }, () => goodMessage) }],
    bad: [
      undefined,
      { messages: [] },
      { message: goodMessage },
      { messages: goodMessage },
      { messages: Array.from({ length: MAX_SEND_BATCH + 1 }, () => goodMessage) },
      // One bad letter refuses the call, before anything is sent (the sender then tries them one by one).
      { messages: [goodMessage, { ...goodMessage, to: { name: 'x', address: 'a@b.com, c@d.com' } }] },
      // Each letter fits, but together they are too much for one call.
      { messages: Array.from({ length: 5 }, () => ({ ...goodMessage, html: 'x'.repeat(MAX_MESSAGE_CHARS) })) },
    ],
  },
  'mail:verify': { good: [undefined], bad: [null, {}, 'x'] },
  'mail:getAccount': { good: [undefined], bad: [null, {}] },
  'mail:setAccount': {
    good: [
      { account: { mode: 'eml', folder: '', from: { name: 'Li Wei', address: 'li@example.cn' } } },
      {
        account: { mode: 'smtp', host: 'smtp.example.cn', port: 465, secure: true, user: 'li', from: { name: 'Li', address: 'li@example.cn' }, rateLimitPerMinute: 20 },
        password: 'secret',
        storePasswordInPlainText: false,
      },
    ],
    bad: [
      undefined,
      { account: { mode: 'pop3' } },
      { account: { mode: 'smtp', host: '', port: 25, secure: false, user: '', from: { name: '', address: 'a@b.com' }, rateLimitPerMinute: 20 } },
      { account: { mode: 'smtp', host: 'h', port: 70000, secure: false, user: '', from: { name: '', address: 'a@b.com' }, rateLimitPerMinute: 20 } },
      { account: { mode: 'smtp', host: 'h', port: 25, secure: false, user: '', from: { name: '', address: 'a@b.com' }, rateLimitPerMinute: 0 } },
      { account: { mode: 'eml', folder: '', from: { name: '', address: 'not an address' } } },
    ],
  },
  'mail:openOutboxFolder': { good: [undefined], bad: [null, { path: '/etc' }] },
  'mail:chooseOutboxFolder': { good: [undefined], bad: [null, 'x'] },
};

/** Handlers that record their calls and answer a marker, so a test can tell whether they ran. */
function spyHandlers() {
  const calls: { channel: string; arg: unknown }[] = [];
  const handlers = Object.fromEntries(
    invokeChannelNames.map((channel) => [
      channel,
      vi.fn(async (arg: unknown) => {
        calls.push({ channel, arg });
        return { ran: channel };
      }),
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

describe('dispatch validates every argument with the contract', () => {
  it('has samples for exactly the channels in the contract', () => {
    expect(Object.keys(samples).sort()).toEqual(Object.keys(invokeSchemas).sort());
    expect([...invokeChannelNames].sort()).toEqual(Object.keys(invokeSchemas).sort());
  });

  for (const channel of invokeChannelNames) {
    const { good, bad } = samples[channel] as { good: unknown[]; bad: unknown[] };

    it.each(good.map((arg, i) => [i, arg]))(`${channel}: accepts good argument #%i and runs the handler`, async (_i, arg) => {
      const { handlers, calls } = spyHandlers();
      const result = await dispatch(handlers, channel, arg);
      expect(result).toEqual({ ok: true, value: { ran: channel } });
      expect(calls).toHaveLength(1);
    });

    it.each(bad.map((arg, i) => [i, arg]))(`${channel}: refuses bad argument #%i without running the handler`, async (_i, arg) => {
      const { handlers, calls } = spyHandlers();
      const result = await dispatch(handlers, channel, arg);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalidArgument');
      expect(result.error.message).toContain(channel);
      expect(result.error.details?.length).toBeGreaterThan(0);
      for (const d of result.error.details ?? []) expect(typeof d).toBe('string');
      expect(calls).toHaveLength(0);
    });
  }

  it('names the offending field in the details', async () => {
    const { handlers } = spyHandlers();
    const result = await dispatch(handlers, 'files:save', { suggestedName: 'a/b.csv', bytes: new Uint8Array() });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidArgument' } });
    if (!result.ok) expect(result.error.details?.some((d) => d.startsWith('suggestedName:'))).toBe(true);
  });

  it('refuses an export larger than the limit', async () => {
    const { handlers, calls } = spyHandlers();
    // A view claiming more than the limit, without allocating it.
    const huge = new Uint8Array(1);
    Object.defineProperty(huge, 'byteLength', { value: MAX_SAVE_BYTES + 1 });
    const result = await dispatch(handlers, 'files:save', { suggestedName: 'big.csv', bytes: huge });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidArgument' } });
    expect(calls).toHaveLength(0);
  });

  it('passes the parsed argument to the handler, not extra fields', async () => {
    const { handlers, calls } = spyHandlers();
    await dispatch(handlers, 'shell:openExternal', { url: 'https://example.com/', evil: true });
    expect(calls[0]?.arg).toEqual({ url: 'https://example.com/' });
  });
});

describe('dispatch of unknown channels', () => {
  it.each(['nope', '', 'files:delete', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'answers unknownChannel for %j',
    async (channel) => {
      const { handlers, calls } = spyHandlers();
      const result = await dispatch(handlers, channel, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknownChannel' } });
      expect(calls).toHaveLength(0);
    },
  );
});

describe('dispatch turns a failing handler into a typed error, never a rejection', () => {
  const withHandler = (fn: () => Promise<unknown>): Handlers =>
    ({ ...spyHandlers().handlers, 'app:info': fn }) as unknown as Handlers;

  const ioError = (code: string) => Object.assign(new Error(`${code}: refused`), { code });

  it.each([
    ['an Error', () => Promise.reject(new Error('boom')), 'internal', 'boom'],
    ['a thrown string', () => Promise.reject('just a string'), 'internal', 'just a string'],
    ['null', () => Promise.reject(null), 'internal', 'null'],
    ['undefined', () => Promise.reject(undefined), 'internal', 'undefined'],
    ['an error with a non-errno code', () => Promise.reject(Object.assign(new Error('x'), { code: 'ERR_SOMETHING_ELSE' })), 'internal', 'x'],
    ['EACCES', () => Promise.reject(ioError('EACCES')), 'ioFailed', 'EACCES'],
    ['ENOSPC', () => Promise.reject(ioError('ENOSPC')), 'ioFailed', 'ENOSPC'],
    ['EISDIR', () => Promise.reject(ioError('EISDIR')), 'ioFailed', 'EISDIR'],
  ] as const)('%s', async (_name, fn, code, message) => {
    const result = await dispatch(withHandler(fn), 'app:info', undefined);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).toContain(message);
  });

  it('a handler that throws synchronously', async () => {
    const handlers = withHandler(() => {
      throw new TypeError('sync');
    });
    await expect(dispatch(handlers, 'app:info', undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: 'sync' },
    });
  });

  it('the error value survives a structured clone, as IPC does', async () => {
    const result = await dispatch(withHandler(() => Promise.reject(ioError('EACCES'))), 'app:info', undefined);
    expect(structuredClone(result)).toEqual(result);
  });
});

describe('isTrustedSenderUrl', () => {
  const dev = 'http://localhost:5173';
  it.each([
    ['file:///opt/Tradewind/resources/app.asar/out/renderer/index.html', 'file://', true],
    ['file:///C:/Program%20Files/Tradewind/resources/app.asar/out/renderer/index.html#/customers', 'file://', true],
    ['http://localhost:5173/', dev, true],
    ['http://localhost:5173/#/settings', dev, true],
    ['http://localhost:5173/index.html?x=1', dev, true],
    // foreign origins
    ['https://evil.example/', 'file://', false],
    ['http://localhost:5173/', 'file://', false],
    ['file:///opt/Tradewind/index.html', dev, false],
    ['http://localhost:5174/', dev, false],
    ['https://localhost:5173/', dev, false],
    ['http://127.0.0.1:5173/', dev, false],
    ['http://localhost:5173.evil.example/', dev, false],
    ['http://evil.example/?http://localhost:5173', dev, false],
    ['devtools://devtools/bundled/index.html', 'file://', false],
    ['chrome-extension://abc/x.html', 'file://', false],
    ['about:blank', 'file://', false],
    ['about:blank', dev, false],
    ['data:text/html,<b>x</b>', 'file://', false],
    ['javascript:alert(1)', dev, false],
    // garbage
    ['', 'file://', false],
    ['', dev, false],
    [undefined, 'file://', false],
    ['not a url', dev, false],
    ['::::', 'file://', false],
  ] as const)('%j from app origin %j → %s', (url, origin, trusted) => {
    expect(isTrustedSenderUrl(url, origin)).toBe(trusted);
  });
});

describe('dispatchFromSender: only the top frame of our own page reaches the handlers', () => {
  const page = 'file:///opt/Tradewind/resources/app.asar/out/renderer/index.html#/customers';
  it.each([
    ['our top frame', { url: page, isTopFrame: true }, true],
    ['an iframe of our own page', { url: page, isTopFrame: false }, false],
    ['a foreign top frame', { url: 'https://evil.example/', isTopFrame: true }, false],
    ['a frame without a url', { url: undefined, isTopFrame: true }, false],
    ['a frame that is gone', null, false],
  ] as const)('%s', async (_name, sender, allowed) => {
    const { handlers, calls } = spyHandlers();
    const result = await dispatchFromSender(handlers, 'app:info', undefined, sender, 'file://');
    if (allowed) {
      expect(result).toEqual({ ok: true, value: { ran: 'app:info' } });
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'untrustedSender' } });
      expect(calls).toHaveLength(0);
    }
  });

  it('still validates the argument of a trusted sender', async () => {
    const { handlers } = spyHandlers();
    const result = await dispatchFromSender(handlers, 'files:save', {}, { url: 'http://localhost:5173/', isTopFrame: true }, 'http://localhost:5173');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidArgument' } });
  });
});
