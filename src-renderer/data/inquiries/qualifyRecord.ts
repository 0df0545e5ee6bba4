import { extractInquiry } from '../../../src-shared/inquiry/extract';
import type { KnownCustomerIndex } from '../../../src-shared/inquiry/known';
import { qualifyInquiry } from '../../../src-shared/inquiry/qualify';
import type { ExtractedInquiry, InquiryProblemCode, Qualification, QualifyInput } from '../../../src-shared/inquiry/types';
import type { QualifyThresholds, QualifyWeights } from '../../../src-shared/inquiry/weights';

/**
 * qualifyInquiry with the salesperson's corrections of what was read. The engine reads its values
 * from the text; once the salesperson fixes one (a quantity it missed, a company it got wrong),
 * the scorecard must count the fixed value, so the engine is given the corrected reading.
 */

export interface QualifyContext {
  weights?: Partial<QualifyWeights>;
  thresholds?: Partial<QualifyThresholds>;
  known?: KnownCustomerIndex;
  /** When the inquiry was added: the deadline of an inquiry without receivedAt counts from it. */
  now: number;
}

export type Corrections = Partial<ExtractedInquiry>;

export function qualifyWithCorrections(input: QualifyInput, corrections: Corrections, ctx: QualifyContext): Qualification {
  const options = { now: ctx.now, ...(ctx.weights ? { weights: ctx.weights } : {}), ...(ctx.thresholds ? { thresholds: ctx.thresholds } : {}), ...(ctx.known ? { known: ctx.known } : {}) };
  if (Object.keys(corrections).length === 0) return qualifyInquiry(input, options);
  return qualifyInquiry(input, { ...options, extracted: withCorrections(extractInquiry(input), corrections) });
}

/** The engine's extraction with the corrected keys replaced; "no email" follows the corrected addresses. */
export function withCorrections(read: ExtractedInquiry, corrections: Corrections): ExtractedInquiry {
  const merged: ExtractedInquiry = { ...read, ...corrections };
  const problems: InquiryProblemCode[] = merged.problems.filter((p) => p !== 'noEmail');
  if (merged.emails.length === 0) problems.push('noEmail');
  return { ...merged, problems };
}
