import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { LaunchOptions } from './app';
import { TradewindApp } from './app';

/**
 * A fresh app for the tests of a file (default) or for each test (`{ per: 'test' }`), closed
 * afterwards. Use it at the top of a describe or file:
 *
 *   const app = useApp({ locale: 'zh-CN' });
 *   it('…', async () => { await app.page.getByTestId('nav-settings').click(); });
 *
 * The returned object forwards to the running TradewindApp; touch it only inside tests and hooks.
 */
export function useApp(options: LaunchOptions & { per?: 'file' | 'test' } = {}): TradewindApp {
  let app: TradewindApp | undefined;
  const start = async () => {
    app = await TradewindApp.launch(options);
  };
  const stop = async () => {
    await app?.close();
    app = undefined;
  };
  if (options.per === 'test') {
    beforeEach(start);
    afterEach(stop);
  } else {
    beforeAll(start);
    afterAll(stop);
  }
  return new Proxy({} as TradewindApp, {
    get(_target, key) {
      if (!app) throw new Error(`useApp: the app is not running (reading ${String(key)} outside a test?)`);
      const value = Reflect.get(app, key, app) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(app) : value;
    },
  });
}
