import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type OutboxMessage,
  db,
  getBookIndex,
  getSetting,
  getSuppressedSet,
  queueLetters,
  readTimeline,
  recoverInterruptedSends,
  resumeOutbox,
  setSetting,
  startSender,
} from '../../../src-renderer/data';
import type { SendOutcome } from '../../../src-shared/mail/types';
import { SENT, addCustomer, letterTo, scriptedSend, senderTestFile, settle, statuses } from './helpers';

const MIN = 60_000;
const WAIT = { timeout: 5_000, interval: 10 };

const start = senderTestFile('test-letters-sender');
const letter = async (id: string) => (await db.outbox.get(id)) as OutboxMessage;
const failed = (kind: Extract<SendOutcome, { status: 'failed' }>['kind'], extra: Partial<Extract<SendOutcome, { status: 'failed' }>> = {}): SendOutcome => ({
  status: 'failed',
  kind,
  message: `${kind} failure`,
  ...extra,
});

describe('the sender', () => {
  it('sends a letter, puts it on the timeline with its text, and moves last contact', async () => {
    const c = await addCustomer('Sent Co', 'buyer@sent.com', 1_000);
    const { ids } = await queueLetters([letterTo(c, 'Our quotation Q-1')]);
    const fake = scriptedSend();
    start({ send: fake.send, now: () => 50_000 });
    await vi.waitFor(async () => expect(await statuses(ids)).toEqual(['sent']), WAIT);
    const m = await letter(ids[0]!);
    expect(m.sentAt).toBe(50_000);
    expect(fake.calls.map((x) => x.messageId)).toEqual([m.messageId]);
    const timeline = await readTimeline(c.id);
    expect(timeline).toEqual([expect.objectContaining({ kind: 'letter', at: 50_000, text: `Our quotation Q-1\n\n${m.message.text}` })]);
    expect((await db.customers.get(c.id))?.lastContactAt).toBe(50_000);
    // The book index (list order, "gone silent" segments) follows.
    await vi.waitFor(() => expect(getBookIndex().query({}, { key: 'lastContactAt', dir: 'desc' }).ids[0]).toBe(c.id), WAIT);
  });

  it('450: back in line with backoff, then sent once the wait is over', async () => {
    const c = await addCustomer('Grey Co', 'buyer@grey.com');
    const { ids } = await queueLetters([letterTo(c)]);
    let clock = 100_000;
    const fake = scriptedSend({ 'buyer@grey.com': [failed('temporary', { responseCode: 450 }), SENT] });
    const sender = start({ send: fake.send, now: () => clock });
    await vi.waitFor(async () => expect(await letter(ids[0]!)).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAt: 100_000 + MIN }), WAIT);
    expect((await letter(ids[0]!)).lastError).toMatchObject({ kind: 'temporary', responseCode: 450 });

    clock += MIN - 1;
    sender.wake();
    await settle();
    expect(fake.calls).toHaveLength(1);

    clock += 1;
    sender.wake();
    await vi.waitFor(async () => expect(await statuses(ids)).toEqual(['sent']), WAIT);
    expect(fake.calls).toHaveLength(2);
    expect(fake.calls[1]!.messageId).toBe(fake.calls[0]!.messageId);
  });

  it('network failures give up after the last backoff step: failed', async () => {
    const c = await addCustomer('Down Co', 'buyer@down.com');
    const { ids } = await queueLetters([letterTo(c)]);
    await db.outbox.update(ids[0]!, { attempts: 5 });
    start({ send: scriptedSend({ 'buyer@down.com': [failed('network')] }).send });
    await vi.waitFor(async () => expect(await letter(ids[0]!)).toMatchObject({ status: 'failed', attempts: 6 }), WAIT);
  });

  it('auth: pauses the outbox, the letter stays queued, nothing more goes until resumed', async () => {
    const a = await addCustomer('Auth A', 'a@auth.com');
    const b = await addCustomer('Auth B', 'b@auth.com');
    const { ids } = await queueLetters([letterTo(a), letterTo(b)]);
    let loginFixed = false;
    const fake = scriptedSend();
    const send = (m: Parameters<typeof fake.send>[0]) =>
      loginFixed ? fake.send(m) : fake.send(m).then(() => failed('auth', { responseCode: 535, message: '535 5.7.8 Authentication failed' }));
    const sender = start({ send, concurrency: 1, now: () => 9_000 });
    await vi.waitFor(async () => expect(await getSetting('outboxPaused', null)).toMatchObject({ at: 9_000, reason: { kind: 'auth', responseCode: 535 } }), WAIT);
    await vi.waitFor(async () => expect(await statuses(ids)).toEqual(['queued', 'queued']), WAIT);
    expect(await letter(ids[0]!)).toMatchObject({ attempts: 0, lastError: { kind: 'auth' } });

    sender.wake();
    await settle();
    expect(fake.calls).toHaveLength(1);

    loginFixed = true;
    await resumeOutbox();
    await vi.waitFor(async () => expect(await statuses(ids)).toEqual(['sent', 'sent']), WAIT);
    expect(fake.calls).toHaveLength(3);
    expect(await getSetting('outboxPaused', null)).toBeNull();
  });

  it('an .eml folder that cannot be written pauses the outbox too: the letter was not written, so it stays queued, not uncertain', async () => {
    const c = await addCustomer('Folder Co', 'buyer@folder.com');
    const { ids } = await queueLetters([letterTo(c)]);
    let folderFixed = false;
    const fake = scriptedSend();
    const notWritten = failed('folder', { message: 'Cannot write to the outbox folder /mnt/usb/Outbox (ENOENT: no such file or directory)' });
    const send = (m: Parameters<typeof fake.send>[0]) => (folderFixed ? fake.send(m) : fake.send(m).then(() => notWritten));
    start({ send, now: () => 7_000 });
    await vi.waitFor(async () => expect(await getSetting('outboxPaused', null)).toMatchObject({ at: 7_000, reason: { kind: 'folder' } }), WAIT);
    await vi.waitFor(async () => expect(await letter(ids[0]!)).toMatchObject({ status: 'queued', attempts: 0, lastError: { kind: 'folder' } }), WAIT);

    folderFixed = true;
    await resumeOutbox();
    await vi.waitFor(async () => expect(await statuses(ids)).toEqual(['sent']), WAIT);
    expect(fake.calls).toHaveLength(2);
  });

  it('respects a pause that was already set when it starts', async () => {
    const c = await addCustomer('Paused Co', 'buyer@paused.com');
    const { ids } = await queueLetters([letterTo(c)]);
    await setSetting('outboxPaused', { reason: { kind: 'auth', message: '535' }, at: 1 });
    const fake = scriptedSend();
    start({ send: fake.send });
    await settle();
    expect(fake.calls).toHaveLength(0);
    await resumeOutbox();
    await vi.waitFor(async () => expect(await statuses(ids)).toEqual(['sent']), WAIT);
  });

  it('550 with a bad address: failed, the address suppressed, and a later letter to it is not sent', async () => {
    const c = await addCustomer('Bounce Co', 'gone@bounce.com');
    const first = await queueLetters([letterTo(c)]);
    const fake = scriptedSend({ 'gone@bounce.com': [failed('permanent', { responseCode: 550, message: '550 5.1.1 No such user', badAddress: 'Gone@Bounce.com' })] });
    const sender = start({ send: fake.send, now: () => 4_000 });
    await vi.waitFor(async () => expect(await statuses(first.ids)).toEqual(['failed']), WAIT);
    expect(await getSuppressedSet()).toEqual(new Set(['gone@bounce.com']));
    expect(await db.suppressions.get('gone@bounce.com')).toEqual({ address: 'gone@bounce.com', reason: 'bounced', at: 4_000, detail: '550 5.1.1 No such user' });

    const second = await queueLetters([letterTo(c)]);
    sender.wake();
    await vi.waitFor(async () => expect(await statuses(second.ids)).toEqual(['failed']), WAIT);
    expect((await letter(second.ids[0]!)).lastError).toMatchObject({ kind: 'permanent', badAddress: 'gone@bounce.com' });
    expect(fake.calls).toHaveLength(1);
  });

  it('invalid → failed; uncertain → uncertain and never retried; a broken IPC call → uncertain', async () => {
    const a = await addCustomer('Invalid Co', 'x@invalid.com');
    const b = await addCustomer('Unsure Co', 'x@unsure.com');
    const d = await addCustomer('Broken Co', 'x@broken.com');
    const e = await addCustomer('Refused Co', 'x@refused.com');
    const refused = Object.assign(new Error('Invalid argument for mail:send'), { code: 'invalidArgument' });
    const { ids } = await queueLetters([letterTo(a), letterTo(b), letterTo(d), letterTo(e)]);
    const fake = scriptedSend({
      'x@invalid.com': [failed('invalid')],
      'x@unsure.com': [failed('uncertain', { message: 'Connection closed during DATA' })],
      'x@broken.com': [new Error('IPC channel closed')],
      'x@refused.com': [refused],
    });
    const sender = start({ send: fake.send, concurrency: 4 });
    await vi.waitFor(async () => expect(await statuses(ids)).toEqual(['failed', 'uncertain', 'uncertain', 'failed']), WAIT);
    expect((await letter(ids[2]!)).lastError).toMatchObject({ kind: 'uncertain', message: 'IPC channel closed' });
    expect((await letter(ids[3]!)).lastError).toMatchObject({ kind: 'invalid' });
    sender.wake();
    await settle();
    expect(fake.calls).toHaveLength(4);
  });

  it('never has more than `concurrency` letters in flight', async () => {
    const customers = await Promise.all(Array.from({ length: 12 }, (_, i) => addCustomer(`Conc ${i}`, `c${i}@conc.com`)));
    const { ids } = await queueLetters(customers.map((c) => letterTo(c)));
    const fake = scriptedSend();
    start({ send: fake.send, concurrency: 3 });
    await vi.waitFor(async () => expect(new Set(await statuses(ids))).toEqual(new Set(['sent'])), WAIT);
    expect(fake.calls).toHaveLength(12);
    expect(fake.maxActive).toBe(3);
    // Oldest first.
    expect(fake.addresses()).toEqual(customers.map((_, i) => `c${i}@conc.com`));
  });

  it('sends a scheduled letter only once its time has come', async () => {
    const c = await addCustomer('Sched Co', 'buyer@sched.com');
    const { ids } = await queueLetters([letterTo(c)], { now: 1_000, sendAt: 5_000 });
    let clock = 1_000;
    const fake = scriptedSend();
    const sender = start({ send: fake.send, now: () => clock });
    await settle();
    expect(await statuses(ids)).toEqual(['scheduled']);
    clock = 5_000;
    sender.wake();
    await vi.waitFor(async () => expect(await statuses(ids)).toEqual(['sent']), WAIT);
  });

  it('two senders on one book never send a letter twice', async () => {
    const customers = await Promise.all(Array.from({ length: 30 }, (_, i) => addCustomer(`Twin ${i}`, `t${i}@twin.com`)));
    const { ids } = await queueLetters(customers.map((c) => letterTo(c)));
    const one = scriptedSend();
    const two = scriptedSend();
    start({ send: one.send, concurrency: 3 });
    start({ send: two.send, concurrency: 3 });
    await vi.waitFor(async () => expect(new Set(await statuses(ids))).toEqual(new Set(['sent'])), WAIT);
    const sent = [...one.calls, ...two.calls].map((m) => m.messageId);
    expect(sent).toHaveLength(30);
    expect(new Set(sent).size).toBe(30);
    const timeline = (await Promise.all(customers.map((c) => readTimeline(c.id)))).flat();
    expect(timeline.filter((i) => i.kind === 'letter')).toHaveLength(30);
  });

  it('reload mid-batch: unanswered letters become uncertain, the rest is untouched, and the next sender leaves them alone', async () => {
    const customers = await Promise.all(Array.from({ length: 6 }, (_, i) => addCustomer(`Reload ${i}`, `r${i}@reload.com`)));
    const { ids } = await queueLetters(customers.map((c) => letterTo(c)));
    // Letters 2 and 4 (1-based) never get an answer: the page goes away while they are in main.
    const page = scriptedSend({ 'r1@reload.com': ['hang'], 'r3@reload.com': ['hang'] });
    const first = startSender({ send: page.send, concurrency: 2, pollMs: 60_000 });
    await vi.waitFor(async () => expect(await statuses(ids)).toEqual(['sent', 'sending', 'sent', 'sending', 'queued', 'queued']), WAIT);
    await first.stop();
    expect(await statuses(ids)).toEqual(['sent', 'sending', 'sent', 'sending', 'queued', 'queued']);

    expect(await recoverInterruptedSends()).toBe(2);
    expect(await statuses(ids)).toEqual(['sent', 'uncertain', 'sent', 'uncertain', 'queued', 'queued']);

    const next = scriptedSend();
    start({ send: next.send });
    await vi.waitFor(async () => expect(await statuses(ids)).toEqual(['sent', 'uncertain', 'sent', 'uncertain', 'sent', 'sent']), WAIT);
    expect(next.addresses()).toEqual(['r4@reload.com', 'r5@reload.com']);
  });

  it('a new sender turns letters left sending into uncertain before it sends', async () => {
    const a = await addCustomer('Left A', 'a@left.com');
    const b = await addCustomer('Left B', 'b@left.com');
    const { ids } = await queueLetters([letterTo(a), letterTo(b)]);
    await db.outbox.update(ids[0]!, { status: 'sending' });
    const fake = scriptedSend();
    start({ send: fake.send });
    await vi.waitFor(async () => expect(await statuses(ids)).toEqual(['uncertain', 'sent']), WAIT);
    expect(fake.addresses()).toEqual(['b@left.com']);
  });
});

