import type { ExtractedInquiry, InquiryChannel, PlatformSignals, Qualification, QualifyInput } from '../../../src-shared/inquiry/types';

/**
 * Where an inquiry is in the inbox:
 * - new: not yet qualified by the salesperson (it cannot be answered yet);
 * - qualified: level and background confirmed, linked to a customer; the reply can be written;
 * - replied: the reply was queued in the outbox;
 * - archived: junk, spam, fraud… with the reason kept. Out of the queue, never deleted.
 */
export const INQUIRY_STATUSES = ['new', 'qualified', 'replied', 'archived'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

/** What capture gives addInquiries: the engine's input (text, subject, from, country, receivedAt, platform, channel). */
export type InquiryInput = QualifyInput;

/** The salesperson's confirmation of the suggested level and background (the qualify-before-reply step). */
export interface InquiryConfirmation {
  level: string;
  background: string;
  /** Epoch ms. */
  at: number;
}

/** One inquiry as stored in the `inquiries` table. */
export interface InquiryRecord {
  /** Sorts in adding order (see inquiryId). */
  id: string;
  /**
   * The message as captured (src-shared inquiryFingerprint: text, sender, subject, received time),
   * to recognise the same .eml or sheet row added again. Set once; corrections leave it.
   */
  fingerprint: string;
  status: InquiryStatus;
  channel: InquiryChannel;
  subject: string;
  /** The text exactly as pasted or imported, never changed (shown as text, never as HTML). */
  rawText: string;
  /** The address to reply to: as given, else the first one read from the text; '' when none. */
  fromEmail: string;
  fromName: string;
  /** ISO 3166-1 alpha-2 as given or read from the text; '' when unknown. */
  country: string;
  /** ISO 8601 with the sender's offset when known ("2026-11-26T03:12:00-05:00"); '' when unknown. */
  receivedAt: string;
  /** receivedAt as epoch ms, or the time it was added when receivedAt is unknown. */
  receivedAtMs: number;
  /** BCP 47 base language of the inquiry (detected, or corrected), offered to the customer record. */
  language: string;
  platform: PlatformSignals;
  /**
   * What was read out of the inquiry, with the salesperson's corrections applied (the engine's
   * values until corrected). `correctedFields` says which keys the salesperson set: those survive
   * every re-qualification.
   */
  extracted: ExtractedInquiry;
  correctedFields: Array<keyof ExtractedInquiry>;
  /** qualifyInquiry's result, recomputed whenever extracted, platform or the sender fields change. */
  qualification: Qualification;
  confirmed: InquiryConfirmation | null;
  customerId: string | null;
  archivedReason: string | null;
  /** Epoch ms of qualification.plan.replyBy: 24 hours after it arrived. */
  replyByMs: number;
  /** qualification.score, for the index. */
  score: number;
  /** The fields the salesperson gave (or changed) directly, as the engine's input: never overwritten by what the text says. */
  given: Omit<QualifyInput, 'text'>;
  createdAt: number;
  updatedAt: number;
  /** When the reply was queued (markInquiryReplied). */
  repliedAt?: number;
}

/** The extracted values the salesperson may correct (the inquiry page's editable fields). */
export const CORRECTABLE_FIELDS = [
  'senderName', 'emails', 'company', 'website', 'country', 'phones', 'whatsapp', 'products', 'models', 'specs',
  'quantity', 'targetPrice', 'tradeTerm', 'paymentTerms', 'deliveryDate', 'certificates', 'sampleRequest',
  'oemOrPackaging', 'language', 'subject',
] as const satisfies ReadonlyArray<keyof ExtractedInquiry>;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** What updateInquiry accepts. Top-level fields are the engine's input; `extracted` corrects what was read. */
export interface InquiryPatch {
  subject?: string;
  fromEmail?: string;
  fromName?: string;
  /** '' clears it. */
  country?: string;
  /** '' clears it. */
  receivedAt?: string;
  channel?: InquiryChannel;
  platform?: PlatformSignals;
  language?: string;
  /**
   * Corrected values, replacing the read ones key by key. null (or an empty list) says "there is
   * none" (the engine read something that is not there); a key present with the value undefined
   * goes back to what the engine reads. Use `{ value, evidence: '' }` for a value the salesperson typed.
   */
  extracted?: { [K in CorrectableField]?: ExtractedInquiry[K] | null };
}
