import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../src-main/ipc/dispatch';
import { dispatch } from '../../../src-main/ipc/dispatch';
import { createHandlers } from '../../../src-main/ipc/handlers';
import { emlFileName, sanitiseForFileName } from '../../../src-main/mail/emlFileName';
import type { MailAccountState } from '../../../src-shared/ipc/contract';
import type { OutgoingMessage, SendOutcome } from '../../../src-shared/mail/types';
import type { FakeShell } from '../fakeShell';
import { fakeShell } from '../fakeShell';
import { testLetter } from './letters';

let dir: string;
let shell: FakeShell;
let handlers: Handlers;
/** A fixed clock, so file names are known: 2026-03-05 09:07 local time. */
const now = new Date(2026, 2, 5, 9, 7, 30).getTime();

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tradewind-eml-'));
  shell = fakeShell(dir);
  handlers = createHandlers(shell, { mail: { now: () => now } });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const outbox = () => join(dir, 'userData', 'Outbox');

async function send(message: OutgoingMessage): Promise<SendOutcome> {
  const result = await dispatch(handlers, 'mail:send', { message });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as SendOutcome;
}

describe('the .eml outbox (no account: the default)', () => {
  it('starts in .eml mode with <dataPath>/Outbox', async () => {
    const result = await dispatch(handlers, 'mail:getAccount', undefined);
    expect(result).toMatchObject({
      ok: true,
      value: { account: { mode: 'eml', folder: outbox() }, defaultOutboxFolder: outbox(), passwordSessionOnly: false },
    });
  });

  it('writes one .eml per letter, which parses back to the same letter, as an unsent draft', async () => {
    const letters = [testLetter(0), testLetter(3, { listUnsubscribe: 'mailto:unsubscribe@tradewind.test' }), testLetter(4)];
    for (const { message } of letters) {
      const outcome = await send(message);
      expect(outcome).toMatchObject({ status: 'sent', messageId: message.messageId, accepted: [message.to.address], rejected: [] });
    }
    const files = (await readdir(outbox())).sort();
    expect(files).toHaveLength(3);
    for (const { message, expect: want } of letters) {
      const name = emlFileName(new Date(now), want.name, message.messageId);
      expect(files).toContain(name);
      expect(name.startsWith('2026-03-05 0907 ')).toBe(true);
      const raw = await readFile(join(outbox(), name));
      const m = await simpleParser(raw);
      expect(m.messageId).toBe(message.messageId);
      expect(m.headers.get('x-unsent')).toBe('1');
      expect(m.subject).toBe(want.subject);
      expect(m.headers.get('content-language')).toBe(want.language);
      const to = Array.isArray(m.to) ? m.to : [m.to];
      expect(to[0]?.value).toEqual([{ name: want.name, address: want.address }]);
      expect(m.cc).toBeUndefined();
      expect(m.bcc).toBeUndefined();
      expect(m.text).toBe(message.text);
      expect(m.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
      // CRLF line ends, as mail clients expect of an .eml file.
      expect(raw.toString('latin1')).toMatch(/\r\n/);
      expect(raw.toString('latin1')).not.toMatch(/[^\r]\n/);
    }
    const withList = await simpleParser(await readFile(join(outbox(), emlFileName(new Date(now), letters[1]!.expect.name, letters[1]!.message.messageId))));
    expect(withList.headers.get('list')).toMatchObject({ unsubscribe: { mail: 'unsubscribe@tradewind.test' } });
  });

  it('the same Message-ID twice (in turn or at once) writes one file and answers its path both times', async () => {
    const { message } = testLetter(1);
    const first = await send(message);
    const second = await send(message);
    expect(second).toEqual(first);
    const [a, b] = await Promise.all([send(testLetter(2).message), send(testLetter(2).message)]);
    expect(a?.status).toBe('sent');
    expect(b?.status).toBe('sent');
    expect(await readdir(outbox())).toHaveLength(3); // letter 1, and two distinct Message-IDs for letter 2
    const { message: m3 } = testLetter(5);
    await Promise.all([send(m3), send(m3), send(m3)]);
    expect(await readdir(outbox())).toHaveLength(4);
  });

  it('mail:sendMany writes one draft per letter of the chunk, and one for a Message-ID given twice', async () => {
    const letters = [testLetter(0), testLetter(1), testLetter(2)].map((l) => l.message);
    const result = await dispatch(handlers, 'mail:sendMany', { messages: [...letters, letters[1]!] });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { outcomes } = result.value as { outcomes: SendOutcome[] };
    expect(outcomes.map((o) => o.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(outcomes[3]).toEqual(outcomes[1]);
    const files = await readdir(outbox());
    expect(files).toHaveLength(3);
    const ids = await Promise.all(files.map(async (f) => (await simpleParser(await readFile(join(outbox(), f)))).messageId));
    expect(ids.sort()).toEqual(letters.map((m) => m.messageId).sort());
  });

  it('a Message-ID already in the folder (from an earlier run) is not written again', async () => {
    const { message } = testLetter(1);
    const first = await send(message);
    // A new app run: a fresh mailer that knows nothing yet.
    const restarted = createHandlers(shell, { mail: { now: () => now + 3_600_000 } });
    const again = await dispatch(restarted, 'mail:send', { message });
    expect(again).toEqual({ ok: true, value: first });
    expect(await readdir(outbox())).toHaveLength(1);
  });

  it('file names are safe on every system, whatever the recipient is called', () => {
    expect(sanitiseForFileName('Evil/..\\name: <x>|?*"')).toBe('Evil .. name x');
    expect(sanitiseForFileName('محمد\u202eexe.gpj')).toBe('محمد exe.gpj');
    expect(sanitiseForFileName('trailing dots...  ')).toBe('trailing dots');
    expect([...sanitiseForFileName('王'.repeat(200))]).toHaveLength(60);
    const name = emlFileName(new Date(now), '../../etc/passwd', '<a@b>');
    expect(name).not.toContain('/');
    expect(name).toMatch(/^2026-03-05 0907 \.\. \.\. etc passwd [0-9a-f]{12}\.eml$/);
    expect(emlFileName(new Date(now), '   ', '<a@b>')).toMatch(/ letter [0-9a-f]{12}\.eml$/);
  });

  it('a folder that cannot be written fails every letter as `folder` (not sent, not uncertain), naming the folder, and writes nothing', async () => {
    await writeFile(join(dir, 'a-file'), 'x');
    const folder = join(dir, 'a-file', 'Outbox');
    await dispatch(handlers, 'mail:setAccount', { account: { mode: 'eml', folder, from: { name: 'T', address: 'sales@tradewind.test' } } });
    const notWritten = { status: 'failed', kind: 'folder', message: expect.stringContaining(`Cannot write to the outbox folder ${folder} (ENOTDIR`) as unknown };
    expect(await dispatch(handlers, 'mail:send', { message: testLetter(1).message })).toEqual({ ok: true, value: notWritten });
    const many = await dispatch(handlers, 'mail:sendMany', { messages: [testLetter(2).message, testLetter(3).message] });
    expect(many).toEqual({ ok: true, value: { outcomes: [notWritten, notWritten] } });
    const verify = await dispatch(handlers, 'mail:verify', undefined);
    expect(verify).toEqual({ ok: true, value: { ok: false, kind: 'folder', message: expect.stringContaining(folder) as unknown } });
    expect(await readdir(dir)).toEqual(expect.not.arrayContaining(['Outbox']));

    // Fixed (another folder): the same letters go, once each.
    const fixed = join(dir, 'Outbox');
    await dispatch(handlers, 'mail:setAccount', { account: { mode: 'eml', folder: fixed, from: { name: 'T', address: 'sales@tradewind.test' } } });
    const again = await dispatch(handlers, 'mail:sendMany', { messages: [testLetter(2).message, testLetter(3).message] });
    expect(again.ok && (again.value as { outcomes: SendOutcome[] }).outcomes.map((o) => o.status)).toEqual(['sent', 'sent']);
    expect(await readdir(fixed)).toHaveLength(2);
  });

  it('verify creates the folder and checks it can be written', async () => {
    const folder = join(dir, 'Letters', '发件箱');
    await dispatch(handlers, 'mail:setAccount', { account: { mode: 'eml', folder, from: { name: 'T', address: 'sales@tradewind.test' } } });
    expect(await dispatch(handlers, 'mail:verify', undefined)).toEqual({ ok: true, value: { ok: true } });
    expect(await readdir(folder)).toEqual([]);
    expect(await send(testLetter(2).message)).toMatchObject({ status: 'sent', path: expect.stringContaining(folder) as unknown });
  });

  it('mail:openOutboxFolder creates the folder, then shows it', async () => {
    const result = await dispatch(handlers, 'mail:openOutboxFolder', undefined);
    expect(result).toEqual({ ok: true, value: { opened: true, path: outbox() } });
    expect(shell.openedPaths).toEqual([outbox()]);
    expect(await readdir(outbox())).toEqual([]);
  });

  it('mail:chooseOutboxFolder answers the dialog, or null when cancelled', async () => {
    const chosen = join(dir, 'chosen');
    await mkdir(chosen);
    shell.folderAnswers.push(chosen, null);
    expect(await dispatch(handlers, 'mail:chooseOutboxFolder', undefined)).toEqual({ ok: true, value: { folder: chosen } });
    expect(await dispatch(handlers, 'mail:chooseOutboxFolder', undefined)).toEqual({ ok: true, value: { folder: null } });
  });

  it('an emptied folder falls back to the default', async () => {
    const result = await dispatch(handlers, 'mail:setAccount', { account: { mode: 'eml', folder: '  ', from: { name: 'T', address: 'sales@tradewind.test' } } });
    expect(result.ok && (result.value as MailAccountState).account).toMatchObject({ mode: 'eml', folder: outbox() });
  });
});
