import type { Page } from 'playwright-core';
import type { TradewindApp } from './app';

/**
 * The app's IndexedDB read and written beside the app, for set-up that other features' screens own
 * and for checking what was stored. Dexie does not see raw writes: reload the page after them.
 */

export interface StoredLetter {
  messageId: string;
  status: string;
  customerId: string;
  batchId: string;
  sendAt: number;
  to: string;
}

/** Puts a record straight into the app's IndexedDB (setup the UI of other features owns). */
export async function putRecord(app: TradewindApp, store: string, value: unknown): Promise<void> {
  await app.page.evaluate(
    ([name, record]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tradewind');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(name, 'readwrite');
          tx.objectStore(name).put(record);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => (db.close(), reject(new Error(String(tx.error))));
        };
      }),
    [store, value] as const,
  );
}

/**
 * Every record of a store, read beside the app (not through its screens). The page is enough: the
 * page objects hold a page, not the app.
 */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('tradewind');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => (db.close(), resolve(req.result as T[]));
          req.onerror = () => (db.close(), reject(new Error(String(req.error))));
        };
      }),
    store,
  );
}

type OutboxRow = { messageId: string; status: string; customerId: string; batchId: string; sendAt: number; message: { to: { address: string } } };

/** The outbox as stored, read beside the app. */
export async function storedOutbox(app: TradewindApp): Promise<StoredLetter[]> {
  const rows = await readStore<OutboxRow>(app.page, 'outbox');
  return rows.map((m) => ({ messageId: m.messageId, status: m.status, customerId: m.customerId, batchId: m.batchId, sendAt: m.sendAt, to: m.message.to.address }));
}