describe('the sender under a Web Lock', () => {
  /** A minimal LockManager: exclusive locks by name, waiting in order, abortable while waiting. */
  function fakeLocks() {
    const queues = new Map<string, Array<() => void>>();
    const held = new Set<string>();
    const release = (name: string) => {
      const next = queues.get(name)?.shift();
      if (next) next();
      else held.delete(name);
    };
    return {
      request<T>(name: string, options: { signal?: AbortSignal }, callback: () => Promise<T>): Promise<T> {
        return new Promise<T>((resolve, reject) => {
          const run = () => {
            held.add(name);
            callback().then(resolve, reject).finally(() => release(name));
          };
          if (!held.has(name)) return run();
          const queue = queues.get(name) ?? [];
          queue.push(run);
          queues.set(name, queue);
          options.signal?.addEventListener('abort', () => {
            const at = queue.indexOf(run);
            if (at >= 0) queue.splice(at, 1);
            reject(new DOMException('Aborted', 'AbortError'));
          });
        });
      },
    };
  }

  afterEach(() => vi.unstubAllGlobals());

  it('only the window holding the lock sends; the next one takes over, recovering first', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    const customers = await Promise.all(Array.from({ length: 3 }, (_, i) => addCustomer(`Lock ${i}`, `l${i}@lock.com`)));
    const { ids } = await queueLetters(customers.map((c) => letterTo(c)));
    const firstWindow = scriptedSend({ 'l0@lock.com': ['hang'] });
    const first = startSender({ send: firstWindow.send, concurrency: 1, pollMs: 60_000 });
    await vi.waitFor(async () => expect(await statuses(ids)).toEqual(['sending', 'queued', 'queued']), WAIT);

    const secondWindow = scriptedSend();
    const second = start({ send: secondWindow.send });
    second.wake();
    await settle();
    expect(secondWindow.calls).toHaveLength(0);

    // The first window closes: its letter in flight is uncertain, the others go from the second.
    await first.stop();
    await vi.waitFor(async () => expect(await statuses(ids)).toEqual(['uncertain', 'sent', 'sent']), WAIT);
    expect(secondWindow.addresses()).toEqual(['l1@lock.com', 'l2@lock.com']);
  });

  it('stopping a sender that waits for the lock ends its wait', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    const holder = startSender({ send: scriptedSend().send, pollMs: 60_000 });
    const waiter = startSender({ send: scriptedSend().send, pollMs: 60_000 });
    await waiter.stop();
    await holder.stop();
  });
});
