import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../src-main/ipc/dispatch';
import { dispatch } from '../../../src-main/ipc/dispatch';
import { createHandlers } from '../../../src-main/ipc/handlers';
import type { OutgoingMessage, SendOutcome } from '../../../src-shared/mail/types';
import { fakeShell } from '../fakeShell';
import { testLetter } from './letters';
import type { TestServer, TestServerOptions } from './smtpTestServer';
import { startTestServer } from './smtpTestServer';

/**
 * The whole way a letter goes in the app: dispatch (the contract's zod schemas) → createHandlers →
 * mail:send → createMailer's pooled transport → a real smtp-server on 127.0.0.1, read back with
 * mailparser.
 */
let dir: string;
let server: TestServer;
let handlers: Handlers;

async function setUp(serverOptions: TestServerOptions = {}, password = 'right-password') {
  server = await startTestServer(serverOptions);
  const shell = fakeShell(dir);
  handlers = createHandlers(shell, { mail: { timeouts: { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 } } });
  const saved = await dispatch(handlers, 'mail:setAccount', {
    account: {
      mode: 'smtp',
      host: '127.0.0.1',
      port: server.port,
      secure: false,
      user: 'sales@tradewind.test',
      from: { name: 'Tradewind', address: 'sales@tradewind.test' },
      // The contract's highest limit: 500 letters fit in the first minute, so nothing waits.
      rateLimitPerMinute: 600,
    },
    password,
  });
  expect(saved.ok).toBe(true);
}

async function send(message: OutgoingMessage): Promise<SendOutcome> {
  const result = await dispatch(handlers, 'mail:send', { message });
  if (!result.ok) throw new Error(`mail:send answered ${JSON.stringify(result.error)}`);
  return result.value as SendOutcome;
}

