import type { Socket } from 'node:net';
import type { ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import type { SMTPServerDataStream, SMTPServerOptions } from 'smtp-server';
import { SMTPServer } from 'smtp-server';

/** One message the server accepted, read back with mailparser. */
export interface DeliveredMail {
  messageId: string;
  /** RCPT TO, as the client gave it. */
  rcptTo: string[];
  parsed: ParsedMail;
}

/** A message the server has read to its final dot but not answered yet (see holdNext). */
interface Held {
  messageId: string;
  answer(error: Error | null): void;
}

export interface LocalSmtpOptions {
  /** The password any user logs in with. Default 'e2e-password'. */
  password?: string;
  /** Wait this long before accepting each message, so a batch takes a few seconds. */
  delayMs?: number;
}

/**
 * A real smtp-server on 127.0.0.1 for the e2e suite: it requires a login, accepts every
 * recipient, and keeps each message it accepted, parsed. It can slow down (delayMs) and hold
 * messages unanswered (holdNext), to interrupt a batch mid-send.
 */
export class LocalSmtp {
  readonly delivered: DeliveredMail[] = [];
  readonly password: string;
  delayMs: number;
  port = 0;
  private holdCount = 0;
  private readonly held: Held[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly server: SMTPServer;
  private heldWaiters: (() => void)[] = [];

  private constructor(options: LocalSmtpOptions) {
    this.password = options.password ?? 'e2e-password';
    this.delayMs = options.delayMs ?? 0;
    const config: SMTPServerOptions = {
      disabledCommands: ['STARTTLS'],
      authOptional: false,
      logger: false,
      closeTimeout: 100,
      size: 20 * 1024 * 1024,
      onAuth: (auth, _session, callback) => {
        if (auth.password === this.password) callback(null, { user: auth.username });
        else callback(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
      },
      onData: (stream: SMTPServerDataStream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          const rcptTo = session.envelope.rcptTo.map((r) => r.address);
          void simpleParser(raw).then((parsed) => {
            const messageId = parsed.messageId ?? '';
            const accept = (error: Error | null) => {
              if (error) return callback(error);
              this.delivered.push({ messageId, rcptTo, parsed });
              callback(null, 'OK: queued');
            };
            if (this.holdCount > 0) {
              this.holdCount--;
              this.held.push({ messageId, answer: accept });
              for (const wake of this.heldWaiters.splice(0)) wake();
              return;
            }
            if (this.delayMs > 0) setTimeout(() => accept(null), this.delayMs);
            else accept(null);
          });
        });
      },
    };
    this.server = new SMTPServer(config);
    this.server.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
  }

  static async start(options: LocalSmtpOptions = {}): Promise<LocalSmtp> {
    const smtp = new LocalSmtp(options);
    await new Promise<void>((resolve) => smtp.server.listen(0, '127.0.0.1', () => resolve()));
    const address = smtp.server.server.address();
    smtp.port = typeof address === 'object' && address ? address.port : 0;
    return smtp;
  }

  /** The next `n` messages are read but not answered until `releaseHeld`. */
  holdNext(n: number): void {
    this.holdCount = n;
  }

  /** Message-IDs of the messages held unanswered. */
  heldIds(): string[] {
    return this.held.map((h) => h.messageId);
  }

  /** Resolves once at least `n` messages are held. */
  async waitForHeld(n: number): Promise<string[]> {
    while (this.held.length < n) await new Promise<void>((resolve) => this.heldWaiters.push(resolve));
    return this.heldIds();
  }

  /**
   * Answers the held messages: refused with a temporary error (they were never delivered), or
   * accepted. Holding stops.
   */
  releaseHeld(answer: 'refuse' | 'accept'): void {
    this.holdCount = 0;
    for (const h of this.held.splice(0)) {
      h.answer(answer === 'accept' ? null : Object.assign(new Error('Try again later'), { responseCode: 451 }));
    }
  }

  /** How many times the server accepted each Message-ID. */
  countsByMessageId(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.delivered) counts.set(m.messageId, (counts.get(m.messageId) ?? 0) + 1);
    return counts;
  }

  async stop(): Promise<void> {
    this.releaseHeld('refuse');
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export const startLocalSmtp = (options?: LocalSmtpOptions) => LocalSmtp.start(options);
