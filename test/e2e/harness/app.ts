import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Handlers } from '../../../src-main/ipc/dispatch';
import { createHandlers } from '../../../src-main/ipc/handlers';
import type { EventChannel, EventPayloads, InvokeArg, InvokeChannel, InvokeResult, IpcResult } from '../../../src-shared/ipc/contract';
import type { FakeShell } from '../../main/fakeShell';
import { fakeShell } from '../../main/fakeShell';
import type { IpcCall } from './bridge';
import { codec, EMIT, installBridge } from './bridge';
import { CHROMIUM, RENDERER_DIR, REPO, SCREENSHOTS } from './paths';
import type { StaticServer } from './server';
import { serveStatic } from './server';
import type { UiLanguage } from './strings';

export interface LaunchOptions {
  /** The system language the app sees on first start (navigator.languages). Default 'en-US'. */
  locale?: string;
  /** The system time zone. Default 'UTC', so dates in screenshots do not depend on the machine. */
  timezoneId?: string;
  /** The system appearance, which "follow system" follows. Default 'light'. */
  colorScheme?: 'light' | 'dark';
  /** Starts the page clock at this time (it then runs on), for screens that depend on today. */
  startTime?: Date | string;
  /** The first route, e.g. '/settings'. Default: the app's own start. */
  route?: string;
  /** Replaces parts of the fake shell (dialogs, openExternal, appInfo). */
  shell?: Partial<FakeShell>;
  /** Builds main's handlers; default createHandlers(shell). For capabilities needing more deps. */
  handlers?: (shell: FakeShell, dirs: { root: string; saveDir: string }) => Handlers;
  /** Waits until the navigation is on screen. Default true. */
  waitUntilReady?: boolean;
  /** Browser messages that are expected and are not errors (see TradewindApp.errors). */
  allowErrors?: RegExp[];
}

/** A file a test hands to the app: CSV text, or bytes (an .xlsx from a fixture). */
export interface UploadFile {
  name: string;
  content: string | Uint8Array;
  /** Default: from the extension. */
  mimeType?: string;
}

const UPLOAD_TYPES: Record<string, string> = {
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  txt: 'text/plain',
  vcf: 'text/vcard',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
};
const mimeOf = (name: string) => UPLOAD_TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
const toBuffer = (content: string | Uint8Array) => (typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content));

const APP_VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

/**
 * One running Tradewind, as the user sees it: the built renderer served from out/renderer, in
 * Chromium with a fresh profile (real IndexedDB), window.api backed by main's real dispatch and
 * handlers, and a fake shell that saves into `saveDir` and records links instead of opening them.
 */
export class TradewindApp {
  /** Every IPC call the page made, with main's answer. */
  readonly ipc: IpcCall[] = [];
  /** Uncaught page errors, console errors, failed requests: a spec should end with none. */
  readonly errors: string[] = [];
  /** The fake shell: `shell.saveAnswers`, `shell.saveRequests`, `shell.opened`. */
  readonly shell: FakeShell;
  private handlers: Handlers;
  private ipcWaiters: { test: (call: IpcCall) => boolean; resolve: (call: IpcCall) => void }[] = [];
  context!: BrowserContext;
  page!: Page;

  private constructor(
    readonly options: LaunchOptions,
    /** Temp root: profile/, saves/; removed on close (unless KEEP_E2E_TMP is set). */
    readonly root: string,
    readonly server: StaticServer,
  ) {
    const base = fakeShell(this.saveDir);
    // Stable values, so screenshots do not show a temp folder.
    base.appInfo = () => ({ version: APP_VERSION, dataPath: '/home/salesperson/.config/Tradewind', platform: 'linux', locale: options.locale ?? 'en-US' });
    this.shell = Object.assign(base, options.shell);
    this.handlers = options.handlers
      ? options.handlers(this.shell, { root, saveDir: this.saveDir })
      : // Main's own files (mail account, .eml outbox) go to this app's temp folder, not the path shown.
        createHandlers(this.shell, { dataPath: join(root, 'userData') });
  }

  get profileDir(): string {
    return join(this.root, 'profile');
  }
  /** Where the fake save dialog puts files, unless a spec answers otherwise. */
  get saveDir(): string {
    return join(this.root, 'saves');
  }
  get origin(): string {
    return this.server.origin;
  }

