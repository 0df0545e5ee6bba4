import { Dexie, type EntityTable } from 'dexie';
import type { Customer, Interaction } from '../../src-shared/customer/customer';
import type { LetterTemplate } from '../../src-shared/letters/types';
import type { SegmentFilter } from '../../src-shared/segment';
import type { InquiryRecord } from './inquiries/records';
import type { OutboxMessage, Suppression } from './letters/records';

/** A segment the salesperson saved from the list: a name and a normalised filter. */
export interface SavedSegment {
  id: string;
  name: string;
  filter: SegmentFilter;
  createdAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * Version 1 of the schema. Every version ever shipped stays declared here, in order; a version
 * that reshapes data gets an upgrade function, written as a pure function in src-shared (so it
 * is tested in Node) and wired in with `.upgrade()`.
 *
 * customers: the list's filters, sort and search run on the in-memory book index, so most
 * indexes serve the repositories and anything that must work without the index:
 * - nameKey, *emails, domain: duplicate checks on create, edit and import;
 * - sample: removing the sample book (sparse: only sample rows carry the field);
 * - nextFollowUpAt, lastContactAt: reminders and "gone silent" checks (null dates are not indexed);
 * - country, level, background, stage, source, *tags: direct queries by later features (mail to a
 *   segment without the index loaded) and the benchmarks' single-index baseline.
 * Each index costs every write, so none is declared for a query nobody makes.
 * interactions: a customer's timeline in time order, and re-pointing on merge and delete.
 */
export const SCHEMA_V1 = {
  customers:
    'id, nameKey, country, level, background, stage, source, *tags, *emails, domain, lastContactAt, nextFollowUpAt, sample',
  interactions: 'id, customerId, [customerId+at]',
  segments: 'id, createdAt',
  settings: 'key',
} as const;

/**
 * Version 2: letters and mail. New tables only; nothing existing is reshaped, so no upgrade
 * function (opening a version-1 book keeps every customer and adds these empty).
 * - templates: the template list by kind, and "recently edited";
 * - outbox: the sender's pick of due letters is `[status+sendAt]` (queued or scheduled, sendAt up
 *   to now, in order), and so are the counts per status (see countOutbox: the sender's scans keep
 *   that index free of stale entries); status, batchId and customerId list the outbox screen and
 *   a customer's letters (their timeline shows the sent ones: a letter is stored once); `[batchId+status]`
 *   counts a batch's progress without reading its letters (a progress bar redrawn on every sent
 *   letter must not read a thousand bodies each time); no index on messageId until something
 *   looks letters up by it (bounce handling): each index is written twice per letter sent;
 * - suppressions: addresses never to write to again, by address;
 * - inquiries (issue 4, added before v2 shipped): the inbox reads by status (not archived), the
 *   Today counts by replyByMs (overdue), the customer page by customerId; receivedAtMs and score
 *   order lists without reading every record; fingerprint finds an inquiry captured again.
 */
export const SCHEMA_V2 = {
  templates: 'id, kind, updatedAt',
  outbox: 'id, status, batchId, customerId, [status+sendAt], [batchId+status]',
  suppressions: 'address',
  inquiries: 'id, status, receivedAtMs, replyByMs, customerId, score, fingerprint',
} as const;

export class TradewindDB extends Dexie {
  customers!: EntityTable<Customer, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  segments!: EntityTable<SavedSegment, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  templates!: EntityTable<LetterTemplate, 'id'>;
  outbox!: EntityTable<OutboxMessage, 'id'>;
  suppressions!: EntityTable<Suppression, 'address'>;
  inquiries!: EntityTable<InquiryRecord, 'id'>;

  constructor(name: string) {
    // Relaxed durability: Chromium reports a commit once the OS has the data, without waiting for
    // a disk flush. An app crash loses nothing; only a power cut in that instant could.
    super(name, { chromeTransactionDurability: 'relaxed' });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
  }
}

export const DEFAULT_DATABASE_NAME = 'tradewind';

/**
 * The one database the app works on. A live binding: `openDatabase` replaces it, and every
 * repository and hook reads it at call time, so they all follow.
 */
export let db = new TradewindDB(DEFAULT_DATABASE_NAME);

const switchListeners = new Set<(next: TradewindDB) => void>();

/**
 * Makes the named database the one the app works on (tests give each file its own; an end-to-end
 * run may start on a fresh one). The previous one is closed and the book index starts over.
 */
export function openDatabase(name: string): TradewindDB {
  if (db.name === name && !db.hasBeenClosed()) return db;
  db.close();
  db = new TradewindDB(name);
  for (const listener of switchListeners) listener(db);
  return db;
}

/** For the book index: learn when the database is replaced. */
export function onDatabaseSwitch(listener: (next: TradewindDB) => void): () => void {
  switchListeners.add(listener);
  return () => switchListeners.delete(listener);
}
