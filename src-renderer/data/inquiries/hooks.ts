import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../db';
import { type InquiryCounts, countInquiries, listInquiryQueue } from './queue';
import type { InquiryRecord } from './records';

/** How often "overdue" is looked at again without any change in the data. */
const CLOCK_TICK_MS = 60_000;

/** The current time, moving every minute: overdue is a matter of time as well as of data. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The inbox in queue order (see compareForQueue): every inquiry not archived. Undefined while loading. */
export function useInquiryQueue(): InquiryRecord[] | undefined {
  const now = useMinuteClock();
  return useLiveQuery(() => listInquiryQueue(now), [now]);
}

/** One inquiry; the answer carries its id, so switching inquiries shows "loading", not the last one. */
export function useInquiry(id: string | null | undefined): { data: InquiryRecord | undefined; isLoading: boolean } {
  const answer = useLiveQuery(async () => ({ id, inquiry: id ? await db.inquiries.get(id) : undefined }), [id]);
  const current = answer && answer.id === id ? answer : undefined;
  return { data: current?.inquiry, isLoading: current === undefined };
}

/** Unqualified and overdue inquiries, for Today and the navigation badge. Undefined while loading. */
export function useInquiryCounts(): InquiryCounts | undefined {
  const now = useMinuteClock();
  return useLiveQuery(() => countInquiries(now), [now]);
}

/** The inquiries linked to a customer, newest first (the customer page). */
export function useCustomerInquiries(customerId: string | null | undefined): InquiryRecord[] | undefined {
  const answer = useLiveQuery(
    async () => ({
      customerId,
      rows: customerId ? (await db.inquiries.where('customerId').equals(customerId).toArray()).sort((a, b) => b.receivedAtMs - a.receivedAtMs) : [],
    }),
    [customerId],
  );
  return answer && answer.customerId === customerId ? answer.rows : undefined;
}
