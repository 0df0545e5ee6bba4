import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeChannelNames } from '../../src-shared/ipc/channels';
import { codec } from './harness/bridge';
import { useApp } from './harness/fixture';
import type { StaticServer } from './harness/server';
import { serveStatic } from './harness/server';

/** The harness itself: if these fail, the other e2e specs cannot be trusted. */

function get(origin: string, path: string): Promise<{ status: number; type: string; body: string; csp: string }> {
  return new Promise((resolve, reject) => {
    // A raw path, so "../" reaches the server as typed.
    const req = request(`${origin}/`, { path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          body,
          csp: String(res.headers['content-security-policy'] ?? ''),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static server', () => {
  let root: string;
  let server: StaticServer;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tradewind-server-'));
    await mkdir(join(root, 'www', 'assets'), { recursive: true });
    await writeFile(join(root, 'www', 'index.html'), '<!doctype html><title>t</title>');
    await writeFile(join(root, 'secret.txt'), 'outside');
    for (const name of ['a.js', 'a.mjs', 'a.css', 'a.woff2', 'a.svg', 'a.json', 'a.png', 'a.wasm', 'a.unknownext', '中文 名.js']) {
      await writeFile(join(root, 'www', 'assets', name), 'x');
    }
    server = await serveStatic(join(root, 'www'));
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 at a random port', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves index.html for /, with the app CSP header', async () => {
    const res = await get(server.origin, '/');
    expect(res).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html><title>t</title>' });
    expect(res.csp).toContain("script-src 'self'");
  });

  it.each([
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.woff2', 'font/woff2'],
    ['a.svg', 'image/svg+xml'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.png', 'image/png'],
    ['a.wasm', 'application/wasm'],
    ['a.unknownext', 'application/octet-stream'],
    ['%E4%B8%AD%E6%96%87%20%E5%90%8D.js', 'text/javascript; charset=utf-8'],
  ])('serves %s as %s', async (name, type) => {
    expect(await get(server.origin, `/assets/${name}?v=1`)).toMatchObject({ status: 200, type });
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/..%5csecret.txt'])(
    'never serves a file outside the root: %s',
    async (path) => {
      const res = await get(server.origin, path);
      expect(res.body).not.toBe('outside');
      expect([400, 403, 404]).toContain(res.status);
    },
  );

  it('answers 404 for a missing file and 400 for a broken escape', async () => {
    expect((await get(server.origin, '/nope.js')).status).toBe(404);
    expect((await get(server.origin, '/%E0%A4%A')).status).toBe(400);
  });
});

describe('the codec carries what structured clone carries', () => {
  const samples: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['text', 'Åsa 王伟 🚢'],
    ['numbers', [0, -0, 1.5, NaN, Infinity, -Infinity]],
    ['bigint', 12345678901234567890n],
    ['bytes', new Uint8Array([0, 1, 127, 128, 255])],
    ['a byte view into a larger buffer', new Uint8Array([9, 9, 1, 2, 3, 9]).subarray(2, 5)],
    ['other views', [new Uint16Array([1, 65535]), new Float64Array([1.5, -2]), new DataView(new Uint8Array([1, 2]).buffer)]],
    ['an ArrayBuffer', new Uint8Array([5, 6, 7]).buffer],
    ['a date', new Date('2026-11-26T12:00:00Z')],
    ['a map and a set', { m: new Map<unknown, unknown>([['a', 1], [2, new Uint8Array([3])]]), s: new Set(['x', 'y']) }],
    ['undefined inside', { a: undefined, b: [undefined, 1] }],
    ['a regexp and an error', [/a+b/gi, new TypeError('bad')]],
    ['an object that uses the marker key', { __tw: 'Uint8Array', base64: 'AAAA' }],
  ];

  it.each(samples)('in Node: %s', (_name, value) => {
    expect(codec.unpack(codec.pack(value))).toEqual(value);
  });

  it('refuses functions and cycles, as structured clone does', () => {
    expect(() => codec.pack({ f: () => 1 })).toThrow(/could not be cloned/);
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(() => codec.pack(cycle)).toThrow(/could not be cloned/);
  });

  it('turns a Node Buffer into a Uint8Array', () => {
    const back = codec.unpack(codec.pack(Buffer.from('hi')));
    expect(back).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(back)).toBe(false);
  });

  describe('through the page and back', () => {
    const app = useApp();
    it('round-trips every sample, and 3 MB of bytes', async () => {
      const viaPage = (value: unknown) =>
        app.page
          .evaluate((text) => {
            const c = (window as unknown as { __tradewindCodec: { pack(v: unknown): string; unpack(t: string): unknown } }).__tradewindCodec;
            return c.pack(c.unpack(text));
          }, codec.pack(value))
          .then((text) => codec.unpack(text));
      for (const [name, value] of samples) expect(await viaPage(value), name).toEqual(value);
      const big = Uint8Array.from({ length: 3 * 1024 * 1024 }, (_, i) => (i * 7) % 256);
      const back = await viaPage(big);
      expect(back).toBeInstanceOf(Uint8Array);
      // Buffer.equals: toEqual would walk 3 million elements one by one.
      expect(Buffer.from(back as Uint8Array).equals(Buffer.from(big))).toBe(true);
    });
  });
});

describe('window.api in the page', () => {
  const app = useApp();

  it('is exactly the contract: one function per channel, and on()', async () => {
    const keys = await app.page.evaluate(() => Object.keys(window.api).sort());
    expect(keys).toEqual([...invokeChannelNames, 'on'].sort());
    expect(await app.page.evaluate(() => Object.isFrozen(window.api))).toBe(true);
  });

  it('cannot be replaced by the page', async () => {
    const replaced = await app.page.evaluate(() => {
      try {
        (window as unknown as { api: unknown }).api = {};
      } catch {
        /* strict mode would throw */
      }
      return Object.keys(window.api).length;
    });
    expect(replaced).toBe(invokeChannelNames.length + 1);
  });

  it('reaches main: app:info answers the fake shell', async () => {
    expect(await app.invoke('app:info', undefined)).toEqual({ ok: true, value: app.shell.appInfo() });
    expect(app.ipc.at(-1)).toMatchObject({ channel: 'app:info', senderUrl: expect.stringContaining(app.origin) });
  });

  it('rejects an argument that cannot be cloned, before main sees it', async () => {
    const message = await app.page.evaluate(() =>
      window.api['shell:openExternal']({ url: (() => 1) as unknown as string }).then(
        () => 'resolved',
        (err: Error) => err.message,
      ),
    );
    expect(message).toMatch(/could not be cloned/);
  });

  it('delivers main → renderer events, and on() returns its unsubscribe', async () => {
    await app.page.evaluate(() => {
      const w = window as unknown as { heard: unknown[]; stop: () => void };
      w.heard = [];
      w.stop = window.api.on('app:second-instance', (payload) => w.heard.push(payload));
    });
    expect(await app.emit('app:second-instance', { argv: ['tradewind', '--x'] })).toBe(1);
    expect(await app.page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([{ argv: ['tradewind', '--x'] }]);
    await app.page.evaluate(() => (window as unknown as { stop: () => void }).stop());
    expect(await app.emit('app:second-instance', { argv: [] })).toBe(0);
    await expect(app.page.evaluate(() => window.api.on('nope' as never, () => undefined))).rejects.toThrow(/Unknown event/);
  });

  it('hands files to the page, picked or dropped', async () => {
    await app.page.evaluate(() => {
      const w = window as unknown as { got: string[] };
      w.got = [];
      const input = Object.assign(document.createElement('input'), { type: 'file', id: 'tw-pick', hidden: true });
      input.addEventListener('change', async () => {
        const f = input.files?.[0];
        if (f) w.got.push(`picked ${f.name} ${f.type} ${await f.text()}`);
      });
      const zone = Object.assign(document.createElement('div'), { id: 'tw-drop', textContent: 'drop here' });
      zone.addEventListener('dragover', (e) => e.preventDefault());
      zone.addEventListener('drop', async (e) => {
        e.preventDefault();
        const f = e.dataTransfer?.files[0];
        if (f) w.got.push(`dropped ${f.name} ${f.type} ${new Uint8Array(await f.arrayBuffer()).join(',')}`);
      });
      document.body.append(input, zone);
    });
    await app.pickFile(app.page.locator('#tw-pick'), { name: '客户.csv', content: 'name\n王伟' });
    await app.dropFile(app.page.locator('#tw-drop'), { name: 'book.xlsx', content: new Uint8Array([80, 75, 3, 4]) });
    await expect.poll(() => app.page.evaluate(() => (window as unknown as { got: string[] }).got)).toEqual([
      'picked 客户.csv text/csv name\n王伟',
      'dropped book.xlsx application/vnd.openxmlformats-officedocument.spreadsheetml.sheet 80,75,3,4',
    ]);
  });

  it('ran without errors in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