/** Runs `work` over `items` with at most `n` at a time, like the outbox sender. */
async function inParallel<T, R>(items: T[], n: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: n }, worker));
  return results;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tradewind-smtp-'));
});
afterEach(async () => {
  // Switching to the .eml outbox closes the SMTP pool, so the server can stop at once.
  await dispatch(handlers, 'mail:setAccount', { account: { mode: 'eml', folder: '', from: { name: 'T', address: 'sales@tradewind.test' } } });
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('mail:send over SMTP', () => {
  it('500 letters to 500 people in five languages arrive exactly once each, as written', async () => {
    await setUp();
    const letters = Array.from({ length: 500 }, (_, i) => testLetter(i));
    const outcomes = await inParallel(letters, 5, (l) => send(l.message));
    expect(outcomes.filter((o) => o.status !== 'sent')).toEqual([]);
    for (const [i, o] of outcomes.entries()) {
      expect(o).toMatchObject({ status: 'sent', messageId: letters[i]!.message.messageId, accepted: [letters[i]!.expect.address], rejected: [] });
    }

    // Exactly once: by Message-ID and by RCPT TO.
    expect(server.received).toHaveLength(500);
    expect(server.rcpts).toHaveLength(500);
    expect(new Set(server.rcpts).size).toBe(500);
    for (const r of server.received) expect(r.rcptTo).toHaveLength(1);

    const parsed = await server.parsed();
    const byId = new Map(parsed.map((m) => [m.messageId, m]));
    expect(byId.size).toBe(500);
    for (const { message, expect: want } of letters) {
      const m = byId.get(message.messageId);
      expect(m, message.messageId).toBeDefined();
      if (!m) continue;
      const to = Array.isArray(m.to) ? m.to : [m.to];
      expect(to).toHaveLength(1);
      expect(to[0]?.value).toEqual([{ name: want.name, address: want.address }]);
      expect(m.cc).toBeUndefined();
      expect(m.bcc).toBeUndefined();
      expect(m.subject).toBe(want.subject);
      expect(m.headers.get('content-language')).toBe(want.language);
      expect(m.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
      expect(m.text).toBe(message.text);
      expect(m.html).toContain(want.name);
      expect(m.from?.value).toEqual([{ name: message.from.name, address: message.from.address }]);
    }
    // The envelope matches the To header of every message.
    const rcptOf = new Map(server.received.map((r, i) => [parsed[i]!.messageId, r.rcptTo[0]]));
    for (const { message } of letters) expect(rcptOf.get(message.messageId)).toBe(message.to.address);
  });

  it('every header and part declares UTF-8, and List-Unsubscribe is a mailto link when given', async () => {
    await setUp();
    const { message } = testLetter(3, { listUnsubscribe: 'mailto:unsubscribe@tradewind.test?subject=unsubscribe' });
    expect(await send(message)).toMatchObject({ status: 'sent' });
    const raw = server.received[0]!.raw.toString('latin1');
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/im);
    expect(raw).toMatch(/^List-Unsubscribe: <mailto:unsubscribe@tradewind\.test\?subject=unsubscribe>/im);
    const parts = raw.match(/^Content-Type: text\/(plain|html)[^\r\n]*/gim) ?? [];
    expect(parts).toHaveLength(2);
    for (const p of parts) expect(p).toMatch(/charset=utf-8/i);
  });

  it('a wrong password fails as auth (535) and sends nothing; the right one then sends', async () => {
    await setUp({}, 'wrong-password');
    const { message } = testLetter(1);
    expect(await send(message)).toMatchObject({ status: 'failed', kind: 'auth', responseCode: 535 });
    expect(server.received).toHaveLength(0);
    const verify = await dispatch(handlers, 'mail:verify', undefined);
    expect(verify).toMatchObject({ ok: true, value: { ok: false, kind: 'auth', responseCode: 535 } });

    const account = await dispatch(handlers, 'mail:getAccount', undefined);
    if (!account.ok) throw new Error('getAccount failed');
    const { account: settings } = account.value as { account: { mode: 'smtp' } & Record<string, unknown> };
    const { hasPassword: _had, ...input } = settings;
    await dispatch(handlers, 'mail:setAccount', { account: input, password: 'right-password' });
    expect(await dispatch(handlers, 'mail:verify', undefined)).toEqual({ ok: true, value: { ok: true } });
    expect(await send(message)).toMatchObject({ status: 'sent' });
    expect(server.received).toHaveLength(1);
  });

  it('450 at RCPT TO is temporary; nothing was delivered', async () => {
    await setUp({ onRcpt: () => ({ code: 450, message: 'Mailbox busy, try again later' }) });
    const { message } = testLetter(2);
    const outcome = await send(message);
    expect(outcome).toMatchObject({ status: 'failed', kind: 'temporary', responseCode: 450 });
    expect(outcome).not.toHaveProperty('badAddress');
    expect(server.received).toHaveLength(0);
  });

  it('550 at RCPT TO is permanent and names the bad address', async () => {
    await setUp({ onRcpt: () => ({ code: 550, message: 'No such user here' }) });
    const { message } = testLetter(4);
    expect(await send(message)).toMatchObject({
      status: 'failed',
      kind: 'permanent',
      responseCode: 550,
      badAddress: message.to.address,
    });
    expect(server.received).toHaveLength(0);
  });

  it('554 after the message is permanent but does not blame the address', async () => {
    await setUp({ onData: () => ({ code: 554, message: 'Message looks like spam' }) });
    const outcome = await send(testLetter(5).message);
    expect(outcome).toMatchObject({ status: 'failed', kind: 'permanent', responseCode: 554 });
    expect(outcome).not.toHaveProperty('badAddress');
  });

  it('a connection dropped in the middle of DATA is uncertain, delivers nothing; an explicit resend delivers exactly one', async () => {
    await setUp({ dropAfterBytes: 2_000 });
    const { message } = testLetter(6, { html: `<p>${'Lorem ipsum dolor sit amet. '.repeat(2_000)}</p>` });
    expect(await send(message)).toMatchObject({ status: 'failed', kind: 'uncertain' });
    expect(server.received).toHaveLength(0);

    // The salesperson looked and chose to send it again.
    server.options.dropAfterBytes = undefined;
    expect(await send(message)).toMatchObject({ status: 'sent', messageId: message.messageId });
    const parsed = await server.parsed();
    expect(parsed.filter((m) => m.messageId === message.messageId)).toHaveLength(1);
    expect(server.received).toHaveLength(1);
  });

  it('a connection closed after the final dot without a reply is uncertain', async () => {
    await setUp({ dropAfterDot: true });
    expect(await send(testLetter(7).message)).toMatchObject({ status: 'failed', kind: 'uncertain' });
  });

  it('a connection dropped at RCPT TO, before the message, is a network failure (retry is safe)', async () => {
    await setUp({ onRcpt: () => 'drop' });
    expect(await send(testLetter(8).message)).toMatchObject({ status: 'failed', kind: 'network' });
  });

  it('a display name that tries to add recipients stays a name: exactly one RCPT TO', async () => {
    await setUp();
    const evilName = '"x" <evil@x.com>, other@y.com';
    const { message } = testLetter(9, { to: { name: evilName, address: 'buyer9@customer.example.com' } });
    expect(await send(message)).toMatchObject({ status: 'sent', accepted: ['buyer9@customer.example.com'], rejected: [] });
    expect(server.rcpts).toEqual(['buyer9@customer.example.com']);
    const [m] = await server.parsed();
    const to = Array.isArray(m!.to) ? m!.to : [m!.to];
    expect(to[0]?.value).toEqual([{ name: evilName, address: 'buyer9@customer.example.com' }]);
    expect(m!.cc).toBeUndefined();
  });

  it.each([
    'buyer@example.com, evil@x.com',
    'Buyer <buyer@example.com>',
    '<buyer@example.com>',
    'buyer@example.com;evil@x.com',
    'buyer@example.com\r\nBcc: evil@x.com',
  ])('an address %j is refused by dispatch before anything is sent', async (address) => {
    await setUp();
    const { message } = testLetter(10, { to: { name: 'Buyer', address } });
    const result = await dispatch(handlers, 'mail:send', { message });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidArgument' } });
    expect(server.rcpts).toEqual([]);
  });

  it('a 5 MB body is refused by dispatch (contract limit); nothing is sent', async () => {
    await setUp();
    const { message } = testLetter(11, { html: `<p>${'x'.repeat(5 * 1024 * 1024)}</p>` });
    const result = await dispatch(handlers, 'mail:send', { message });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidArgument' } });
    if (!result.ok) expect(result.error.details?.some((d) => d.startsWith('message.html'))).toBe(true);
    expect(server.rcpts).toEqual([]);
  });

  describe('mail:sendMany (the outbox sender hands main a chunk per call)', () => {
    async function sendMany(messages: OutgoingMessage[]): Promise<SendOutcome[]> {
      const result = await dispatch(handlers, 'mail:sendMany', { messages });
      if (!result.ok) throw new Error(`mail:sendMany answered ${JSON.stringify(result.error)}`);
      return (result.value as { outcomes: SendOutcome[] }).outcomes;
    }

    it('answers each letter of a chunk in order: each to its one recipient, exactly once', async () => {
      const bad = testLetter(2).message.to.address;
      await setUp({ onRcpt: (address) => (address === bad ? { code: 550, message: 'No such user here' } : 'accept') });
      const letters = Array.from({ length: 8 }, (_, i) => testLetter(i).message);
      const outcomes = await sendMany(letters);
      expect(outcomes.map((o) => o.status)).toEqual(['sent', 'sent', 'failed', 'sent', 'sent', 'sent', 'sent', 'sent']);
      expect(outcomes[2]).toMatchObject({ kind: 'permanent', responseCode: 550, badAddress: bad });
      for (const [i, o] of outcomes.entries()) if (o.status === 'sent') expect(o.messageId).toBe(letters[i]!.messageId);
      expect(server.received).toHaveLength(7);
      for (const r of server.received) expect(r.rcptTo).toHaveLength(1);
      const ids = (await server.parsed()).map((m) => m.messageId);
      expect(new Set(ids).size).toBe(7);
      expect(ids).not.toContain(letters[2]!.messageId);
    });

    it('a wrong password answers auth for every letter of the chunk and sends nothing', async () => {
      await setUp({}, 'wrong-password');
      const outcomes = await sendMany(Array.from({ length: 4 }, (_, i) => testLetter(i).message));
      expect(outcomes).toEqual(Array.from({ length: 4 }, () => expect.objectContaining({ status: 'failed', kind: 'auth', responseCode: 535 })));
      expect(server.received).toHaveLength(0);
    });

    it('one letter the contract refuses refuses the whole call before anything is sent', async () => {
      await setUp();
      const good = testLetter(1).message;
      const result = await dispatch(handlers, 'mail:sendMany', { messages: [good, { ...good, to: { name: 'x', address: 'a@b.com, c@d.com' } }] });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalidArgument' } });
      expect(server.received).toHaveLength(0);
      expect(server.rcpts).toHaveLength(0);
    });
  });
});
