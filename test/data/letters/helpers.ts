import type { Customer } from '../../../src-shared/customer/customer';
import type { OutgoingMessage, SendOutcome } from '../../../src-shared/mail/types';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { type LetterToQueue, type Sender, createCustomer, db, loadBookIndex, openDatabase, startSender } from '../../../src-renderer/data';
import { customerInput } from '../customerInput';

/** A customer with one contact at the given address. */
export function addCustomer(company: string, email: string, lastContactAt: number | null = null): Promise<Customer> {
  return createCustomer(
    customerInput({
      company,
      lastContactAt,
      contacts: [{ name: `${company} Buyer`, title: 'Buyer', emails: [email], phones: [], whatsapp: '' }],
    }),
  );
}

/** A rendered letter to the customer's first contact. */
export function letterTo(customer: Customer, subject = `Offer for ${customer.company}`): LetterToQueue {
  const contact = customer.contacts[0]!;
  return {
    customerId: customer.id,
    contactId: contact.id ?? '',
    templateId: 'quote-cover',
    templateKind: 'quoteCover',
    message: {
      from: { name: 'Li Wei', address: 'li.wei@acme-export.com' },
      to: { name: contact.name, address: contact.emails[0]! },
      subject,
      html: `<p>Dear ${contact.name},</p><p>Our offer.</p>`,
      text: `Dear ${contact.name},\n\nOur offer.`,
      language: 'en',
    },
  };
}

export async function clearOutbox(): Promise<void> {
  await db.transaction('rw', [db.outbox, db.settings, db.suppressions], async () => {
    await db.outbox.clear();
    await db.suppressions.clear();
    await db.settings.delete('outboxPaused');
  });
}

export const SENT: SendOutcome = { status: 'sent', messageId: '', accepted: [], rejected: [] };

/**
 * A fake `mail:send`: answers per recipient address from a script (a list of answers used in
 * turn, the last one repeating; 'hang' never answers), records every call and the most calls in
 * flight at once.
 */
export function scriptedSend(script: Record<string, Array<SendOutcome | 'hang' | Error>> = {}) {
  const calls: OutgoingMessage[] = [];
  let active = 0;
  let maxActive = 0;
  const seen = new Map<string, number>();
  const send = async (message: OutgoingMessage): Promise<SendOutcome> => {
    calls.push(message);
    active++;
    maxActive = Math.max(maxActive, active);
    try {
      const answers = script[message.to.address] ?? [SENT];
      const n = seen.get(message.to.address) ?? 0;
      seen.set(message.to.address, n + 1);
      const answer = answers[Math.min(n, answers.length - 1)] ?? SENT;
      // Let other sends start meanwhile, as a real server round trip would.
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (answer === 'hang') return await new Promise<never>(() => undefined);
      if (answer instanceof Error) throw answer;
      return answer.status === 'sent' ? { ...answer, messageId: message.messageId, accepted: [message.to.address] } : answer;
    } finally {
      active--;
    }
  };
  return {
    send,
    calls,
    get maxActive() {
      return maxActive;
    },
    addresses: () => calls.map((c) => c.to.address),
  };
}

/** Lets pending timers and IndexedDB work run (for "nothing more happened" checks). */
export function settle(ms = 60): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A fake `mail:sendMany` over the same script: each call answers every letter as scriptedSend
 * would, in order. `refuse(messages)` may throw for a whole call (main refusing the argument, or
 * the IPC call breaking); `answer` may rewrite what the call returns (a malformed answer).
 */
export function scriptedSendMany(
  script: Parameters<typeof scriptedSend>[0] = {},
  hooks: { refuse?: (messages: OutgoingMessage[]) => Error | null; answer?: (outcomes: SendOutcome[]) => unknown } = {},
) {
  const one = scriptedSend(script);
  const chunks: OutgoingMessage[][] = [];
  const sendMany = async (messages: OutgoingMessage[]): Promise<SendOutcome[]> => {
    chunks.push(messages);
    const refusal = hooks.refuse?.(messages);
    if (refusal) throw refusal;
    const outcomes = await Promise.all(messages.map((m) => one.send(m)));
    return (hooks.answer ? hooks.answer(outcomes) : outcomes) as SendOutcome[];
  };
  return { sendMany, chunks, calls: one.calls, addresses: one.addresses };
}

/**
 * A sender test file's set-up: its own database, an empty outbox before each test, and every
 * sender a test starts stopped after it. Returns the function that starts one (polling only when
 * woken, unless the test says otherwise).
 */
export function senderTestFile(database: string): (options: Parameters<typeof startSender>[0]) => Sender {
  beforeAll(async () => {
    openDatabase(database);
    await loadBookIndex();
  });
  beforeEach(clearOutbox);
  const running: Sender[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.stop()));
  });
  return (options) => {
    const sender = startSender({ pollMs: 60_000, ...options });
    running.push(sender);
    return sender;
  };
}

/** The stored status of each letter, in order. */
export const statuses = async (ids: string[]) => (await db.outbox.bulkGet(ids)).map((m) => m?.status);
