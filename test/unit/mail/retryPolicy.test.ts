import { describe, expect, it } from 'vitest';
import { RETRY_DELAYS_MS, nextAttempt } from '../../../src-shared/mail/retryPolicy';
import type { MailFailureKind } from '../../../src-shared/mail/types';

const MIN = 60_000;
const NOW = 1_700_000_000_000;

describe('nextAttempt', () => {
  it.each<MailFailureKind>(['temporary', 'network'])('%s: waits 1 min, 5 min, 15 min, 1 h, 4 h, then gives up', (kind) => {
    const waits = [1, 2, 3, 4, 5].map((n) => {
      const next = nextAttempt(kind, n, NOW);
      if (!('retryAt' in next)) throw new Error(`gave up after ${n}`);
      return (next.retryAt - NOW) / MIN;
    });
    expect(waits).toEqual([1, 5, 15, 60, 240]);
    expect(nextAttempt(kind, 6, NOW)).toEqual({ giveUp: true });
    expect(nextAttempt(kind, 60, NOW)).toEqual({ giveUp: true });
  });

  it('treats a count below one as the first failure', () => {
    expect(nextAttempt('temporary', 0, NOW)).toEqual({ retryAt: NOW + MIN });
    expect(nextAttempt('network', -3, NOW)).toEqual({ retryAt: NOW + MIN });
  });

  it.each<MailFailureKind>(['auth', 'permanent', 'uncertain', 'invalid'])('%s never retries', (kind) => {
    expect(nextAttempt(kind, 1, NOW)).toEqual({ giveUp: true });
  });

  it('has five steps, each longer than the last', () => {
    expect(RETRY_DELAYS_MS).toHaveLength(5);
    for (let i = 1; i < RETRY_DELAYS_MS.length; i++) expect(RETRY_DELAYS_MS[i]!).toBeGreaterThan(RETRY_DELAYS_MS[i - 1]!);
  });
});
