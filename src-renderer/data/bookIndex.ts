import type { Customer } from '../../src-shared/customer/customer';
import { type BookSort, SegmentIndex, toSegmentRow } from '../../src-shared/segment';
import { type TradewindDB, db, onDatabaseSwitch } from './db';

/** Customers read per request while loading: big enough to amortise, small enough to stay lean. */
const LOAD_PAGE = 2_000;
/** Rows of search preparation per idle slice (roughly 50 ms each at 100,000 customers). */
const PREPARE_SLICE = 10_000;
/** The list's first sort, prepared while the app is idle after loading. */
const FIRST_SORT: BookSort = { key: 'lastContactAt', dir: 'desc' };

/** What a committed write changed, as the repositories report it. */
export interface BookChange {
  upserted?: readonly Customer[];
  removed?: readonly string[];
}

/** What another window tells this one: ids only, the rows are read from the shared database. */
interface RemoteChange {
  upserted: string[];
  removed: string[];
  /** Too many to list (an import): read the whole book again. */
  reload?: boolean;
}

/** Past this many changed customers, other windows reload rather than fetch row by row. */
const ANNOUNCE_MAX = 5_000;

/**
 * The live, in-memory index of the customer book (src-shared/segment) that the list, the facet
 * counts, search and saved-segment counts read.
 *
 * - Loaded once per database from the customers table, in pages by primary key.
 * - Kept in step by the repositories, the only writers: each calls `applyBookChange` after its
 *   transaction commits, never before (an aborted write must not show).
 * - Changes that arrive while loading are queued and replayed on the loaded index, so none is lost.
 * - Other windows: a write here is announced on a BroadcastChannel with the changed ids, and the
 *   other windows re-read those rows. This is chosen over Dexie's `storagemutated` event, which
 *   fires for this window's own writes too and names changed keys only as opaque ranges; anything
 *   that writes around the repositories (a restore from backup) calls `reloadBookIndex`.
 * - A version number and `subscribeBook` let hooks re-render after every change.
 */
let index = new SegmentIndex();
let ready = false;
let loading: Promise<void> | null = null;
let pending: BookChange[] | null = null;
/** Bumps whenever the database under the index changes (closed, replaced, reloaded). */
let generation = 0;
let version = 0;
const listeners = new Set<() => void>();
let channel: BroadcastChannel | null = null;

export function getBookIndex(): SegmentIndex {
  return index;
}

export function isBookReady(): boolean {
  return ready;
}

/** Changes on every change to the index (a load, a write here or in another window). */
export function getBookVersion(): number {
  return version;
}

export function subscribeBook(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads the book into memory, once; later calls return at once (or join the running load). */
export function loadBookIndex(): Promise<void> {
  if (ready) return Promise.resolve();
  loading ??= load(db, generation);
  return loading;
}

/** Drops the index and reads the book again: after writes that bypassed the repositories. */
export function reloadBookIndex(): Promise<void> {
  reset();
  return loadBookIndex();
}

/** For repositories, after their transaction has committed. */
export function applyBookChange(change: BookChange): void {
  applyHere(change);
  announce(change);
}

async function load(database: TradewindDB, gen: number): Promise<void> {
  pending = [];
  const fresh = new SegmentIndex();
  try {
    let last: string | null = null;
    for (;;) {
      const page: Customer[] =
        last === null
          ? await database.customers.orderBy(':id').limit(LOAD_PAGE).toArray()
          : await database.customers.where(':id').above(last).limit(LOAD_PAGE).toArray();
      // Superseded (database closed, replaced or reloaded): whoever waits gets the current load.
      if (gen !== generation) return loadBookIndex();
      for (const customer of page) fresh.upsert(toSegmentRow(customer));
      if (page.length < LOAD_PAGE) break;
      last = page[page.length - 1]!.id;
    }
  } catch (error) {
    if (gen === generation) {
      loading = null;
      pending = null;
    }
    throw error;
  }
  if (gen !== generation) return loadBookIndex();
  // Writes committed during the load may or may not be in the pages read; replaying them in
  // order on top gives the final state either way.
  for (const change of pending ?? []) applyTo(fresh, change);
  pending = null;
  index = fresh;
  ready = true;
  loading = null;
  notify();
  // Build the search tokens and the first sort order in idle slices, so the first keystroke and
  // the first list render do not pay for them, and no slice blocks input for long.
  const step = () => {
    if (index === fresh && !fresh.prepare(FIRST_SORT, PREPARE_SLICE)) whenIdle(step);
  };
  whenIdle(step);
}

function applyHere(change: BookChange): void {
  if (pending) pending.push(change);
  if (ready) {
    applyTo(index, change);
    notify();
  }
}

function applyTo(target: SegmentIndex, change: BookChange): void {
  for (const customer of change.upserted ?? []) target.upsert(toSegmentRow(customer));
  for (const id of change.removed ?? []) target.remove(id);
}

function notify(): void {
  version++;
  for (const listener of listeners) listener();
}

function reset(): void {
  generation++;
  index = new SegmentIndex();
  ready = false;
  loading = null;
  pending = null;
  notify();
}

function announce(change: BookChange): void {
  const size = (change.upserted?.length ?? 0) + (change.removed?.length ?? 0);
  if (size === 0) return;
  const message: RemoteChange =
    size > ANNOUNCE_MAX
      ? { upserted: [], removed: [], reload: true }
      : { upserted: (change.upserted ?? []).map((c) => c.id), removed: [...(change.removed ?? [])] };
  channel?.postMessage(message);
}

async function onRemoteChange(message: RemoteChange): Promise<void> {
  if (!ready && !loading) return; // the next load reads the database as it is
  if (message.reload) {
    await reloadBookIndex();
    return;
  }
  const database = db;
  const rows = await database.customers.bulkGet(message.upserted);
  if (database !== db) return;
  const upserted = rows.filter((c): c is Customer => c !== undefined);
  const gone = message.upserted.filter((_, i) => rows[i] === undefined);
  applyHere({ upserted, removed: [...message.removed, ...gone] });
}

function listen(database: TradewindDB): void {
  channel?.close();
  channel = null;
  if (typeof BroadcastChannel !== 'undefined') {
    const opened = new BroadcastChannel(`tradewind-book:${database.name}`);
    opened.onmessage = (event: MessageEvent<RemoteChange>) => void onRemoteChange(event.data);
    // In Node (tests) an open channel would keep the process alive.
    (opened as unknown as { unref?: () => void }).unref?.();
    channel = opened;
  }
  // Closing (db.close(), db.delete(), another window upgrading the schema) invalidates the index.
  database.on('close', () => {
    if (database === db) reset();
  });
}

function whenIdle(task: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(task, { timeout: 2_000 });
  else setTimeout(task, 0);
}

listen(db);
onDatabaseSwitch((next) => {
  reset();
  listen(next);
});
