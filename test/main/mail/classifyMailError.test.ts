import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyMailError } from '../../../src-main/mail/classifyMailError';
import { createMailer } from '../../../src-main/mail/createMailer';
import { MailError } from '../../../src-main/mail/MailError';
import type { Mailer } from '../../../src-main/mail/types';
import type { MailFailure, SmtpAccount } from '../../../src-shared/mail/types';
import { testLetter } from './letters';
import type { TestServer } from './smtpTestServer';
import { startTestServer } from './smtpTestServer';

/**
 * The real shapes of nodemailer's errors (see the table in classifyMailError.ts), produced by real
 * failures on 127.0.0.1, and what the outbox makes of them.
 */
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function mailerFor(port: number, extra: Partial<SmtpAccount> = {}): Mailer {
  const mailer = createMailer(
    { host: '127.0.0.1', port, secure: false, user: 'sales', pass: 'right-password', rateLimitPerMinute: 0, ...extra },
    { timeouts: { connectionTimeout: 2_000, greetingTimeout: 500, socketTimeout: 2_000 } },
  );
  cleanups.unshift(() => mailer.close());
  return mailer;
}
async function server(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const s = await startTestServer(options);
  cleanups.push(() => s.close());
  return s;
}
async function rawServer(onConnection: (socket: Socket) => void): Promise<number> {
  const s: Server = createServer(onConnection);
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => s.close(resolve)));
  const address = s.address();
  return typeof address === 'object' && address ? address.port : 0;
}
async function failure(p: Promise<unknown>): Promise<MailFailure> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(MailError);
    return (err as MailError).failure;
  }
  throw new Error('expected a failure');
}

describe('real failures, classified', () => {
  it('connection refused → network', async () => {
    const port = await rawServer(() => undefined);
    // a port that was free a moment ago: nothing listens there now
    const closed = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const a = s.address();
        s.close(() => resolve(typeof a === 'object' && a ? a.port : port));
      });
    });
    expect(await failure(mailerFor(closed).send(testLetter(0).message))).toMatchObject({ kind: 'network' });
  });

  it('no greeting in time → network', async () => {
    const port = await rawServer(() => undefined);
    const f = await failure(mailerFor(port).send(testLetter(1).message));
    expect(f).toMatchObject({ kind: 'network', message: expect.stringContaining('Greeting') as unknown });
  });

  it('closed before the greeting → network', async () => {
    const port = await rawServer((socket) => socket.destroy());
    expect(await failure(mailerFor(port).send(testLetter(2).message))).toMatchObject({ kind: 'network' });
  });

  it('wrong password at verify → auth', async () => {
    const s = await server();
    expect(await failure(mailerFor(s.port, { pass: 'nope' }).verify())).toMatchObject({ kind: 'auth', responseCode: 535 });
    await expect(mailerFor(s.port).verify()).resolves.toBeUndefined();
  });

  it('no credentials where the server wants them (530 at MAIL FROM) → auth', async () => {
    const s = await server();
    const f = await failure(mailerFor(s.port, { user: undefined, pass: undefined }).send(testLetter(3).message));
    expect(f).toMatchObject({ kind: 'auth', responseCode: 530 });
  });

  it('452 after the final dot → temporary', async () => {
    const s = await server({ onData: () => ({ code: 452, message: 'Queue full' }) });
    expect(await failure(mailerFor(s.port).send(testLetter(4).message))).toMatchObject({ kind: 'temporary', responseCode: 452 });
  });

  it('an address that is not one plain address → invalid, before any connection', async () => {
    const s = await server();
    for (const address of ['a@b.com, c@d.com', 'A <a@b.com>', 'a@b.com\r\nBcc: c@d.com', 'no-at-sign', 'a@b', '"a,b"@c.com']) {
      const { message } = testLetter(5, { to: { name: 'x', address } });
      expect(await failure(mailerFor(s.port).send(message))).toMatchObject({ kind: 'invalid' });
    }
    expect(s.rcpts).toEqual([]);
  });

  it('a pool closed with messages still queued fails them as network (never started)', async () => {
    const s = await server();
    const mailer = mailerFor(s.port);
    const sends = Array.from({ length: 20 }, (_, i) => mailer.send(testLetter(i).message).then(() => null, (e: unknown) => e));
    mailer.close();
    const errors = (await Promise.all(sends)).filter((e): e is MailError => e instanceof MailError);
    for (const e of errors) expect(e.failure.kind).toBe('network');
    // Whatever was not failed was delivered, once.
    expect(s.received.length + errors.length).toBe(20);
  });
});

describe('classifyMailError on shapes alone', () => {
  it.each([
    [{ code: 'EAUTH', command: 'AUTH PLAIN', responseCode: 535, response: '535 no' }, 'auth'],
    [{ code: 'EAUTH', command: 'AUTH LOGIN', responseCode: 534, response: '534 weak' }, 'auth'],
    [{ code: 'ENOAUTH', message: 'Missing credentials' }, 'auth'],
    [{ code: 'EENVELOPE', command: 'MAIL FROM', responseCode: 451, response: '451 later' }, 'temporary'],
    [{ code: 'EENVELOPE', command: 'MAIL FROM', responseCode: 553, response: '553 sender refused' }, 'permanent'],
    [{ code: 'EENVELOPE', message: 'No recipients defined' }, 'invalid'],
    [{ code: 'ESOCKET', command: 'CONN', originalCode: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }, 'network'],
    [{ code: 'EDNS', command: 'CONN', originalCode: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND' }, 'network'],
    [{ code: 'ETIMEDOUT', command: 'CONN', timeoutType: 'CONNECT_TIMEOUT', message: 'Connection timeout' }, 'network'],
    // Without knowing whether the body had started, a broken session is "may have gone".
    [{ code: 'ECONNECTION', command: 'CONN', message: 'Connection closed unexpectedly' }, 'uncertain'],
    [{ code: 'ETIMEDOUT', command: 'CONN', timeoutType: 'SOCKET_TIMEOUT', message: 'Timeout' }, 'uncertain'],
    ['a string', 'uncertain'],
  ] as const)('%j → %s', (err, kind) => {
    expect(classifyMailError(err).kind).toBe(kind);
  });

  it('a broken session is network before the body started, uncertain after', () => {
    const err = { code: 'ESOCKET', command: 'CONN', originalCode: 'ECONNRESET', message: 'read ECONNRESET' };
    expect(classifyMailError(err, { messageStarted: false }).kind).toBe('network');
    expect(classifyMailError(err, { messageStarted: true }).kind).toBe('uncertain');
  });

  it('a server reply wins over the stage: 550 after the body is permanent, not uncertain', () => {
    const err = { code: 'EMESSAGE', command: 'DATA', responseCode: 550, response: '550 rejected' };
    expect(classifyMailError(err, { messageStarted: true })).toEqual({ kind: 'permanent', responseCode: 550, message: '550 rejected' });
  });

  it('550 at RCPT TO names the refused address', () => {
    const err = { code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550, response: '550 no such user', rejected: ['a@b.com'] };
    expect(classifyMailError(err)).toEqual({ kind: 'permanent', responseCode: 550, message: '550 no such user', badAddress: 'a@b.com' });
  });
});
