import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import type { Customer, Interaction } from '../../src-shared/customer/customer';
import { useSegmentCounts } from './bookHooks';
import { type SavedSegment, db } from './db';
import { readTimeline } from './interactions';
import { setSetting } from './settings';

/**
 * Live reads of single records through Dexie's liveQuery: they re-render when the rows they read
 * change, in this window or another. Each answer carries the key it was read for, so a component
 * that switches ids shows "loading" instead of the previous record for a moment.
 */
export function useCustomer(id: string | null | undefined): { data: Customer | undefined; isLoading: boolean } {
  const answer = useLiveQuery(async () => ({ id, customer: id ? await db.customers.get(id) : undefined }), [id]);
  const current = answer && answer.id === id ? answer : undefined;
  return { data: current?.customer, isLoading: current === undefined };
}

/** The customers of the visible slice of a virtual list, by id; keeps the last slice while reading. */
export function useCustomersWindow(ids: readonly string[]): Map<string, Customer> {
  const key = ids.join('\n');
  const rows = useLiveQuery(() => db.customers.bulkGet(key ? key.split('\n') : []), [key]);
  return useMemo(() => {
    const map = new Map<string, Customer>();
    for (const c of rows ?? []) if (c) map.set(c.id, c);
    return map;
  }, [rows]);
}

/** A customer's timeline (entries and sent letters), newest first; undefined while loading. */
export function useTimeline(customerId: string | null | undefined): Interaction[] | undefined {
  const answer = useLiveQuery(async () => ({ customerId, entries: customerId ? await readTimeline(customerId) : [] }), [customerId]);
  return answer && answer.customerId === customerId ? answer.entries : undefined;
}

/** Saved segments, oldest first, each with its live count; undefined while loading. */
export function useSegments(): Array<SavedSegment & { count: number }> | undefined {
  const segments = useLiveQuery(() => db.segments.orderBy('createdAt').toArray(), []);
  return useSegmentCounts(segments);
}

/** A setting and its setter; the fallback stands in while loading and when it was never set. */
export function useSetting<T>(key: string, fallback: T): [T, (value: T) => Promise<void>] {
  const answer = useLiveQuery(async () => ({ key, record: await db.settings.get(key) }), [key]);
  const value = answer && answer.key === key && answer.record !== undefined ? (answer.record.value as T) : fallback;
  const set = useCallback((next: T) => setSetting(key, next), [key]);
  return [value, set];
}
