import { useLiveQuery } from 'dexie-react-hooks';
import type { LetterTemplate } from '../../../src-shared/letters/types';
import { db } from '../db';
import { useThrottledTableRead } from '../throttledRead';
import { type BatchProgress, type OpenOutboxCounts, type OutboxCounts, type OutboxFilter, countOpenOutbox, countOutbox, listOutbox, readBatchProgress } from './queries';
import type { OutboxMessage, OutboxPause, Suppression } from './records';
import { listTemplates } from './templates';

/**
 * Live reads for the letters screens (useLiveQuery, like recordHooks.ts): they re-render when the
 * rows they read change, in this window or another. Undefined while loading. The outbox's lists
 * and counts are read at most a few times a second while a batch is going (see throttledRead.ts).
 */
export function useTemplates(): LetterTemplate[] | undefined {
  return useLiveQuery(listTemplates, []);
}

/** One template; the answer carries its id, so switching templates shows "loading", not the last one. */
export function useTemplate(id: string | null | undefined): { data: LetterTemplate | undefined; isLoading: boolean } {
  const answer = useLiveQuery(async () => ({ id, template: id ? await db.templates.get(id) : undefined }), [id]);
  const current = answer && answer.id === id ? answer : undefined;
  return { data: current?.template, isLoading: current === undefined };
}

/** Outbox letters, newest first; see listOutbox. */
export function useOutbox({ status, batchId, limit }: OutboxFilter): OutboxMessage[] | undefined {
  return useThrottledTableRead('outbox', () => listOutbox({ status, batchId, limit }), [status, batchId, limit]);
}

/** A batch's progress (see BatchProgress); undefined while loading or without a batch. */
export function useBatchProgress(batchId: string | null | undefined): BatchProgress | undefined {
  const answer = useThrottledTableRead('outbox', async () => (batchId ? await readBatchProgress(batchId) : null), [batchId]);
  return answer ?? undefined;
}

/** Letters per status over the whole outbox (the outbox tabs). */
export function useOutboxCounts(): OutboxCounts | undefined {
  return useThrottledTableRead('outbox', countOutbox, []);
}

/** Letters waiting, going or needing the salesperson (the nav badge, on every screen). */
export function useOpenOutboxCounts(): OpenOutboxCounts | undefined {
  return useThrottledTableRead('outbox', countOpenOutbox, []);
}

/** Every suppressed address, most recent first. */
export function useSuppressions(): Suppression[] | undefined {
  return useLiveQuery(async () => (await db.suppressions.toArray()).sort((a, b) => b.at - a.at), []);
}

/** Why the outbox is paused (an authentication failure), or null while it sends. */
export function useOutboxPaused(): OutboxPause | null | undefined {
  return useLiveQuery(async () => ((await db.settings.get('outboxPaused'))?.value as OutboxPause | null | undefined) ?? null, []);
}
