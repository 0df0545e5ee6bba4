import { createImportEngine, toFailure } from './importEngine';
import type { ImportEnvelope, ImportResponse } from './importProtocol';

/**
 * The import's Web Worker: reading, parsing and validating 100,000 rows here keeps the window
 * responsive. Requests are handled one at a time, in order, which is all the wizard asks for.
 */
const engine = createImportEngine();
// Typed by hand: the project's lib is the DOM's, whose `self` is a Window.
const scope = self as unknown as { postMessage(message: ImportResponse): void };
const post = (message: ImportResponse) => scope.postMessage(message);

self.onmessage = (event: MessageEvent<ImportEnvelope>) => {
  const { id, ...request } = event.data;
  try {
    const result = engine.handle(request, (done, total) => post({ id, type: 'progress', done, total }));
    post({ id, type: 'result', result });
  } catch (err) {
    post({ id, type: 'error', failure: toFailure(err) });
  }
};