  static async launch(options: LaunchOptions = {}): Promise<TradewindApp> {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
      throw new Error(`No built renderer at ${RENDERER_DIR}. Run \`npm run build\` (npm run test:e2e builds first).`);
    }
    const root = await mkdtemp(join(tmpdir(), 'tradewind-e2e-'));
    const server = await serveStatic(RENDERER_DIR);
    const app = new TradewindApp(options, root, server);
    await mkdir(app.saveDir, { recursive: true });
    try {
      await app.start();
    } catch (err) {
      await app.close();
      throw err;
    }
    return app;
  }

  /** Starts the browser on the profile: the first time fresh, after restart() the same one. */
  private async start(): Promise<void> {
    const o = this.options;
    this.context = await chromium.launchPersistentContext(this.profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      locale: o.locale ?? 'en-US',
      timezoneId: o.timezoneId ?? 'UTC',
      colorScheme: o.colorScheme ?? 'light',
      acceptDownloads: false,
      serviceWorkers: 'block',
    });
    this.context.setDefaultTimeout(15_000);
    await installBridge(this.context, {
      handlers: () => this.handlers,
      appOrigin: this.origin,
      onCall: (call) => this.recordCall(call),
    });
    if (o.startTime !== undefined) await this.context.clock.install({ time: o.startTime });
    // Nothing but the app itself: a request elsewhere is an error, as the CSP would make it.
    await this.context.route(
      (url) => !url.href.startsWith(`${this.origin}/`),
      (route) => {
        this.errors.push(`request outside the app: ${route.request().url()}`);
        return route.abort('blockedbyclient');
      },
    );
    this.page = this.context.pages()[0] ?? (await this.context.newPage());
    this.watchErrors(this.page);
    await this.page.goto(`${this.origin}/${o.route ? `#${o.route.replace(/^#/, '')}` : ''}`);
    if (o.waitUntilReady ?? true) await this.waitUntilReady();
  }

  private watchErrors(page: Page): void {
    const allowed = (text: string) => (this.options.allowErrors ?? []).some((re) => re.test(text));
    const add = (text: string) => {
      if (!allowed(text)) this.errors.push(text);
    };
    page.on('pageerror', (err) => add(`page error: ${err.stack ?? err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') add(`console error: ${msg.text()}`);
    });
    page.on('requestfailed', (req) => {
      // A page reload aborts what it was loading; that is no error.
      if (req.failure()?.errorText !== 'net::ERR_ABORTED') add(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) add(`HTTP ${res.status()}: ${res.url()}`);
    });
  }

  /** Resolves when the app has booted: the navigation is on screen. Fails with what the page shows. */
  async waitUntilReady(timeout = 30_000): Promise<void> {
    try {
      await this.page.getByTestId('nav-customers').waitFor({ state: 'visible', timeout });
    } catch (err) {
      const body = await this.page
        .locator('body')
        .innerText()
        .catch(() => '(no body)');
      throw new Error(
        `The app did not start: ${String(err)}\nThe page shows: ${body.slice(0, 500)}\nErrors: ${this.errors.join('\n') || 'none'}`,
      );
    }
  }

  /** Goes to a hash route, e.g. '/customers?segment=x', as a click on a link would. */
  async goto(route: string): Promise<void> {
    const hash = `#${route.replace(/^#/, '')}`;
    await this.page.evaluate((h) => (window.location.hash = h), hash);
  }

  /** Reloads the window, as Ctrl+R would. IndexedDB and localStorage stay. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilReady();
  }

  /** Quits and starts again on the same profile and origin: what was saved must still be there. */
  async restart(): Promise<void> {
    await this.context.close();
    await this.start();
  }

  async close(): Promise<void> {
    await this.context?.close().catch(() => undefined);
    await this.server.close();
    if (!process.env['KEEP_E2E_TMP']) await rm(this.root, { recursive: true, force: true });
  }

  // ---- IPC ----

  private recordCall(call: IpcCall): void {
    this.ipc.push(call);
    for (const waiter of [...this.ipcWaiters]) {
      if (waiter.test(call)) {
        this.ipcWaiters.splice(this.ipcWaiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
  }

  /**
   * The next IPC call on `channel` (after this is called) that passes `test`. Start waiting before
   * the click that causes it: `const saved = app.waitForIpc('files:save'); await button.click();`.
   */
  waitForIpc(channel: InvokeChannel, test: (call: IpcCall) => boolean = () => true, timeout = 15_000): Promise<IpcCall> {
    return new Promise((resolve, reject) => {
      const waiter = { test: (c: IpcCall) => c.channel === channel && test(c), resolve: (c: IpcCall) => (clearTimeout(timer), resolve(c)) };
      const timer = setTimeout(() => {
        this.ipcWaiters.splice(this.ipcWaiters.indexOf(waiter), 1);
        reject(new Error(`No ${channel} call within ${timeout} ms. Calls so far: ${this.ipc.map((c) => c.channel).join(', ') || 'none'}`));
      }, timeout);
      this.ipcWaiters.push(waiter);
    });
  }

  /**
   * Calls window.api from the page, as the renderer would, and answers main's result envelope.
   * Bytes, dates and undefined survive both ways (packed with the bridge's codec).
   */
  async invoke<C extends InvokeChannel>(channel: C, arg: InvokeArg<C>): Promise<IpcResult<InvokeResult<C>>> {
    const packed = await this.page.evaluate(
      async ([ch, argText]) => {
        const { pack, unpack } = (window as unknown as { __tradewindCodec: { pack(v: unknown): string; unpack(t: string): unknown } })
          .__tradewindCodec;
        const call = (window.api as unknown as Record<string, ((a: unknown) => Promise<unknown>) | undefined>)[ch];
        if (!call) throw new Error(`window.api has no ${ch}`);
        return pack(await call(unpack(argText)));
      },
      [channel, codec.pack(arg)] as const,
    );
    return codec.unpack(packed) as IpcResult<InvokeResult<C>>;
  }

  /** Sends a main → renderer event, as webContents.send would; answers how many listeners heard it. */
  async emit<E extends EventChannel>(event: E, payload: EventPayloads[E]): Promise<number> {
    return this.page.evaluate(([name, ev, packed]) => (window as unknown as Record<string, (e: string, p: string) => number>)[name]!(ev, packed), [
      EMIT,
      event,
      codec.pack(payload),
    ] as const);
  }

  // ---- saved files ----

  /** Answers the next save dialog: a file name (in saveDir), an absolute path, or null to cancel. */
  answerNextSave(answer: string | null): void {
    this.shell.saveAnswers.push(answer === null || answer.startsWith('/') ? answer : join(this.saveDir, answer));
  }

  /** Waits for the next successful files:save and reads what was written. */
  async waitForSavedFile(timeout = 30_000): Promise<{ path: string; name: string; bytes: Buffer; text: string }> {
    const call = await this.waitForIpc('files:save', (c) => c.result.ok, timeout);
    const value = (call.result as { ok: true; value: InvokeResult<'files:save'> }).value;
    if (!value.saved) throw new Error('files:save answered saved: false');
    const bytes = await readFile(value.path);
    return { path: value.path, name: relative(this.saveDir, value.path), bytes, text: bytes.toString('utf8') };
  }

  /** Files in saveDir, relative, sorted. */
  async savedFiles(): Promise<string[]> {
    const entries = await readdir(this.saveDir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => relative(this.saveDir, join(e.parentPath, e.name)))
      .sort();
  }

  async readSaved(name: string): Promise<Buffer> {
    return readFile(join(this.saveDir, name));
  }

  // ---- files going into the app ----

  /** Picks a file in an <input type=file> (hidden ones too, e.g. Mantine's FileButton), as the OS dialog would. */
  async pickFile(input: Locator, file: UploadFile): Promise<void> {
    await input.setInputFiles({ name: file.name, mimeType: file.mimeType ?? mimeOf(file.name), buffer: toBuffer(file.content) });
  }

  /** Drags a file from the desktop onto `target`: dragenter, dragover, drop, with a real File. */
  async dropFile(target: Locator, file: UploadFile): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ([name, type, packed]) => {
        const { unpack } = (window as unknown as { __tradewindCodec: { unpack(t: string): unknown } }).__tradewindCodec;
        const transfer = new DataTransfer();
        transfer.items.add(new File([unpack(packed) as Uint8Array<ArrayBuffer>], name, { type }));
        return transfer;
      },
      [file.name, file.mimeType ?? mimeOf(file.name), codec.pack(new Uint8Array(toBuffer(file.content)))] as const,
    );
    for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer });
    await dataTransfer.dispose();
  }

  // ---- what the user sees ----

  /** The UI language on screen (the <html lang> the app sets). */
  async language(): Promise<UiLanguage> {
    return (await this.page.evaluate(() => document.documentElement.lang)) as UiLanguage;
  }

  /** The colour scheme Mantine applies. */
  async colorScheme(): Promise<'light' | 'dark'> {
    return (await this.page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'))) as 'light' | 'dark';
  }

  /**
   * Saves a 1280x800 PNG of the window to test-output/screenshots/<name>.<lang>.png, once fonts
   * have loaded, without animations or the text caret. Answers the path.
   */
  async screenshot(name: string): Promise<string> {
    const lang = await this.language();
    const path = join(SCREENSHOTS, `${name}.${lang}.png`);
    await mkdir(dirname(path), { recursive: true });
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
    await this.page.screenshot({ path, animations: 'disabled', caret: 'hide', scale: 'css' });
    return path;
  }
}

export const launchApp = (options?: LaunchOptions) => TradewindApp.launch(options);
