import type { Socket } from 'node:net';
import type { ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import type { SMTPServerDataStream, SMTPServerOptions, SMTPServerSession } from 'smtp-server';
import { SMTPServer } from 'smtp-server';

/** One message the server took: who the client asked for (RCPT TO) and the bytes. */
export interface Received {
  rcptTo: string[];
  raw: Buffer;
}

export type RcptAnswer = 'accept' | { code: number; message: string } | 'drop';

export interface TestServerOptions {
  /** The password onAuth accepts for any user. */
  password?: string;
  /** How to answer each RCPT TO (default accept). */
  onRcpt?: (address: string) => RcptAnswer;
  /**
   * What to do with the message body: accept it (default), refuse it after the final dot with
   * a code, or destroy the connection after this many bytes of it.
   */
  onData?: (raw: Buffer) => 'accept' | { code: number; message: string };
  dropAfterBytes?: number;
  /** Close the connection after the final dot without replying. */
  dropAfterDot?: boolean;
}

/**
 * A real smtp-server on 127.0.0.1 at a free port, with authentication required, recording every
 * RCPT TO and every complete message. No STARTTLS (plain local loopback).
 */
export interface TestServer {
  port: number;
  received: Received[];
  /** Every RCPT TO the server saw, accepted or not. */
  rcpts: string[];
  options: TestServerOptions;
  parsed(): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const password = options.password ?? 'right-password';
  const sockets = new Set<Socket>();
  const state: TestServer = {
    port: 0,
    received: [],
    rcpts: [],
    options,
    parsed: () => Promise.all(state.received.map((r) => simpleParser(r.raw))),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const reply = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });
  const config: SMTPServerOptions = {
    disabledCommands: ['STARTTLS'],
    authOptional: false,
    logger: false,
    closeTimeout: 100,
    size: 20 * 1024 * 1024,
    onAuth(auth, _session, callback) {
      if (auth.password === password) callback(null, { user: auth.username });
      else callback(reply(535, 'Authentication credentials invalid'));
    },
    onRcptTo(address, _session, callback) {
      state.rcpts.push(address.address);
      const answer = state.options.onRcpt?.(address.address) ?? 'accept';
      if (answer === 'accept') callback();
      else if (answer === 'drop') for (const s of sockets) s.destroy();
      else callback(reply(answer.code, answer.message));
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      let bytes = 0;
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        bytes += chunk.length;
        const limit = state.options.dropAfterBytes;
        if (limit !== undefined && bytes > limit) for (const s of sockets) s.destroy();
      });
      stream.on('end', () => {
        if (state.options.dropAfterBytes !== undefined) return;
        const raw = Buffer.concat(chunks);
        if (state.options.dropAfterDot) {
          for (const s of sockets) s.destroy();
          return;
        }
        const answer = state.options.onData?.(raw) ?? 'accept';
        if (answer !== 'accept') return callback(reply(answer.code, answer.message));
        state.received.push({ rcptTo: session.envelope.rcptTo.map((r) => r.address), raw });
        callback(null, 'OK: queued');
      });
    },
  };
  const server = new SMTPServer(config);
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  state.port = typeof address === 'object' && address ? address.port : 0;
  return state;
}
