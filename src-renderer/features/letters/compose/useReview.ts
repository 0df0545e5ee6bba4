import { useEffect, useState } from 'react';
import type { Customer } from '../../../../src-shared/customer/customer';
import type { LetterTemplate, SenderProfile, TemplateProblem } from '../../../../src-shared/letters/types';
import { callMain } from '../../../app/mainApi';
import { DEFAULT_RECENT_CONTACT_DAYS, getSetting, getSuppressedSet, loadCalendar } from '../../../data';
import type { Timing } from './queueBatch';
import { prepareReview, type ReviewItem, type SendTime, TemplateBrokenError } from './reviewModel';

export type ReviewState =
  | { status: 'rendering'; done: number; total: number }
  | { status: 'ready'; items: ReviewItem[]; now: number }
  | { status: 'broken'; language: string; problems: TemplateProblem[] }
  | { status: 'error'; error: unknown };

/**
 * When each customer's letter goes, for the timing chosen (the greeting depends on it), and what
 * their calendar and clock say about that moment. The calendar (every country's holiday rules,
 * about 1 MB) is loaded on the first review, not at start-up. Holiday names are English in both UI
 * languages: date-holidays' Chinese names mix traditional characters (聖誕節) with simplified ones,
 * which reads as a fault in zh-CN.
 */
async function sendAtFor(timing: Timing, now: number): Promise<(customer: Customer) => SendTime> {
  const { closedAt, workingMorning } = await loadCalendar();
  if (timing.mode === 'nextMorning') return (customer) => ({ ...workingMorning(now, customer), closed: null });
  const at = timing.mode === 'at' ? timing.at : now;
  return (customer) => ({ at, skipped: [], closed: closedAt(at, customer) });
}

/**
 * Every recipient's letter, rendered and checked; rendered again when the template, its inputs or
 * the timing change. A newer run makes an older one stop between chunks.
 */
export function useReview(
  customers: readonly Customer[],
  template: LetterTemplate | undefined,
  profile: SenderProfile,
  extra: Record<string, unknown>,
  timing: Timing,
  runKey: number,
): ReviewState {
  const [state, setState] = useState<ReviewState>({ status: 'rendering', done: 0, total: customers.length });
  const key = JSON.stringify([template?.id, template?.updatedAt, extra, timing, runKey]);
  useEffect(() => {
    if (!template) return;
    let cancelled = false;
    const run = async () => {
      const now = Date.now();
      const [bounced, recentDays, sendTimes] = await Promise.all([
        getSuppressedSet(),
        getSetting<number>('recentContactDays', DEFAULT_RECENT_CONTACT_DAYS),
        sendAtFor(timing, now),
      ]);
      const items = await prepareReview(
        customers,
        { template, profile, extra, sendAtFor: sendTimes, bounced, recentDays, now },
        (arg) => callMain('letters:render', arg),
        (done, total) => !cancelled && setState({ status: 'rendering', done, total }),
        () => cancelled,
      );
      if (!cancelled && items) setState({ status: 'ready', items, now });
    };
    run().catch((error: unknown) => {
      if (cancelled) return;
      if (error instanceof TemplateBrokenError) setState({ status: 'broken', language: error.language, problems: error.problems });
      else setState({ status: 'error', error });
    });
    return () => {
      cancelled = true;
    };
    // `key` stands for template, extra, timing and runKey by content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, customers, profile]);
  return state;
}
