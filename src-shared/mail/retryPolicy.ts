import type { MailFailureKind } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Waits before each retry of a temporary (4xx) or network failure: the n-th failure waits
 * RETRY_DELAYS_MS[n - 1]. A greylisting server usually accepts after a few minutes; an hour-long
 * outage is covered by the later steps; after the last one the message is marked failed and the
 * salesperson decides.
 */
export const RETRY_DELAYS_MS: readonly number[] = [1 * MINUTE, 5 * MINUTE, 15 * MINUTE, 1 * HOUR, 4 * HOUR];

/** Only these are retried automatically: nothing was handed over, and trying later may work. */
const RETRYABLE: ReadonlySet<MailFailureKind> = new Set(['temporary', 'network']);

/**
 * What to do after a failed attempt. `attempts` counts the failed attempts so far, this one
 * included (1 after the first failure). Other kinds never retry: auth pauses the whole queue
 * (handled by the sender), permanent and invalid will fail again, and uncertain may have been sent.
 */
export function nextAttempt(kind: MailFailureKind, attempts: number, now: number): { retryAt: number } | { giveUp: true } {
  if (!RETRYABLE.has(kind)) return { giveUp: true };
  const delay = RETRY_DELAYS_MS[Math.max(1, Math.floor(attempts)) - 1];
  return delay === undefined ? { giveUp: true } : { retryAt: now + delay };
}
