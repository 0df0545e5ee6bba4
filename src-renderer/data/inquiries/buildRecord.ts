import type { ExtractedInquiry, InquiryChannel, QualifyInput } from '../../../src-shared/inquiry/types';
import { type Corrections, type QualifyContext, qualifyWithCorrections } from './qualifyRecord';
import type { InquiryRecord } from './records';

/**
 * A stored inquiry from its three sources: the raw text, the fields the salesperson (or the .eml
 * headers) gave, and the corrections of what was read. Everything else (the extraction, the
 * qualification, the fields the inbox shows and sorts by) is derived here, so adding and every
 * later edit compute it the same way.
 */
export interface InquiryParts {
  id: string;
  /** Of the inquiry as captured (inquiryFingerprint): later corrections do not change it. */
  fingerprint: string;
  rawText: string;
  given: Omit<QualifyInput, 'text'>;
  correctedFields: Array<keyof ExtractedInquiry>;
  /** The corrected values by key (a key may hold undefined: "there is none"). */
  corrections: Corrections;
  createdAt: number;
}

type Lifecycle = Pick<InquiryRecord, 'status' | 'confirmed' | 'customerId' | 'archivedReason' | 'repliedAt'>;

export const NEW_LIFECYCLE: Lifecycle = { status: 'new', confirmed: null, customerId: null, archivedReason: null };

export function buildInquiryRecord(parts: InquiryParts, lifecycle: Lifecycle, ctx: Omit<QualifyContext, 'now'>, updatedAt: number): InquiryRecord {
  const { given } = parts;
  const qualification = qualifyWithCorrections({ text: parts.rawText, ...given }, parts.corrections, { ...ctx, now: parts.createdAt });
  const extracted = qualification.extracted;
  const received = given.receivedAt ? Date.parse(given.receivedAt) : NaN;
  const record: InquiryRecord = {
    id: parts.id,
    fingerprint: parts.fingerprint,
    ...lifecycle,
    channel: channelOf(given.channel, extracted),
    subject: given.subject ?? extracted.subject ?? '',
    rawText: parts.rawText,
    fromEmail: given.fromEmail?.trim().toLowerCase() || extracted.emails[0] || '',
    fromName: given.fromName?.trim() || extracted.senderName?.value || '',
    country: given.country || extracted.country?.value || '',
    receivedAt: given.receivedAt ?? '',
    receivedAtMs: Number.isFinite(received) ? received : parts.createdAt,
    language: extracted.language,
    platform: given.platform ?? {},
    extracted,
    correctedFields: parts.correctedFields,
    qualification,
    replyByMs: Date.parse(qualification.plan.replyBy),
    score: qualification.score,
    given,
    createdAt: parts.createdAt,
    updatedAt,
  };
  if (lifecycle.repliedAt === undefined) delete record.repliedAt;
  return record;
}

/** The parts of a stored record, to rebuild it after a change. */
export function partsOf(record: InquiryRecord): InquiryParts {
  const corrections: Corrections = {};
  for (const key of record.correctedFields) (corrections as Record<string, unknown>)[key] = record.extracted[key];
  return { id: record.id, fingerprint: record.fingerprint, rawText: record.rawText, given: record.given, correctedFields: record.correctedFields, corrections, createdAt: record.createdAt };
}

export function lifecycleOf(record: InquiryRecord): Lifecycle {
  const { status, confirmed, customerId, archivedReason, repliedAt } = record;
  return repliedAt === undefined ? { status, confirmed, customerId, archivedReason } : { status, confirmed, customerId, archivedReason, repliedAt };
}

/** As given; else what the text shows (a platform notification); else email when it came with mail headers. */
function channelOf(given: InquiryChannel | undefined, x: ExtractedInquiry): InquiryChannel {
  if (given) return given;
  if (x.channel) return x.channel;
  return x.headers.from ? 'email' : 'other';
}

/**
 * An inquiry id that sorts in adding order: time, position in the batch, then a uuid (unique
 * across machines for a later sync).
 */
export function inquiryId(createdAt: number, seq: number): string {
  return `${Math.max(0, Math.floor(createdAt)).toString(36).padStart(9, '0')}-${seq.toString(36).padStart(4, '0')}-${crypto.randomUUID()}`;
}
