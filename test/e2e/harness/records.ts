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

/** The outbox as stored, read beside the app. */
export async function storedOutbox(app: TradewindApp): Promise<StoredLetter[]> {
  return app.page.evaluate(
    () =>
      new Promise<StoredLetter[]>((resolve, reject) => {
        const open = indexedDB.open('tradewind');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('outbox', 'readonly').objectStore('outbox').getAll();
          req.onsuccess = () => {
            db.close();
            resolve(
              (req.result as Array<{ messageId: string; status: string; customerId: string; batchId: string; sendAt: number; message: { to: { address: string } } }>).map(
                (m) => ({ messageId: m.messageId, status: m.status, customerId: m.customerId, batchId: m.batchId, sendAt: m.sendAt, to: m.message.to.address }),
              ),
            );
          };
          req.onerror = () => (db.close(), reject(new Error(String(req.error))));
        };
      }),
  );
}
