import { createImportEngine, toFailure } from './importEngine';
import type { ImportEnvelope, ImportFailure, ImportRequest, ImportResponse, ImportResults } from './importProtocol';

/** A request that failed; `failure` says why in a form the wizard translates. */
export class ImportRequestError extends Error {
  constructor(readonly failure: ImportFailure) {
    super(failure.kind === 'unexpected' ? failure.message : failure.kind === 'table' ? failure.code : 'file lost');
    this.name = 'ImportRequestError';
  }
}

type Pending = {
  envelope: ImportEnvelope;
  resolve(v: unknown): void;
  reject(e: unknown): void;
  progress?: (done: number, total: number) => void;
};

/**
 * Talks to the import worker. The worker starts with the first request (and again after
 * `dispose`), so React's double mount in development costs nothing. When the worker cannot start
 * (an old runtime, a packaging problem), the same engine runs on the page instead: slower for huge
 * files, but the import still works.
 */
export class ImportClient {
  private worker: Worker | null = null;
  private fallback: ReturnType<typeof createImportEngine> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private start(): void {
    if (this.worker || this.fallback) return;
    try {
      this.worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<ImportResponse>) => this.receive(e.data);
      this.worker.onerror = (e) => {
        // The worker script itself failed (it could not load): answer everything from the page.
        e.preventDefault();
        this.switchToFallback();
      };
    } catch {
      this.switchToFallback();
    }
  }

  request<T extends ImportRequest['type']>(
    request: Extract<ImportRequest, { type: T }>,
    progress?: (done: number, total: number) => void,
  ): Promise<ImportResults[T]> {
    const id = this.nextId++;
    const envelope: ImportEnvelope = { ...request, id };
    this.start();
    return new Promise<ImportResults[T]>((resolve, reject) => {
      this.pending.set(id, { envelope, resolve: resolve as (v: unknown) => void, reject, progress });
      // Copied, not transferred: should the worker fail to load, the page still has the bytes to retry with.
      if (this.worker) this.worker.postMessage(envelope);
      else this.runOnPage(envelope);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.fallback = null;
    for (const p of this.pending.values()) p.reject(new ImportRequestError({ kind: 'unexpected', message: 'cancelled' }));
    this.pending.clear();
  }

  private receive(message: ImportResponse): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === 'progress') {
      pending.progress?.(message.done, message.total);
      return;
    }
    this.pending.delete(message.id);
    if (message.type === 'result') pending.resolve(message.result);
    else pending.reject(new ImportRequestError(message.failure));
  }

  private switchToFallback(): void {
    this.worker?.terminate();
    this.worker = null;
    this.fallback ??= createImportEngine();
    // Requests the dead worker never answered run on the page. A worker that died after reading the
    // file took the table with it: those requests fail with "choose the file again".
    for (const p of this.pending.values()) this.runOnPage(p.envelope);
  }

  private runOnPage(envelope: ImportEnvelope): void {
    const { id, ...request } = envelope;
    // Next macrotask, so the page can paint its "reading…" state before the work blocks it.
    window.setTimeout(() => {
      try {
        const engine = (this.fallback ??= createImportEngine());
        const result = engine.handle(request, (done, total) => this.receive({ id, type: 'progress', done, total }));
        this.receive({ id, type: 'result', result });
      } catch (err) {
        this.receive({ id, type: 'error', failure: toFailure(err) });
      }
    }, 0);
  }
}
