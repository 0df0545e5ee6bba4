import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import type { FakeShell } from './fakeShell';
import { fakeShell } from './fakeShell';

const isRoot = process.getuid?.() === 0;

let dir: string;
let shell: FakeShell;
let handlers: ReturnType<typeof createHandlers>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tradewind-handlers-'));
  shell = fakeShell(dir);
  handlers = createHandlers(shell);
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

/** Every file under `root`, relative, so a test can see that nothing but the export was left. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort();
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('files:save', () => {
  it('asks the shell where to save, then writes exactly the bytes there', async () => {
    const content = bytesOf('name,country\nÅsa Lindqvist,SE\n王伟,CN\n');
    const result = await dispatch(handlers, 'files:save', {
      suggestedName: 'customers.csv',
      bytes: content,
      filterName: 'CSV',
      extensions: ['csv'],
    });
    const path = join(dir, 'customers.csv');
    expect(result).toEqual({ ok: true, value: { saved: true, path } });
    expect(new Uint8Array(await readFile(path))).toEqual(content);
    expect(shell.saveRequests).toEqual([{ suggestedName: 'customers.csv', filterName: 'CSV', extensions: ['csv'] }]);
    expect(await listFiles(dir)).toEqual(['customers.csv']);
  });

  it('writes binary bytes unchanged, including an empty file', async () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    shell.saveAnswers.push(join(dir, 'all.bin'), join(dir, 'empty.bin'));
    await dispatch(handlers, 'files:save', { suggestedName: 'all.bin', bytes: all });
    await dispatch(handlers, 'files:save', { suggestedName: 'empty.bin', bytes: new Uint8Array() });
    expect(new Uint8Array(await readFile(join(dir, 'all.bin')))).toEqual(all);
    expect((await stat(join(dir, 'empty.bin'))).size).toBe(0);
  });

  it('replaces an existing file whole, and leaves no .part file behind', async () => {
    const path = join(dir, 'book.csv');
    await writeFile(path, 'old content that is longer than the new one');
    await dispatch(handlers, 'files:save', { suggestedName: 'book.csv', bytes: bytesOf('new') });
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await listFiles(dir)).toEqual(['book.csv']);
  });

  it('a cancelled dialog saves nothing', async () => {
    shell.saveAnswers.push(null);
    const result = await dispatch(handlers, 'files:save', { suggestedName: 'customers.csv', bytes: bytesOf('x') });
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(await listFiles(dir)).toEqual([]);
  });

  it('creates a folder that does not exist yet', async () => {
    const path = join(dir, 'exports', '2026', '十一月', 'customers.csv');
    shell.saveAnswers.push(path);
    const result = await dispatch(handlers, 'files:save', { suggestedName: 'customers.csv', bytes: bytesOf('a,b\n') });
    expect(result).toEqual({ ok: true, value: { saved: true, path } });
    expect(await readFile(path, 'utf8')).toBe('a,b\n');
  });

  it.skipIf(isRoot)('a read-only folder answers ioFailed, and leaves nothing behind', async () => {
    const folder = join(dir, 'locked');
    await mkdir(folder);
    await chmod(folder, 0o555);
    shell.saveAnswers.push(join(folder, 'customers.csv'));
    const result = await dispatch(handlers, 'files:save', { suggestedName: 'customers.csv', bytes: bytesOf('x') });
    expect(result).toMatchObject({ ok: false, error: { code: 'ioFailed' } });
    await chmod(folder, 0o755);
    expect(await listFiles(dir)).toEqual([]);
  });

  // These fail for root too, so they also run in CI, which runs as root.
  it('a target that is a folder answers ioFailed, and leaves no .part file behind', async () => {
    const folder = join(dir, 'customers.csv');
    await mkdir(folder);
    await writeFile(join(folder, 'keep.txt'), 'keep');
    const result = await dispatch(handlers, 'files:save', { suggestedName: 'customers.csv', bytes: bytesOf('x') });
    expect(result).toMatchObject({ ok: false, error: { code: 'ioFailed' } });
    expect(await listFiles(dir)).toEqual(['customers.csv/keep.txt']);
  });

  it('a folder path that runs through a file answers ioFailed', async () => {
    await writeFile(join(dir, 'a-file'), 'x');
    shell.saveAnswers.push(join(dir, 'a-file', 'sub', 'customers.csv'));
    const result = await dispatch(handlers, 'files:save', { suggestedName: 'customers.csv', bytes: bytesOf('x') });
    expect(result).toMatchObject({ ok: false, error: { code: 'ioFailed' } });
    if (!result.ok) expect(result.error.message).toMatch(/ENOTDIR|EEXIST/);
    expect(await listFiles(dir)).toEqual(['a-file']);
  });

  it('a dialog that fails answers internal, not a rejection', async () => {
    const failing = createHandlers({
      ...shell,
      chooseSavePath: () => Promise.reject(new Error('no window')),
    });
    await expect(dispatch(failing, 'files:save', { suggestedName: 'a.csv', bytes: bytesOf('x') })).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: 'no window' },
    });
  });

  it('never asks the shell when the argument is bad', async () => {
    const result = await dispatch(handlers, 'files:save', { suggestedName: '../evil.sh', bytes: bytesOf('x') });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidArgument' } });
    expect(shell.saveRequests).toEqual([]);
  });
});

describe('shell:openExternal', () => {
  it.each(['https://example.com/', 'http://example.com/catalogue?lang=zh', 'mailto:buyer@example.com?subject=Quote'])(
    'opens %s',
    async (url) => {
      const result = await dispatch(handlers, 'shell:openExternal', { url });
      expect(result).toEqual({ ok: true, value: { opened: true } });
      expect(shell.opened).toEqual([url]);
    },
  );

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'file:///etc/passwd',
    'file://C:/Windows/System32/calc.exe',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'ftp://example.com/',
    '//example.com',
    'example.com',
    '',
  ])('refuses %j without reaching the shell', async (url) => {
    const result = await dispatch(handlers, 'shell:openExternal', { url });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidArgument' } });
    expect(shell.opened).toEqual([]);
  });
});

describe('app:info', () => {
  it('answers what the shell reports', async () => {
    const result = await dispatch(handlers, 'app:info', undefined);
    expect(result).toEqual({ ok: true, value: shell.appInfo() });
  });
});
