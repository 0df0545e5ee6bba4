import type { TemplateKind } from '../../../src-shared/letters/types';
import type { MailFailure, OutgoingMessage } from '../../../src-shared/mail/types';

/**
 * Where a letter is in its life:
 * - queued: waiting to go as soon as possible (or for its retry time, `nextAttemptAt`);
 * - scheduled: waiting for `sendAt`;
 * - sending: handed to main, no answer yet (found at start-up, it becomes uncertain);
 * - sent, failed, cancelled: final until the salesperson acts (retry, mark as sent);
 * - uncertain: it may have gone; never resent without the salesperson's word.
 */
export const OUTBOX_STATUSES = ['queued', 'scheduled', 'sending', 'sent', 'failed', 'uncertain', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
/** Waiting, going, or waiting for the salesperson: everything but the final sent and cancelled. */
export const OPEN_OUTBOX_STATUSES = ['queued', 'scheduled', 'sending', 'failed', 'uncertain'] as const satisfies readonly OutboxStatus[];
export type OpenOutboxStatus = (typeof OPEN_OUTBOX_STATUSES)[number];

/** One letter to one person, stored from the moment it is queued. */
export interface OutboxMessage {
  /** Time-ordered (see `outboxId`), so index order within one status is queueing order. */
  id: string;
  /** The Message-ID the server sees, assigned at queueing; the same for every attempt. */
  messageId: string;
  batchId: string;
  customerId: string;
  contactId: string;
  templateId: string;
  templateKind: TemplateKind;
  message: OutgoingMessage;
  status: OutboxStatus;
  /** When it may go, epoch ms; 0 = as soon as possible. */
  sendAt: number;
  /** Failed attempts counted by the retry policy (temporary and network failures). */
  attempts: number;
  /** Not before this time (a retry's backoff), epoch ms; 0 = no wait. */
  nextAttemptAt: number;
  lastError?: MailFailure;
  /**
   * A scheduled letter the sender found late (Tradewind was closed at its time) at a moment the
   * customer's office was closed, and moved to their next working morning: when it was due, and why
   * it did not go then.
   */
  rescheduled?: { from: number; reason: 'holiday' | 'weekend' | 'afterHours' };
  createdAt: number;
  updatedAt: number;
  sentAt?: number;
}

/** An address not to write to again: the server refused it, or its owner complained. */
export interface Suppression {
  /** Lower-cased. */
  address: string;
  reason: 'bounced' | 'complained';
  at: number;
  /** The server's words, untranslated. */
  detail: string;
}

/** Why the sender stopped taking messages (an authentication failure), until `resumeOutbox`. */
export interface OutboxPause {
  reason: MailFailure;
  at: number;
}
